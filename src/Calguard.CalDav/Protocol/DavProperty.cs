namespace Calguard.CalDav.Protocol;

/// <summary>A property value from a 200 propstat, read generically.</summary>
/// <param name="Text">The text content (for leaf properties such as getetag or calendar-data).</param>
/// <param name="Hrefs">Every <c>DAV:href</c> inside the property.</param>
/// <param name="Children">The names of direct child elements (resourcetype).</param>
/// <param name="ComponentNames">The <c>name</c> attribute of <c>C:comp</c> children.</param>
/// <param name="Truncated">True when the text was longer than the limit and was cut.</param>
internal sealed record DavProperty(string? Text, IReadOnlyList<string> Hrefs, IReadOnlyList<string> Children, IReadOnlyList<string> ComponentNames, bool Truncated);
