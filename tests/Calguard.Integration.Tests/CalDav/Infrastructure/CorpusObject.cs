namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>One calendar object made from a corpus file, as a CalDAV server would store it.</summary>
/// <param name="Name">The resource name to PUT it under (<c>ham-….ics</c>, <c>spam-….ics</c>).</param>
/// <param name="Source">The corpus file it came from.</param>
/// <param name="Data">The iCalendar text (CRLF, no METHOD).</param>
internal sealed record CorpusObject(string Name, string Source, string Data);
