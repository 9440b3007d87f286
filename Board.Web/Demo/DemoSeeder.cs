using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.Boards;
using Board.Data.Groups;
using Board.Data.Memberships;
using Board.Data.People;
using Board.Data.Supporters;
using Board.Web.Security;
using Bogus;

namespace Board.Web.Demo;

/// <summary>
/// Adds the demo boards on first run. Idempotent: a board that already exists is left alone.
/// Bogus with a fixed seed, so every machine gets the same people and the README stays true.
/// </summary>
public sealed class DemoSeeder(
    BoardStore boards, ConstitutionStore constitutions, PersonStore people, GroupStore groups,
    MembershipStore memberships, SupporterLinkStore links, AccountStore accounts, SignInCardStore cards,
    DemoMeetings meetings, DemoPlan plan, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    private const int Seed = 20261123;

    public async Task SeedAsync()
    {
        var existing = await boards.ListAsync();
        var hashedPassword = PasswordSignIn.HashPassword(DemoBoards.Password);
        if (existing.All(b => b.Name != DemoBoards.MainBoardName))
            await SeedMainBoardAsync(hashedPassword);
        if (existing.All(b => b.Name != DemoBoards.SecondBoardName))
            await SeedSecondBoardAsync(hashedPassword);
        PrintSignIns();
    }

    private async Task SeedMainBoardAsync(string hashedPassword)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(Seed) };
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var termStart = new DateOnly(today.Year - 1, 4, 1);
        var termEnd = new DateOnly(today.Year + 2, 3, 31);

        var boardId = await boards.CreateAsync(DemoBoards.MainBoardName, "Riverside",
            "People with learning disabilities, family carers and services working together on the Riverside plan.", now);
        await constitutions.SaveAsync(boardId, DemoBoards.StandardConstitution(10, 5, minimumVoting: 8, minimumReps: 3));

        var groupIds = new List<long>();
        foreach (var name in DemoBoards.Groups)
            groupIds.Add(await groups.CreateAsync(boardId, name, "Riverside"));

        var repIds = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            var repId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.Rep, null, null, now);
            repIds.Add(repId);
            // One Rep's term ends soon, so the composition check has something to show.
            var to = i == 9 ? today.AddDays(30) : termEnd;
            await memberships.CreateAsync(new Membership(0, boardId, repId, "rep", termStart, to, IsCoChair: i == 0, groupIds[i % groupIds.Count]));
        }
        await accounts.SetPasswordAsync(repIds[0], "rep@riverside.example", hashedPassword);
        await people.UpdateProfileAsync(repIds[0], new CommunicationProfile(LargeText: true, ReadAloud: true, NeedsSupporter: false, PictureFirst: true, VoteAlert: true));
        await cards.IssueAsync(repIds[0], CardTokens.Hash(DemoCardToken()), now);

        for (var i = 0; i < 5; i++)
        {
            var carerId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.FamilyCarer, null, null, now);
            await memberships.CreateAsync(new Membership(0, boardId, carerId, "carer", termStart, termEnd, false, null));
            if (i == 0)
                await accounts.SetPasswordAsync(carerId, "carer@riverside.example", hashedPassword);
        }

        var councillorId = await people.CreateAsync(boardId, "Cllr " + faker.Name.FullName(), Role.Partner, "Riverside Borough Council", null, now);
        await memberships.CreateAsync(new Membership(0, boardId, councillorId, "councillor", termStart, termEnd, IsCoChair: true, null));
        await accounts.SetPasswordAsync(councillorId, "councillor@riverside.example", hashedPassword);

        for (var g = 0; g < groupIds.Count; g++)
        {
            var supporterId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.Supporter, "Speak Up Riverside Advocacy", null, now);
            for (var r = g; r < repIds.Count; r += groupIds.Count)
                await links.AddAsync(supporterId, repIds[r]);
            await groups.SetSupportersAsync(boardId, groupIds[g], [supporterId]);
            if (g == 0)
                await accounts.SetPasswordAsync(supporterId, "supporter@riverside.example", hashedPassword);
        }

        long firstPartnerId = 0;
        for (var p = 0; p < DemoBoards.Partners.Length; p++)
        {
            var (organisation, _) = DemoBoards.Partners[p];
            var partnerId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.Partner, organisation, null, now);
            await memberships.CreateAsync(new Membership(0, boardId, partnerId, "partner", termStart, null, false, null));
            if (p == 0)
            {
                await accounts.SetPasswordAsync(partnerId, "partner@riverside.example", hashedPassword);
                firstPartnerId = partnerId;
            }
        }

        var coordinatorId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.Coordinator, "Riverside Borough Council", "coordinator@riverside.example", now);
        await accounts.SetPasswordAsync(coordinatorId, "coordinator@riverside.example", hashedPassword);
        var adminId = await people.CreateAsync(null, "Site administrator", Role.Admin, null, null, now);
        await accounts.SetPasswordAsync(adminId, "admin@riverside.example", hashedPassword);
        await meetings.SeedAsync(boardId, groupIds, coordinatorId);
        await plan.SeedAsync(boardId, firstPartnerId);
        logger.LogInformation("Added the demo board {Board}", DemoBoards.MainBoardName);
    }

    private async Task SeedSecondBoardAsync(string hashedPassword)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(Seed + 1) };
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var boardId = await boards.CreateAsync(DemoBoards.SecondBoardName, "Hillside", "A smaller board, to show that each board is kept apart.", now);
        await constitutions.SaveAsync(boardId, DemoBoards.StandardConstitution(6, 3, minimumVoting: 5, minimumReps: 2));
        var groupId = await groups.CreateAsync(boardId, "Hillside Voices", "Hillside");
        var repId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.Rep, null, null, now);
        await memberships.CreateAsync(new Membership(0, boardId, repId, "rep", today.AddYears(-1), today.AddYears(1), true, groupId));
        var coordinatorId = await people.CreateAsync(boardId, faker.Name.FullName(), Role.Coordinator, "Hillside Council", null, now);
        await accounts.SetPasswordAsync(coordinatorId, "coordinator@hillside.example", hashedPassword);
        await meetings.SeedAsync(boardId, [groupId], coordinatorId);
    }

    /// <summary>The demo Rep's card token is fixed by the seed, so the README can give its link. Development only.</summary>
    public static string DemoCardToken() =>
        Convert.ToBase64String(new Randomizer(Seed + 99).Bytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void PrintSignIns()
    {
        var lines = string.Join(Environment.NewLine, DemoBoards.SignIns.Select(s => $"  {s.Role,-12} {s.UserName}"));
        logger.LogInformation(
            "Demo sign-ins (password {Password}):{NewLine}{Lines}{NewLine}  Rep sign-in card link: /card/{Token}",
            DemoBoards.Password, Environment.NewLine, lines, Environment.NewLine, DemoCardToken());
    }
}
