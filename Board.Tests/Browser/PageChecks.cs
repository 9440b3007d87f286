using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>Screenshots for docs/screenshots, made by the tests so they stay current.</summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(Axe.RepoRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}

/// <summary>Replaces the browser's speech with a recorder, so a test can hear what "Read it to me" says, in order.</summary>
internal static class SpeechRecorder
{
    public static Task InstallAsync(IPage page) => page.AddInitScriptAsync(
        """
        window.__spoken = [];
        if (window.speechSynthesis) {
          window.speechSynthesis.speak = (words) => { window.__spoken.push(words.text); setTimeout(() => words.onend?.(new Event("end")), 0); };
          window.speechSynthesis.cancel = () => {};
        }
        """);

    public static async Task<List<string>> SpokenAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("() => window.__spoken ?? []")).ToList();
}

/// <summary>Large text keeps the hierarchy: nothing on the page is larger than its heading (or its question).</summary>
internal static class TextSizes
{
    public static async Task AssertHeadingIsLargestAsync(IPage page, string heading = "h1")
    {
        var larger = await page.EvaluateAsync<string[]>(
            """
            (heading) => {
              const size = (e) => parseFloat(getComputedStyle(e).fontSize);
              const top = size(document.querySelector(heading));
              return [...document.querySelectorAll("main *")]
                .filter((e) => e.checkVisibility() && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
                .filter((e) => size(e) > top)
                .map((e) => `${e.tagName.toLowerCase()}#${e.id} "${e.innerText.trim().slice(0, 30)}" ${size(e)}px > ${top}px`);
            }
            """, heading);
        Assert.That(larger, Is.Empty, $"text larger than {heading} on {page.Url}");
    }
}

/// <summary>What a person can see and use on the page: the visible buttons and links inside an element, by their words.</summary>
internal static class VisibleControls
{
    public static async Task<List<string>> InAsync(IPage page, string container) =>
        (await page.EvaluateAsync<string[]>(
            """
            (container) => [...document.querySelectorAll(`${container} button, ${container} a, ${container} select`)]
              .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
              .map((e) => e.innerText.trim().replace(/\s+/g, " "))
            """, container)).ToList();
}
