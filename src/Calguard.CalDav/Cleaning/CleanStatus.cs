namespace Calguard.CalDav.Cleaning;

/// <summary>How one step ended.</summary>
public enum CleanStatus
{
    /// <summary>Dry run: this would be done.</summary>
    Planned,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Skipped: the object changed since it was judged (ETag differs, or the server answered 412). Untouched.</summary>
    SkippedChanged,

    /// <summary>Skipped: the object was already gone.</summary>
    SkippedGone,

    /// <summary>Nothing to do (e.g. no VALARM to strip).</summary>
    NothingToDo,

    /// <summary>Not done for a reason local to this object (e.g. too large to rewrite safely); the run went on.</summary>
    Failed,
}
