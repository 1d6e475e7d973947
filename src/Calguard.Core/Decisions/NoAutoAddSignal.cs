namespace Calguard.Decisions;

/// <summary>How the downstream calendar server is told not to add an invitation by itself.</summary>
public enum NoAutoAddSignal
{
    /// <summary>Only the X-Calguard-* headers; the server's Sieve or filter reads them (docs/integration).</summary>
    Header,
    /// <summary>The calendar part is demoted to a plain attachment without the iMIP method, so no server auto-processes it (R18: the user can still import it).</summary>
    Demote,
}
