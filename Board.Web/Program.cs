using Board.Data;
using Board.Web.Commands;
using Board.Web.Documents;
using Board.Web.Hubs;
using Board.Web.Infrastructure;
using Board.Web.Jobs;
using Board.Web.Operations;
using Board.Web.ScaleOut;

var builder = WebApplication.CreateBuilder(args);
var storage = StorageOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services
    .AddBoardData(storage.OpenDatabase())
    .AddBoardWeb(storage)
    .AddBoardScaleOut(builder.Configuration)
    .AddBoardInternetSafety(builder.Configuration, builder.Environment)
    .AddBoardRateLimits(builder.Configuration)
    .AddBoardOperations(builder.Configuration, storage)
    .AddBoardJobs(builder.Configuration, storage)
    .AddDocumentRendering(builder.Environment.WebRootPath ?? Path.Combine(builder.Environment.ContentRootPath, "wwwroot"));

var app = builder.Build();

// `admin create …`, `backup` and the other commands run instead of the site (Commands/BoardCommands.cs).
if (await app.RunCommandAsync(args) is { } exitCode)
    return exitCode;

await app.PrepareDatabaseAsync();
app.UseBoardJobs();
app.UseBoardOperations();

app.UseBoardInternetSafety();
// Nobody sees a stack trace: errors and refusals get pages in plain words; details go to the log.
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/status/{0}");

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseBoardClocks();
app.UseAuthorization();
app.UseRateLimiter();
app.UseSameOriginHubs();
app.MapRazorPages();
app.MapHub<MeetingHub>("/hubs/meeting");

app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
