using System.Text;
using Calguard.Reading;
using Calguard.Sanitising;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Core.Tests.Sanitising;

/// <summary>Property tests: the reader reads back what the writer wrote, and neither the reader nor the editor throws on any bytes.</summary>
public class CalendarWriterProperties
{
    /// <summary>A generated tree; ToString shows the written text when FsCheck reports a counterexample.</summary>
    public sealed record Tree(CalendarComponent Root)
    {
        public override string ToString() => CalendarWriter.WriteString([Root]);
    }

    private static readonly string[] ComponentNames = ["VEVENT", "VTODO", "VALARM", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VJOURNAL"];
    private static readonly string[] PropertyNames = ["SUMMARY", "DESCRIPTION", "ATTENDEE", "ORGANIZER", "RRULE", "DTSTART", "UID", "X-ALT-DESC", "LOCATION"];
    private static readonly string[] ParameterNames = ["CN", "ROLE", "PARTSTAT", "TZID", "VALUE", "MEMBER", "DELEGATED-TO", "SENT-BY", "LANGUAGE", "ALTREP"];

    // Characters that stress quoting, escaping, caret encoding and folding (multi-byte UTF-8 and a surrogate pair).
    private static readonly char[] ParameterChars = "aZ09 -_\"',:;^n\\=\n\t.@éü日本".ToCharArray();
    private static readonly string[] ParameterPieces = ["^", "^n", "^'", "^^", "\"", "😀", "mailto:a@b.example", "a,b", "x;y", "\n"];
    private static readonly char[] ValueChars = "aZ09 -_\"',:;^n\\=\t.@éü日本".ToCharArray();
    private static readonly string[] ValuePieces = ["\\n", "\\,", "\\;", "\\\\", "\\N", "😀", "=", "mailto:a@b.example", "FREQ=DAILY;COUNT=3"];

    private static Gen<string> Text(char[] chars, string[] pieces, int max) =>
        Gen.Sized(size => Gen.Choose(0, Math.Min(max, size * 3)))
            .SelectMany(n => Gen.ListOf(Gen.Frequency(
                (6, Gen.Elements(chars).Select(c => c.ToString())),
                (2, Gen.Elements(pieces))), n))
            .Select(parts => string.Concat(parts));

    private static Gen<string> XName => Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-".ToCharArray()), n))
        .Select(chars => "X-" + new string(chars));

    private static Gen<CalendarParameter> Parameter =>
        from name in Gen.OneOf(Gen.Elements(ParameterNames), XName)
        from count in Gen.Choose(1, 3)
        from values in Gen.ArrayOf(Text(ParameterChars, ParameterPieces, 40), count)
        select new CalendarParameter(name, values);

    private static Gen<CalendarProperty> Property =>
        from name in Gen.OneOf(Gen.Elements(PropertyNames), XName)
        from count in Gen.Choose(0, 3)
        from parameters in Gen.ArrayOf(Parameter, count)
        from value in Gen.Frequency((4, Text(ValueChars, ValuePieces, 60)), (1, Text(ValueChars, ValuePieces, 400)))
        select new CalendarProperty(name, parameters.Length == 0 ? null : parameters, value, 0);

    private static Gen<CalendarComponent> Component(string? name, int depth) =>
        from chosen in name is null ? Gen.OneOf(Gen.Elements(ComponentNames), XName) : Gen.Constant(name)
        from propertyCount in Gen.Choose(0, 6)
        from properties in Gen.ArrayOf(Property, propertyCount)
        from childCount in depth >= 3 ? Gen.Constant(0) : Gen.Choose(0, 3)
        from children in Gen.ArrayOf(Component(null, depth + 1), childCount)
        select Build(chosen, properties, children);

    private static CalendarComponent Build(string name, CalendarProperty[] properties, CalendarComponent[] children)
    {
        var component = new CalendarComponent(name, 0) { IsClosed = true };
        foreach (var p in properties)
        {
            component.Add(p);
        }
        foreach (var c in children)
        {
            component.Add(c);
        }
        return component;
    }

    [Property(MaxTest = 400)]
    public FsCheck.Property Reading_what_was_written_gives_the_same_tree() =>
        Prop.ForAll(Arb.From(Component("VCALENDAR", 0).Select(c => new Tree(c))), tree =>
        {
            var written = CalendarWriter.Write(tree.Root);
            var read = CalendarReader.Read(written);
            var root = Assert.Single(read.Roots);
            AssertSame(tree.Root, root);
            AssertFolded(written);
        });

    [Property(MaxTest = 500)]
    public FsCheck.Property Reader_and_editor_never_throw_on_arbitrary_bytes() =>
        Prop.ForAll(Arb.From(Bytes), bytes =>
        {
            CalendarReader.Read(bytes);
            CalendarReader.Read(bytes, null, Encoding.Latin1);
            CalendarReader.Read(bytes, new ReaderLimits { MaxLines = 5, MaxLineLength = 20, MaxNesting = 2, MaxComponents = 3, MaxProperties = 4 });
            var edited = CalendarEditor.Edit(bytes, new CalendarEdits { StripAlarms = true, CapInstances = 2, MakeTransparent = true, RemoveMethod = true });
            CalendarReader.Read(edited.Content);
        });

    private static readonly string[] Fragments =
    [
        "BEGIN:", "END:", "VCALENDAR", "VEVENT", "VALARM", "RRULE:", "FREQ=SECONDLY", "UNTIL=2030", "COUNT=", "TRANSP:", "METHOD:",
        ";", ":", "\"", "=", "\r\n", "\n", "\r", " ", "\t", "QUOTED-PRINTABLE", "^", ",", "\\", "\u00e9", "DTSTART:20300101T000000Z",
    ];

    private static Gen<byte[]> Bytes =>
        Gen.Sized(size => Gen.Choose(0, size * 4)).SelectMany(n => Gen.ListOf(Gen.Frequency(
            (3, Gen.Elements(Fragments).Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b }))), n))
            .Select(chunks => chunks.SelectMany(c => c).ToArray());

    [Fact]
    public void Writes_crlf_and_folds_at_75_octets_without_splitting_utf8()
    {
        var root = Build("VCALENDAR", [new CalendarProperty("SUMMARY", null, new string('é', 100), 0)], []);
        var written = CalendarWriter.Write(root);
        var text = Encoding.UTF8.GetString(written);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nSUMMARY:", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        AssertFolded(written);
        Assert.Equal(new string('é', 100), Assert.Single(CalendarReader.Read(written).Roots).Get("SUMMARY")!.RawValue);
    }

    [Fact]
    public void Quotes_and_caret_encodes_parameter_values()
    {
        var property = new CalendarProperty("ATTENDEE", [new CalendarParameter("CN", ["Doe, \"Jane\" ^ x\ny"]), new CalendarParameter("X-A", ["plain"])],
            "mailto:jane@example.org", 0);
        Assert.Equal("ATTENDEE;CN=\"Doe, ^'Jane^' ^^ x^ny\";X-A=plain:mailto:jane@example.org", Encoding.UTF8.GetString(CalendarWriter.FormatProperty(property)));
    }

    private static void AssertFolded(byte[] written)
    {
        var text = written.AsSpan();
        var lines = 0;
        while (text.Length > 0)
        {
            var crlf = text.IndexOf("\r\n"u8);
            Assert.True(crlf >= 0, "every line ends with CRLF");
            var line = text[..crlf];
            Assert.True(line.Length <= CalendarWriter.MaxLineOctets, $"line {lines} has {line.Length} octets");
            Assert.True(Encoding.UTF8.GetCharCount(line) >= 0 && System.Text.Unicode.Utf8.IsValid(line), $"line {lines} splits a UTF-8 sequence");
            Assert.True(line.IndexOfAny((byte)'\r', (byte)'\n') < 0);
            text = text[(crlf + 2)..];
            lines++;
        }
    }

    private static void AssertSame(CalendarComponent expected, CalendarComponent actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.True(actual.IsClosed);
        Assert.Equal(expected.Properties.Count, actual.Properties.Count);
        for (var i = 0; i < expected.Properties.Count; i++)
        {
            var e = expected.Properties[i];
            var a = actual.Properties[i];
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.RawValue.Replace("\n", "\\n"), a.RawValue);
            Assert.Equal(e.Parameters.Select(p => (p.Name, string.Join("\u0001", p.Values))), a.Parameters.Select(p => (p.Name, string.Join("\u0001", p.Values))));
        }
        Assert.Equal(expected.Children.Count, actual.Children.Count);
        for (var i = 0; i < expected.Children.Count; i++)
        {
            AssertSame(expected.Children[i], actual.Children[i]);
        }
    }
}
