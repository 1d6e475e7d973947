namespace Calguard.Storage.Outbound;

/// <summary>The lower-case names of <see cref="HeldStatus"/> used in the API and the database.</summary>
public static class HeldStatusNames
{
    /// <summary>The name of a status.</summary>
    public static string ToName(HeldStatus status) => status switch
    {
        HeldStatus.Released => "released",
        HeldStatus.Dropped => "dropped",
        _ => "held",
    };

    /// <summary>Parses a name; null when it is not one.</summary>
    public static HeldStatus? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "held" => HeldStatus.Held,
        "released" => HeldStatus.Released,
        "dropped" => HeldStatus.Dropped,
        _ => null,
    };
}
