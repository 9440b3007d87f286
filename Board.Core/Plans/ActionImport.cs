using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Board.Core.Plans;

/// <summary>
/// One action from the file. <see cref="ChapterTitle"/> and <see cref="Owner"/> are spelt as the board knows them,
/// not as typed, so the caller can look them up exactly.
/// </summary>
public sealed record ImportRow(int Line, string ChapterTitle, string What, string WhatEasyRead, string Owner, DateOnly DueDate);

/// <summary>A problem with the file, for the coordinator to fix. <see cref="Message"/> starts with the line.</summary>
public sealed record ImportProblem(int Line, string Message);

/// <summary><see cref="Rows"/> is empty unless the whole file is valid: a file is imported all or nothing.</summary>
public sealed record ImportResult(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads the coordinator's spreadsheet of actions (CSV, RFC 4180 quoting). Line numbers are lines in the file as a
/// text editor shows them, the header being line 1; a record with a line break inside quotes is reported at the
/// line it starts on.
/// </summary>
public static partial class ActionImport
{
    public static readonly IReadOnlyList<string> Columns = ["chapter", "what", "what_easy_read", "owner", "due_date"];

    private const string ExampleDate = "31/03/2027";
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"];
    private static readonly string ColumnList = string.Join(", ", Columns);

    public static ImportResult Parse(string csv, IReadOnlyCollection<string> chapterTitles, IReadOnlyCollection<string> knownOwners)
    {
        ArgumentNullException.ThrowIfNull(chapterTitles);
        ArgumentNullException.ThrowIfNull(knownOwners);

        var (records, unclosedQuoteLine) = Read(csv ?? "");
        if (records.Count == 0 && unclosedQuoteLine is null)
            return Fail(new ImportProblem(1, $"The file is empty. Line 1 must name the columns: {ColumnList}."));

        var problems = new List<ImportProblem>();
        if (records.Count == 0)
        {
            problems.Add(UnclosedQuote(unclosedQuoteLine!.Value));
            return new([], problems);
        }

        var header = records[0];
        var positions = ReadHeader(header, problems);
        if (positions is null)
            return new([], problems);

        var chapters = Lookup(chapterTitles);
        var owners = Lookup(knownOwners);
        var rows = new List<ImportRow>();
        var seen = new Dictionary<(string, string), int>();

        foreach (var record in records.Skip(1))
        {
            var row = ReadRow(record, positions, chapters, owners, problems);
            if (row is null)
                continue;
            var key = (row.ChapterTitle.ToUpperInvariant(), Normalise(row.What).ToUpperInvariant());
            if (seen.TryGetValue(key, out var firstLine))
                problems.Add(new(record.Line,
                    $"Line {record.Line}: this action is already on line {firstLine}, in the same chapter. Delete one of them."));
            else
            {
                seen.Add(key, record.Line);
                rows.Add(row);
            }
        }

        if (unclosedQuoteLine is { } open)
            problems.Add(UnclosedQuote(open));
        else if (records.Count == 1)
            problems.Add(new(2, "Line 2: there are no actions in the file. Put one action on each line after the column names."));

        return problems.Count == 0 ? new(rows, []) : new([], problems);
    }

    private static ImportResult Fail(ImportProblem problem) => new([], [problem]);

    private static ImportProblem UnclosedQuote(int line) =>
        new(line, $"Line {line}: a quote mark \" is opened but not closed. Put a \" at the end of the text.");

    private static Dictionary<string, int>? ReadHeader(Record header, List<ImportProblem> problems)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
                problems.Add(new(1, name.Length == 0
                    ? $"Line 1: column {i + 1} has no name. Use only these columns: {ColumnList}."
                    : $"Line 1: \"{name}\" is not a column we know. Use only these columns: {ColumnList}."));
            else if (!positions.TryAdd(name, i))
                problems.Add(new(1, $"Line 1: the column \"{name.ToLowerInvariant()}\" is there twice. Delete one of them."));
        }
        foreach (var missing in Columns.Where(c => !positions.ContainsKey(c)))
            problems.Add(new(1, $"Line 1: the column \"{missing}\" is missing. Line 1 must name the columns: {ColumnList}."));
        return problems.Count == 0 ? positions : null;
    }

    private static ImportRow? ReadRow(
        Record record,
        Dictionary<string, int> positions,
        Dictionary<string, string> chapters,
        Dictionary<string, string> owners,
        List<ImportProblem> problems)
    {
        var line = record.Line;
        if (record.Fields.Count != Columns.Count)
        {
            var hint = record.Fields.Count > Columns.Count
                ? "If some text has a comma in it, put quote marks around that text."
                : "Check for a missing comma.";
            problems.Add(new(line, $"Line {line}: this line has {record.Fields.Count} columns, but it needs {Columns.Count}. {hint}"));
            return null;
        }

        string Field(string column) => record.Fields[positions[column]].Trim();
        var before = problems.Count;

        var chapterText = Field("chapter");
        string? chapter = null;
        if (chapterText.Length == 0)
            problems.Add(new(line, $"Line {line}: the chapter is empty. Write the title of a chapter of the plan."));
        else if (!chapters.TryGetValue(Normalise(chapterText), out chapter))
            problems.Add(new(line,
                $"Line {line}: \"{chapterText}\" is not a chapter of the plan. Use a chapter title from the plan, or fix the spelling."));

        var what = Field("what");
        Text(line, what, "what", "what will happen", ActionRules.MaxWhatLength, problems);
        var whatEasyRead = Field("what_easy_read");
        Text(line, whatEasyRead, "what_easy_read", "what will happen in easy read", ActionRules.MaxWhatEasyReadLength, problems);

        var ownerText = Field("owner");
        string? owner = null;
        if (ownerText.Length == 0)
            problems.Add(new(line, $"Line {line}: the owner is empty. Write the organisation that will do it."));
        else if (!owners.TryGetValue(Normalise(ownerText), out owner))
            problems.Add(new(line,
                $"Line {line}: \"{ownerText}\" is not an owner the board knows. Add the organisation first, or fix the spelling."));

        var dueText = Field("due_date");
        DateOnly due = default;
        if (dueText.Length == 0)
            problems.Add(new(line, $"Line {line}: the due date is empty. Write it like {ExampleDate}."));
        else if (!TryParseDate(dueText, out due))
            problems.Add(new(line, LooksLikeADate(dueText)
                ? $"Line {line}: the due date \"{dueText}\" is not a real date. Write it like {ExampleDate}."
                : $"Line {line}: we cannot read the due date \"{dueText}\". Write it like {ExampleDate}."));

        return problems.Count == before ? new(line, chapter!, what, whatEasyRead, owner!, due) : null;
    }

    private static void Text(int line, string value, string column, string meaning, int max, List<ImportProblem> problems)
    {
        if (value.Length == 0)
            problems.Add(new(line, $"Line {line}: \"{column}\" is empty. Write {meaning}."));
        else if (value.Length > max)
            problems.Add(new(line, $"Line {line}: \"{column}\" is too long. Use {max} characters or fewer."));
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(Normalise(text), DateFormats, British, DateTimeStyles.None, out date);

    // The right shape of digits but no such day, like 31/02/2027 or 2027-13-01.
    private static bool LooksLikeADate(string text) => NumericDate().IsMatch(text);

    [GeneratedRegex(@"^\s*(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Normalise(string text) => Spaces().Replace(text.Trim(), " ");

    private static Dictionary<string, string> Lookup(IEnumerable<string> names)
    {
        var lookup = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
            lookup.TryAdd(Normalise(name), name);
        return lookup;
    }

    private sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <summary>
    /// RFC 4180: fields split by commas, a field in quotes may hold commas, line breaks and "" for a quote. Blank lines
    /// are skipped. If a quote is never closed, the record it opened is dropped and its line returned.
    /// </summary>
    private static (List<Record> Records, int? UnclosedQuoteLine) Read(string csv)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoted = false;
        var quoteLine = 0;
        var i = csv.Length > 0 && csv[0] == '\uFEFF' ? 1 : 0;

        void EndRecord()
        {
            fields.Add(field.ToString());
            var blank = fields.Count == 1 && !quoted && string.IsNullOrWhiteSpace(fields[0]);
            if (!blank)
                records.Add(new(recordLine, fields.ToList()));
            fields.Clear();
            field.Clear();
            quoted = false;
        }

        for (; i < csv.Length; i++)
        {
            var c = csv[i];
            var lineBreak = c is '\n' or '\r';
            if (lineBreak && c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                i++;

            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    inQuotes = false;
                else if (lineBreak)
                {
                    field.Append('\n');
                    line++;
                }
                else
                    field.Append(c);
            }
            else if (c == '"' && !quoted && string.IsNullOrWhiteSpace(field.ToString()))
            {
                field.Clear();
                inQuotes = quoted = true;
                quoteLine = line;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                quoted = false;
            }
            else if (lineBreak)
            {
                EndRecord();
                line++;
                recordLine = line;
            }
            else
                field.Append(c);
        }

        if (inQuotes)
            return (records, quoteLine);
        if (fields.Count > 0 || field.Length > 0 || quoted)
            EndRecord();
        return (records, null);
    }
}
