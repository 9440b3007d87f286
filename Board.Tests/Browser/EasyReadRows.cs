using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// How each easy read row of the page is laid out (issue 17, ADR-022): its words should come before its picture in
/// the page, and the picture should still be shown at their left.
/// </summary>
public static class EasyReadRows
{
    public const string Expected = "words first, picture left";

    public static Task<string[]> OrderAsync(IPage page) => page.EvaluateAsync<string[]>(@"[...document.querySelectorAll('.app-easy-read-row')].map(row => {
            const text = row.querySelector('.app-easy-read-row__text'), img = row.querySelector('img');
            if (!img) return 'no picture';
            const wordsFirst = !!(text.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING);
            const pictureLeft = img.getBoundingClientRect().right <= text.getBoundingClientRect().left;
            return (wordsFirst ? 'words first' : 'picture first') + ', ' + (pictureLeft ? 'picture left' : 'picture not left');
        })");

    public static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
