using System.Globalization;
using System.Text;
using Board.Core.Plans;
using Board.Data.People;
using Board.Data.Plans;
using Board.Core.EasyRead;
using Board.Web.Documents;
using Board.Web.Forms;
using Board.Web.Pictures;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Plan;

/// <summary>The coordinator keeps the plan: starts it, adds chapters and actions, imports actions from a CSV file.</summary>
[RequestSizeLimit(2 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Board.Web.Infrastructure.RateLimits.Uploads)]
public sealed class IndexModel(PlanStore plans, PersonStore people, PictureSet pictures, DocumentFactsLoader facts, HardWordExplanations explanations,
    TimeProvider clock) : ManagePageModel(clock)
{
    public Core.Plans.Plan? Plan { get; private set; }
    public IReadOnlyList<Chapter> Chapters { get; private set; } = [];
    public IReadOnlyList<string> Owners { get; private set; } = [];
    public IReadOnlyList<Picture> Pictures => pictures.All;
    public IReadOnlyList<ImportProblem> ImportProblems { get; private set; } = [];

    /// <summary>Hard words in the easy read plan report that nobody has explained yet (issue 17).</summary>
    public IReadOnlyList<FoundHardWord> Unexplained { get; private set; } = [];
    public Shared.ExplainHardWordsView HardWordsToExplain => new(Unexplained, "The easy read plan report", PublishWaits: false);

    /// <summary>Why an explanation was not saved, in plain words.</summary>
    public string? Problem { get; private set; }

    [BindProperty] public string? PlanTitle { get; set; }
    [BindProperty] public int? FromYear { get; set; }
    [BindProperty] public int? ToYear { get; set; }
    [BindProperty] public string? ChapterTitle { get; set; }
    [BindProperty] public string? ChapterSummary { get; set; }
    [BindProperty] public string? ChapterPicture { get; set; }
    [BindProperty] public long? ActionChapterId { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? WhatEasyRead { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string? DueDate { get; set; }
    [BindProperty] public IFormFile? CsvFile { get; set; }

    /// <param name="what">Filled in when the action comes from a meeting's decision.</param>
    public async Task OnGetAsync(string? what)
    {
        await LoadAsync();
        What = what is { Length: > 0 and <= 500 } ? what : null;
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        if (Plan is not null)
            return Redirect(ManagePath("/plan")); // already started (a second click, or an old tab)
        if (string.IsNullOrWhiteSpace(PlanTitle))
            ModelState.AddModelError(nameof(PlanTitle), "Enter the plan's title");
        if (FromYear is not (>= 2000 and <= 2100) || ToYear is not { } to || to < FromYear || to > FromYear + 10)
            ModelState.AddModelError(nameof(FromYear), "Enter the years the plan runs, like 2026 to 2029");
        if (!ModelState.IsValid)
            return Page();
        await plans.CreatePlanAsync(BoardId, PlanTitle!.Trim(), FromYear!.Value, ToYear!.Value);
        Saved = "The plan is started. Now add its chapters.";
        return Redirect(ManagePath("/plan"));
    }

    public async Task<IActionResult> OnPostChapterAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        if (Plan is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(ChapterTitle) || ChapterTitle.Trim().Length > 120)
            ModelState.AddModelError(nameof(ChapterTitle), "Enter the chapter's title, 120 characters or fewer");
        if (string.IsNullOrWhiteSpace(ChapterSummary) || ChapterSummary.Trim().Length > 600)
            ModelState.AddModelError(nameof(ChapterSummary), "Write what people said matters, in easy read, 600 characters or fewer");
        if (!pictures.Contains(ChapterPicture))
            ModelState.AddModelError(nameof(ChapterPicture), "Choose a picture for the chapter");
        if (!ModelState.IsValid)
            return Page();
        await plans.AddChapterAsync(Plan.Id, ChapterTitle!.Trim(), ChapterSummary!.Trim(), ChapterPicture!);
        Saved = $"The chapter \"{ChapterTitle!.Trim()}\" is added.";
        return Redirect(ManagePath("/plan"));
    }

    public async Task<IActionResult> OnPostActionAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        if (Plan is null)
            return NotFound();
        var due = DateText.Parse(DueDate);
        if (DueDate is { Length: > 0 } && due is null)
            ModelState.AddModelError(nameof(DueDate), "The due date must be a real date, like 31 March 2027");
        foreach (var error in ActionRules.ValidateAction(What, WhatEasyRead, Owner, due, Chapters.Any(c => c.Id == ActionChapterId)))
            ModelState.AddModelError(FieldFor(error.Field), error.Message);
        if (Owner is { Length: > 0 } && !Owners.Contains(Owner.Trim(), StringComparer.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Owner), "Choose an organisation the board knows");
        if (!ModelState.IsValid)
            return Page();
        await plans.AddActionAsync(ActionChapterId!.Value, What!.Trim(), WhatEasyRead!.Trim(), Owner!.Trim(), null, due!.Value);
        Saved = "The action is added.";
        return Redirect(ManagePath("/plan"));
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        if (Plan is null)
            return NotFound();
        if (CsvFile is null || CsvFile.Length == 0)
        {
            ModelState.AddModelError(nameof(CsvFile), "Choose a CSV file to import");
            return Page();
        }
        string text;
        using (var reader = new StreamReader(CsvFile.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            text = await reader.ReadToEndAsync();
        if (text.Contains('\0'))
        {
            ModelState.AddModelError(nameof(CsvFile), "This file is not a CSV file. Save the sheet as CSV and try again.");
            return Page();
        }
        var result = ActionImport.Parse(text, Chapters.Select(c => c.Title).ToList(), Owners);
        if (!result.IsValid)
        {
            ImportProblems = result.Problems;
            ModelState.AddModelError(nameof(CsvFile), $"Nothing was imported. Fix the {result.Problems.Count} problems listed below and try again.");
            return Page();
        }
        var count = await plans.ImportAsync(Plan.Id, result.Rows);
        Saved = count == 1 ? "1 action was imported." : $"{count} actions were imported.";
        return Redirect(ManagePath("/plan"));
    }

    /// <summary>Keeps the coordinator's explanation of a hard word in the plan as a board glossary term.</summary>
    public async Task<IActionResult> OnPostExplainWordAsync(string? word, string? explanation)
    {
        await LoadAsync();
        ModelState.Clear();
        if (Plan is null)
            return NotFound();
        if (await explanations.SaveAsync(BoardId, word, explanation) is { } problem)
        {
            Problem = problem;
            return Page();
        }
        Saved = $"\"{word!.Trim()}\" is explained. The easy read plan report explains it in its hard words.";
        return Redirect(ManagePath("/plan"));
    }

    /// <summary>Every action as a CSV file, for the council's records and spreadsheets.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var text = new StringBuilder("chapter,what,what_easy_read,owner,due_date,status\r\n");
        var chapterTitles = Chapters.ToDictionary(c => c.Id, c => c.Title);
        foreach (var action in await plans.ActionsAsync(BoardId))
            text.Append(string.Join(',', new[] { chapterTitles.GetValueOrDefault(action.ChapterId, ""), action.What, action.WhatEasyRead, action.Owner,
                action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ActionRules.Describe(action.Status) }.Select(Csv))).Append("\r\n");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", "plan-actions.csv");
    }

    /// <summary>Quotes a CSV field, and stops a spreadsheet reading it as a formula.</summary>
    private static string Csv(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string FieldFor(string field) => field switch
    {
        "ChapterId" or "Chapter" => nameof(ActionChapterId),
        "DueDate" => nameof(DueDate),
        _ => field,
    };

    private async Task LoadAsync()
    {
        Plan = await plans.CurrentPlanAsync(BoardId);
        Chapters = Plan is null ? [] : await plans.ChaptersAsync(Plan.Id);
        Owners = (await people.ListAsync(BoardId)).Select(p => p.Organisation).OfType<string>().Where(o => o.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
        Unexplained = Plan is null ? [] : await facts.UnexplainedInPlanAsync(BoardId, Today);
    }
}
