using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Board.Core.Documents;
using Board.Web.Documents;
using Board.Web.Documents.Pdf;
using Board.Web.Pictures;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;
using static Board.Bench.Stats;

namespace Board.Bench.Documents;

/// <summary>Options of the documents mode: --items N (default 20), --runs N (30), --warmup N (5), --chromium PATH, and --save FOLDER
/// to keep both PDFs for a look.</summary>
internal sealed record DocumentBenchOptions(int Items, int Runs, int Warmup, string ChromiumPath, string? SaveFolder = null)
{
    public static DocumentBenchOptions Parse(string[] args)
    {
        var options = new DocumentBenchOptions(20, 30, 5, ChromiumPdf.DefaultPath);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--items" => options with { Items = int.Parse(value, CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--chromium" => options with { ChromiumPath = value },
                "--save" => options with { SaveFolder = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Use documents --items N, --runs N, --warmup N, --chromium PATH, --save FOLDER."),
            };
            i++;
        }
        return options is { Items: > 0, Runs: > 0, Warmup: >= 0 } ? options : throw new ArgumentException("--items and --runs must be above 0, --warmup 0 or more.");
    }
}

/// <summary>Times in ms, nearest-rank percentiles.</summary>
internal sealed record Timings(double Min, double Median, double P95, double Max)
{
    public static Timings Of(double[] times)
    {
        var sorted = times.Order().ToArray();
        return new(sorted[0], Percentile(sorted, 50), Percentile(sorted, 95), sorted[^1]);
    }

    public override string ToString() => $"min {F(Min)}  median {F(Median)}  p95 {F(P95)}  max {F(Max)} ms";
}

/// <summary>
/// The documents benchmark: the easy read minutes of a generated meeting rendered to PDF by the app's PDFsharp
/// renderer, and the same minutes' published web page printed to PDF by headless Chromium. Exit code 0 whether or
/// not the targets are met; 1 if something failed to run.
/// </summary>
internal static class DocumentBench
{
    private const double TargetMedianMs = 100;
    private const double TargetRatio = 10;
    private const int SharpMinimumWarmup = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = DocumentBenchOptions.Parse(args);
        Console.WriteLine($"Board.Bench documents: easy read minutes of a generated {options.Items}-item meeting, {options.Warmup} warm-up and " +
                          $"{options.Runs} timed runs of each renderer, PDFsharp first, then Chromium.");
        Console.WriteLine($"Machine: {Cpu()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
                          $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC.");

        using var host = new BoardHost();
        var setup = Stopwatch.StartNew();
        host.Start();
        var services = host.Services;
        var generated = MinutesGenerator.Generate(options.Items, services.GetRequiredService<PictureSet>());
        var seeded = await MinutesSeeder.SeedAsync(services, generated);
        var loader = services.GetRequiredService<DocumentFactsLoader>();
        var content = MinutesDocuments.EasyRead(generated.Facts, loader.Pictures);
        // What the published page shows: the facts read back from the stores, as MinutesModel reads them.
        var published = MinutesDocuments.EasyRead((await loader.MinutesAsync(seeded.BoardId, seeded.MeetingId))!, loader.Pictures);
        var difference = FirstDifference(Describe(content), Describe(published));
        var facts = generated.Facts;
        Console.WriteLine($"  Generated and published the meeting in {F(setup.Elapsed.TotalSeconds)} s: {facts.Items.Count} items, " +
                          $"{facts.Items.Sum(i => i.Votes.Count)} votes, {facts.Items.Sum(i => i.Actions.Count)} actions, {facts.Present.Count} came, " +
                          $"{facts.Apologies.Count} apologies, {facts.HardWords.Count} hard words; " +
                          $"{content.Sections.Sum(s => s.Blocks.Count)} blocks in {content.Sections.Count} sections, {content.Pictures.Count()} different pictures.");
        Console.WriteLine(difference is null
            ? "  The published page's content (facts read back through DocumentFactsLoader) is identical to the content PDFsharp renders."
            : $"  WARNING: the published page's content differs from the content PDFsharp renders, first at: {difference}");

        // PDFsharp: the app's renderer (a singleton), the whole Render call: layout, drawing, tagging, saving to bytes.
        var renderer = services.GetRequiredService<PdfDocumentRenderer>();
        // Chromium: the real published page, with the site layout, CSS and the SVG pictures, fetched once and loaded once.
        var url = new Uri(host.BaseUri, seeded.EasyReadPath);
        using var http = new HttpClient();
        var html = await http.GetStringAsync(url);
        await using var chromium = await ChromiumPdf.StartAsync(options.ChromiumPath);
        await chromium.GotoAsync(url);
        var firstLoad = chromium.Requests;

        // Each renderer is timed in its own phase, after its own warm-up. Timing them in alternate rounds put
        // Chromium's after-work (its compositor and the in-process app's garbage collection after serving a page)
        // onto the PDFsharp run that followed: PDFsharp's median doubled while its minimum stayed the same.
        //   PDFsharp: Render(content).
        //   Content to PDF: the page's HTML put into the open page (layout, styles, scripts), then Page.pdf.
        //   PDF only: Page.pdf of the page as it stands (print layout and writing the PDF).
        //   Goto + PDF: the app renders the page again, Chromium navigates to it, loads it and prints it.
        var (sharpTimes, wholeTimes, printTimes, gotoTimes) = (new double[options.Runs], new double[options.Runs], new double[options.Runs], new double[options.Runs]);
        var (pdf, chromePdf) = (Array.Empty<byte>(), Array.Empty<byte>());
        long allocated = 0, contentRequests = 0;
        // .NET compiles a method again, optimised, after about 30 calls, in the background: a warm-up shorter than
        // that times code a long-running app never runs. So PDFsharp warms up at least 50 times, then waits a moment.
        var sharpWarmup = Math.Max(options.Warmup, SharpMinimumWarmup);
        for (var i = -sharpWarmup; i < options.Runs; i++)
        {
            if (i == 0)
            {
                await Task.Delay(500);
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            var started = Stopwatch.GetTimestamp();
            var before = GC.GetAllocatedBytesForCurrentThread();
            pdf = renderer.Render(content);
            if (i >= 0)
            {
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                sharpTimes[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
        for (var i = -options.Warmup; i < options.Runs; i++)
        {
            var requests = chromium.Requests;
            var started = Stopwatch.GetTimestamp();
            await chromium.SetContentAsync(html);
            chromePdf = await chromium.PrintAsync();
            var wholeMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 0)
                contentRequests += chromium.Requests - requests;

            started = Stopwatch.GetTimestamp();
            await chromium.PrintAsync();
            var printMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            started = Stopwatch.GetTimestamp();
            await chromium.GotoAsync(url);
            await chromium.PrintAsync();
            var gotoMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 0)
                (wholeTimes[i], printTimes[i], gotoTimes[i]) = (wholeMs, printMs, gotoMs);
        }

        var sharp = Timings.Of(sharpTimes);
        var sharpPages = PageCount(pdf);
        var pagesPerSecond = sharpPages / (sharp.Median / 1000);
        Console.WriteLine();
        Console.WriteLine("PDFsharp (PdfDocumentRenderer.Render, DocumentContent to PDF bytes, one thread)");
        Console.WriteLine($"  time                      {sharp}");
        Console.WriteLine($"  pages                     {sharpPages}  ({F(pagesPerSecond, "0")} pages/s at the median)");
        Console.WriteLine($"  size                      {Kb(pdf.Length)}, {F(allocated / (double)options.Runs / 1048576.0)} MiB allocated per render");

        Console.WriteLine();
        Console.WriteLine($"Chromium ({options.ChromiumPath}, headless, through Playwright, one page kept open, Page.pdf A4 with backgrounds)");
        Console.WriteLine($"  renders the published easy read minutes page /{seeded.EasyReadPath} as the app serves it ({Kb(html.Length)} of HTML in the site");
        Console.WriteLine("  layout, with its CSS, scripts, SVG pictures and the links to the PDFs), fetched once and loaded once first, so CSS and pictures are cached.");
        Console.WriteLine("  Each renderer is timed in its own phase after its own warm-up: PDFsharp first, then Chromium.");
        var chrome = Timings.Of(wholeTimes);
        var print = Timings.Of(printTimes);
        var round = Timings.Of(gotoTimes);
        var requestsPerRun = contentRequests / (double)options.Runs;
        var chromePages = PageCount(chromePdf);

        Console.WriteLine($"  Chromium {chromium.Version}; the first load made {firstLoad} requests; each content-to-PDF run made {F(requestsPerRun)} " +
                          $"(the rest from Chromium's memory cache); console errors: {chromium.ConsoleErrors.Count}" +
                          (chromium.ConsoleErrors.Count > 0 ? $" (e.g. {chromium.ConsoleErrors[0]})" : ""));
        Console.WriteLine($"  SetContent + PDF          {chrome}   (layout, scripts, print layout and PDF, per run)");
        Console.WriteLine($"  PDF only                  {print}   (page already loaded; print layout and PDF)");
        Console.WriteLine($"  Goto + PDF                {round}   (the app renders the page again over loopback HTTP, then as above)");
        Console.WriteLine($"  pages                     {chromePages}  ({F(chromePages / (chrome.Median / 1000), "0.0")} pages/s at the SetContent + PDF median)");
        Console.WriteLine($"  size                      {Kb(chromePdf.Length)}");

        if (options.SaveFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "minutes-pdfsharp.pdf"), pdf);
            await File.WriteAllBytesAsync(Path.Combine(folder, "minutes-chromium.pdf"), chromePdf);
            Console.WriteLine($"  saved                     both PDFs in {Path.GetFullPath(folder)}");
        }

        var ratio = chrome.Median / sharp.Median;
        Console.WriteLine();
        Console.WriteLine($"Chromium / PDFsharp         {Ratio(chrome.Median, sharp.Median)} content to PDF (SetContent + PDF), {Ratio(print.Median, sharp.Median)} printing only, " +
                          $"{Ratio(round.Median, sharp.Median)} with navigation (ratios of the medians); fastest against fastest, content to PDF: " +
                          $"{Ratio(chrome.Min, sharp.Min)}");
        Console.WriteLine();
        Console.WriteLine("| Items | PDFsharp median | PDFsharp p95 | Pages | Pages/s | Size | Chromium SetContent + PDF median | Chromium PDF-only median | Chromium pages | Chromium / PDFsharp |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {options.Items} | {F(sharp.Median)} ms | {F(sharp.P95)} ms | {sharpPages} | {F(pagesPerSecond, "0")} | {Kb(pdf.Length)} | {F(chrome.Median)} ms | " +
                          $"{F(print.Median)} ms | {chromePages} | {Ratio(chrome.Median, sharp.Median)} |");
        Console.WriteLine();
        Console.WriteLine($"median {F(sharp.Median)} ms (target ≤ {TargetMedianMs:0} ms): {(sharp.Median <= TargetMedianMs ? "met" : "NOT met")}; " +
                          $"Chromium/PDFsharp {F(ratio)}× (target ≥ {TargetRatio:0}×): {(ratio >= TargetRatio ? "met" : "NOT met")}");
        return 0;
    }

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>One line per section and per block, with every field, so two contents compare line by line.</summary>
    private static List<string> Describe(DocumentContent content) =>
    [
        JsonSerializer.Serialize(new { content.Style, content.Title, content.Language, content.Cover }),
        .. content.Sections.SelectMany(s => new[] { JsonSerializer.Serialize(new { s.Heading, s.StartsNewPage }) }
            .Concat(s.Blocks.Select(b => JsonSerializer.Serialize(b, b.GetType())))),
    ];

    private static string? FirstDifference(List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var (a, b) = (i < expected.Count ? expected[i] : "(nothing)", i < actual.Count ? actual[i] : "(nothing)");
            if (a != b)
                return $"line {i + 1}: rendered {a}; published {b}";
        }
        return null;
    }

    private static string Kb(long bytes) => $"{F(bytes / 1024.0, "0")} KiB";

    private static string Cpu()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
