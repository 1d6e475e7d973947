namespace Calguard.Recurrence;

/// <summary>Which range an ordinal BYDAY (2MO, -1FR) counts in.</summary>
internal enum OrdinalScope
{
    Month,
    Year,
    Week,
}
