namespace Calguard.CalDav.Cleaning;

/// <summary>The judge's class for one calendar object, in increasing severity.</summary>
public enum EventVerdict
{
    /// <summary>Nothing wrong found.</summary>
    Clean = 0,

    /// <summary>Some signals; a candidate for quarantine or alarm stripping.</summary>
    Suspicious = 1,

    /// <summary>Spam: should never have reached the calendar (R16).</summary>
    Spam = 2,
}
