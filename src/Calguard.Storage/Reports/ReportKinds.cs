namespace Calguard.Storage.Reports;

/// <summary>The names used in reports and blocks.</summary>
public static class ReportKinds
{
    /// <summary>A spam report.</summary>
    public const string Spam = "spam";

    /// <summary>A not-spam report: undoes the block, trains ham.</summary>
    public const string NotSpam = "not-spam";

    /// <summary>Reported by the user.</summary>
    public const string User = "user";

    /// <summary>Reported by an operator on the user's behalf.</summary>
    public const string Admin = "admin";

    /// <summary>A block of one event UID for one recipient.</summary>
    public const string UidBlock = "uid";

    /// <summary>A block of one organizer address for one recipient.</summary>
    public const string OrganizerBlock = "organizer";
}
