using System.Text.Json;
using Calguard.Decisions;

namespace Calguard.Storage.Policies;

/// <summary>
/// The JSON form of policies, shared by the store and the API: camelCase keys as in configuration, values with the
/// <see cref="PolicyNames"/> names (<c>"autoAdd": "known-senders"</c>), intervals as ISO 8601 durations.
/// </summary>
public static class PolicyJson
{
    /// <summary>The keys a policy object may have.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "autoAdd", "alarms", "minimumAlarmInterval", "maxInstances", "maxCalendarBytes", "maxAttendees", "quarantineThreshold",
        "rejectThreshold", "allowOrganizers", "blockOrganizers", "noAutoAddSignal", "blockOrganizerOnReport",
    ];

    /// <summary>Writes the fields of an override that are set.</summary>
    public static void Write(Utf8JsonWriter writer, PolicyOverride policy)
    {
        writer.WriteStartObject();
        if (policy.AutoAdd is { } autoAdd)
        {
            writer.WriteString("autoAdd", autoAdd.ToName());
        }
        if (policy.Alarms is { } alarms)
        {
            writer.WriteString("alarms", alarms.ToName());
        }
        if (policy.MinimumAlarmInterval is { } interval)
        {
            writer.WriteString("minimumAlarmInterval", PolicyNames.ToIso(interval));
        }
        WriteNumber(writer, "maxInstances", policy.MaxInstances);
        WriteNumber(writer, "maxCalendarBytes", policy.MaxCalendarBytes);
        WriteNumber(writer, "maxAttendees", policy.MaxAttendees);
        WriteNumber(writer, "quarantineThreshold", policy.QuarantineThreshold);
        WriteNumber(writer, "rejectThreshold", policy.RejectThreshold);
        if (policy.AllowOrganizers is { } allow)
        {
            WriteList(writer, "allowOrganizers", allow);
        }
        if (policy.BlockOrganizers is { } block)
        {
            WriteList(writer, "blockOrganizers", block);
        }
        if (policy.NoAutoAddSignal is { } signal)
        {
            writer.WriteString("noAutoAddSignal", signal.ToName());
        }
        if (policy.BlockOrganizerOnReport is { } b)
        {
            writer.WriteBoolean("blockOrganizerOnReport", b);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a resolved policy with every field.</summary>
    public static void Write(Utf8JsonWriter writer, RecipientPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteString("autoAdd", policy.AutoAdd.ToName());
        writer.WriteString("alarms", policy.Alarms.ToName());
        if (policy.MinimumAlarmInterval is { } interval)
        {
            writer.WriteString("minimumAlarmInterval", PolicyNames.ToIso(interval));
        }
        else
        {
            writer.WriteNull("minimumAlarmInterval");
        }
        writer.WriteNumber("maxInstances", policy.MaxInstances);
        writer.WriteNumber("maxCalendarBytes", policy.MaxCalendarBytes);
        writer.WriteNumber("maxAttendees", policy.MaxAttendees);
        WriteNumberOrNull(writer, "quarantineThreshold", policy.QuarantineThreshold);
        WriteNumberOrNull(writer, "rejectThreshold", policy.RejectThreshold);
        WriteList(writer, "allowOrganizers", policy.AllowOrganizers);
        WriteList(writer, "blockOrganizers", policy.BlockOrganizers);
        writer.WriteString("noAutoAddSignal", policy.NoAutoAddSignal.ToName());
        writer.WriteBoolean("blockOrganizerOnReport", policy.BlockOrganizerOnReport);
        writer.WriteEndObject();
    }

    /// <summary>The override as a JSON string.</summary>
    public static string Serialize(PolicyOverride policy)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, policy);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses an override from JSON text.</summary>
    /// <exception cref="FormatException">The text is not a policy object; the message names the field.</exception>
    public static PolicyOverride Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads an override; every key is optional, unknown keys are an error (a typo must not pass silently).</summary>
    /// <exception cref="FormatException">The element is not a policy object; the message names the field.</exception>
    public static PolicyOverride Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a policy must be a JSON object");
        }
        var policy = new PolicyOverride();
        foreach (var property in element.EnumerateObject())
        {
            var v = property.Value;
            if (v.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            policy = property.Name switch
            {
                "autoAdd" => policy with { AutoAdd = PolicyNames.ParseAutoAdd(Text(property)) },
                "alarms" => policy with { Alarms = PolicyNames.ParseAlarms(Text(property)) },
                "minimumAlarmInterval" => policy with { MinimumAlarmInterval = Interval(property) },
                "maxInstances" => policy with { MaxInstances = Count(property) },
                "maxCalendarBytes" => policy with { MaxCalendarBytes = Count(property) },
                "maxAttendees" => policy with { MaxAttendees = Count(property) },
                "quarantineThreshold" => policy with { QuarantineThreshold = Number(property) },
                "rejectThreshold" => policy with { RejectThreshold = Number(property) },
                "allowOrganizers" => policy with { AllowOrganizers = List(property) },
                "blockOrganizers" => policy with { BlockOrganizers = List(property) },
                "noAutoAddSignal" => policy with { NoAutoAddSignal = PolicyNames.ParseSignal(Text(property)) },
                "blockOrganizerOnReport" => policy with { BlockOrganizerOnReport = Bool(property) },
                _ => throw new FormatException($"unknown policy field '{property.Name}' (known: {string.Join(", ", Keys)})"),
            };
        }
        return policy;
    }

    private static string Text(JsonProperty p) =>
        p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw new FormatException($"{p.Name} must be a string");

    private static TimeSpan Interval(JsonProperty p)
    {
        if (p.Value.ValueKind == JsonValueKind.Number)
        {
            var seconds = p.Value.GetDouble();
            return seconds >= 0 ? TimeSpan.FromSeconds(seconds) : throw new FormatException($"{p.Name} must not be negative");
        }
        try
        {
            return PolicyNames.ParseInterval(Text(p));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{p.Name}: {e.Message}", e);
        }
    }

    private static int Count(JsonProperty p) =>
        p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var n) && n >= 0 ? n
            : throw new FormatException($"{p.Name} must be a non-negative integer");

    private static double Number(JsonProperty p) =>
        p.Value.ValueKind == JsonValueKind.Number && double.IsFinite(p.Value.GetDouble()) ? p.Value.GetDouble()
            : throw new FormatException($"{p.Name} must be a number");

    private static bool Bool(JsonProperty p) => p.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new FormatException($"{p.Name} must be true or false"),
    };

    private static IReadOnlyList<string> List(JsonProperty p)
    {
        if (p.Value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{p.Name} must be an array of addresses or domains");
        }
        var list = new List<string>();
        foreach (var item in p.Value.EnumerateArray())
        {
            var s = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : throw new FormatException($"{p.Name} must hold strings");
            if (s.Length == 0 || s.Length > 320 || s.Any(char.IsWhiteSpace))
            {
                throw new FormatException($"{p.Name}: '{s}' is not an address or domain");
            }
            list.Add(s.ToLowerInvariant());
        }
        return list;
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }
        writer.WriteEndArray();
    }
}
