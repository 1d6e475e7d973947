namespace Calguard.Host.Outbound;

/// <summary>Why the service is about to send invitations.</summary>
public enum InvitationOrigin
{
    /// <summary>A new event with attendees.</summary>
    Create,

    /// <summary>A change to an event (new attendees, new time): the invitation goes out again.</summary>
    Update,

    /// <summary>An imported calendar (a file, a migration, a sync): it must never send invitations.</summary>
    Import,
}
