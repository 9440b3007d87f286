using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Board.Web.Operations;

/// <summary>
/// OpenTelemetry, off by default (docs/operations.md). <c>Telemetry:Prometheus</c> = true serves metrics at
/// <c>/metrics</c> for a Prometheus scrape; <c>Telemetry:OtlpEndpoint</c> (e.g. http://127.0.0.1:4317) sends metrics
/// and traces over OTLP. Measured: requests (rate, latency), the app's meter (<see cref="BoardMetrics"/>), traces of
/// requests.
/// </summary>
public static class TelemetryExtensions
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddBoardTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var prometheus = configuration.GetValue<bool>("Telemetry:Prometheus");
        var otlp = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        if (!prometheus && otlp is null)
            return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("PartnershipBoard"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(BoardMetrics.MeterName);
                if (prometheus)
                    metrics.AddPrometheusExporter();
                if (otlp is not null)
                    metrics.AddOtlpExporter(options => options.Endpoint = otlp);
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation();
                if (otlp is not null)
                    tracing.AddOtlpExporter(options => options.Endpoint = otlp);
            });
        return services;
    }

    public static WebApplication MapBoardTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Telemetry:Prometheus"))
            // No sign-in (Prometheus has none): the nginx site file refuses /metrics from outside this machine.
            app.MapPrometheusScrapingEndpoint(ScrapePath).AllowAnonymous();
        return app;
    }
}
