using System.Net;
using Board.Data.Plans;
using Board.Tests.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web;

/// <summary>The easy read plan report: a PDF for everyone, made from the plan as it stands, read back with PdfPig.</summary>
[TestFixture]
public sealed class PlanReportTests : BoardWebTest
{
    [Test]
    public async Task TheReport_HasEveryChapterAndAction_InOrder_WithAPictureBesideEach()
    {
        var response = await Factory.NewClient().GetAsync($"/boards/{Ids.Riverside}/plan/report.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Does.StartWith("riverside-").And.EndWith("-easy-read-plan-report.pdf"));
        using var reading = new PdfReading(await response.Content.ReadAsByteArrayAsync());
        Assert.That(reading.Document.Information.Title, Does.Contain("easy read plan report"));

        var plans = Factory.Services.GetRequiredService<PlanStore>();
        var plan = (await plans.CurrentPlanAsync(Ids.Riverside))!;
        var actions = await plans.ActionsAsync(Ids.Riverside);
        var at = 0;
        foreach (var chapter in await plans.ChaptersAsync(plan.Id))
        {
            var heading = reading.Find(chapter.Title, at);
            Assert.That(heading, Is.Not.Null, $"chapter \"{chapter.Title}\" in order");
            at = heading!.End;
            foreach (var action in actions.Where(a => a.ChapterId == chapter.Id).OrderBy(a => a.DueDate))
            {
                var words = reading.Find(action.WhatEasyRead, at);
                Assert.That(words, Is.Not.Null, $"action \"{action.WhatEasyRead}\" under its chapter, in date order");
                var images = reading.Document.GetPage(words!.Page).GetImages();
                Assert.That(images.Any(i => i.BoundingBox.Right <= words.Left && i.BoundingBox.Top >= words.Bottom && i.BoundingBox.Bottom <= words.Top + 1), Is.True,
                    $"a picture to the left of \"{action.WhatEasyRead}\"");
                Assert.That(reading.Find($"{action.Owner} will do this by", words.End), Is.Not.Null);
                at = words.End;
            }
        }
        var body = reading.Document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value));
        Assert.That(body.Min(l => l.PointSize), Is.GreaterThanOrEqualTo(16), "no easy read text under 16 pt");
    }

    [Test]
    public async Task ABoardWithNoPlan_HasNoReport() =>
        Assert.That((await Factory.NewClient().GetAsync($"/boards/{Ids.Hillside}/plan/report.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
}
