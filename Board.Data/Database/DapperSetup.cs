using System.Data;
using System.Globalization;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Board.Data.Database;

/// <summary>Registers, once, how dates travel to and from the text columns that hold them on both engines.</summary>
/// <remarks>
/// Dates and times are ISO text in the database, on PostgreSQL as on SQLite (ADR-016): the audit chain hashes times
/// to the tick (100 ns), which PostgreSQL's timestamptz (1 µs) would round, and text keeps every comparison the
/// stores make the same string comparison on both engines. The formats are exactly the ones Microsoft.Data.Sqlite has
/// always written, so existing SQLite files read and compare as before. Dapper maps DateTime and DateTimeOffset itself
/// unless their built-in mapping is removed first; without that, Npgsql would send them as timestamps.
/// These handlers are process-wide, so they also shape the dates of Hangfire.PostgreSql, which uses Dapper over
/// timestamptz columns in its own schema: on PostgreSQL the text goes with no declared type ("unknown"), and the
/// server reads it as the column or operand beside it is: text in the board's tables, as before, and a timestamp in
/// Hangfire's (whose connection runs in UTC, the zone of the times it passes).
/// </remarks>
public static class DapperSetup
{
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private const string DateTimeOffsetFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";
    private static int _registered;

    public static void RegisterTypeHandlers()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        foreach (var type in new[] { typeof(DateOnly), typeof(DateOnly?), typeof(DateTime), typeof(DateTime?), typeof(DateTimeOffset), typeof(DateTimeOffset?) })
            SqlMapper.RemoveTypeMap(type);
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new DateTimeHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    /// <summary>A time as the database holds it (for the few queries that build a time in SQL text).</summary>
    public static string ToText(DateTimeOffset value) => value.ToString(DateTimeOffsetFormat, CultureInfo.InvariantCulture);

    private static void UntypedOnPostgres(IDbDataParameter parameter)
    {
        if (parameter is NpgsqlParameter postgres)
            postgres.NpgsqlDbType = NpgsqlDbType.Unknown;
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            UntypedOnPostgres(parameter);
        }

        public override DateOnly Parse(object value) =>
            DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private sealed class DateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override void SetValue(IDbDataParameter parameter, DateTime value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString(DateTimeFormat, CultureInfo.InvariantCulture);
            UntypedOnPostgres(parameter);
        }

        public override DateTime Parse(object value) => value switch
        {
            DateTime dateTime => dateTime,
            _ => DateTime.Parse((string)value, CultureInfo.InvariantCulture),
        };
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = ToText(value);
            UntypedOnPostgres(parameter);
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset offset => offset,
            _ => DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture),
        };
    }
}
