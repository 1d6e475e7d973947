namespace Calguard.CalDav.Cleaning;

/// <summary>How restoring one object ended.</summary>
public enum RestoreStatus
{
    /// <summary>The original was PUT back.</summary>
    Restored,

    /// <summary>The object is already there, identical to the original.</summary>
    AlreadyPresent,

    /// <summary>The object changed on the server while restoring (412); left as it is.</summary>
    Conflict,

    /// <summary>The server refused the original.</summary>
    Failed,
}
