using Board.Core.Plans;
using Board.Data.Plans;

namespace Board.Web.Demo;

/// <summary>The demo board's co-produced plan: three chapters, actions owned by the partner organisations, one late.</summary>
public sealed class DemoPlan(PlanStore plans, TimeProvider clock)
{
    public async Task SeedAsync(long boardId, long partnerId)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var planId = await plans.CreatePlanAsync(boardId, "Our Riverside plan", today.Year, today.Year + 3);
        var support = await plans.AddChapterAsync(planId, "The Right Support", "People told us they want support from people who know them.", "care");
        var health = await plans.AddChapterAsync(planId, "Good Health", "People told us doctors must explain things clearly.", "health");
        var outAndAbout = await plans.AddChapterAsync(planId, "Getting Out and About", "People told us buses stop too early.", "transport");
        var (nhs, council, advocacy, community) = (DemoBoards.Partners[0].Organisation, DemoBoards.Partners[1].Organisation,
            DemoBoards.Partners[2].Organisation, DemoBoards.Partners[3].Organisation);

        var letters = await plans.AddActionAsync(health, "Send all hospital appointment letters in easy read as well as standard print.",
            "Hospital letters will come in easy read.", nhs, partnerId, today.AddDays(-10));
        await plans.AddActionAsync(health, "Offer every adult with a learning disability an annual health check with a longer appointment.",
            "You will get a yearly health check. It will be longer.", community, null, today.AddDays(10));
        await plans.AddActionAsync(support, "Publish a list of support providers with the training each has had.",
            "There will be a list of support services.", council, null, today.AddMonths(4));
        await plans.AddActionAsync(support, "Fund self-advocacy groups to meet every month.", "Groups will get money to meet every month.", council, null, today.AddMonths(8));
        await plans.AddActionAsync(outAndAbout, "Ask the bus company for a later bus on route 12.", "We will ask for a later bus.", advocacy, null, today.AddMonths(2));
        var action = (await plans.ActionAsync(boardId, letters))!;
        await plans.PostUpdateAsync(action, partnerId, "Easy read templates are drafted; the printing contract starts next month.",
            "We made easy read letters. They start next month.", null, ActionStatus.AtRisk, now);
    }
}
