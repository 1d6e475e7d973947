using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calguard.Reporting;

/// <summary>Source-generated JSON for the report types (camelCase, compact).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScanReport))]
[JsonSerializable(typeof(List<ScanReport>))]
public sealed partial class ReportJson : JsonSerializerContext
{
    /// <summary>Serialises one report as a single line.</summary>
    public static string Serialize(ScanReport report) => JsonSerializer.Serialize(report, Default.ScanReport);
}
