using System.Text;
using Calguard.Contacts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Core.Tests.Contacts;

public class VCardReaderTests
{
    private static IReadOnlyList<string> Read(string text) => VCardReader.ReadAddresses(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_vcard_4_with_types_preference_and_groups()
    {
        // RFC 6350 §6.4.2 and §3.3 examples.
        var card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:J. Doe\r\nEMAIL;TYPE=work:jqpublic@xyz.example.com\r\n" +
                   "EMAIL;PREF=1:Jane_Doe@Example.COM\r\nitem1.EMAIL;TYPE=home:home@example.org\r\nitem1.X-ABLabel:_$!<Home>!$_\r\n" +
                   "CONTACT.EMAIL:contact@example.net\r\nEND:VCARD\r\n";
        Assert.Equal(["jqpublic@xyz.example.com", "jane_doe@example.com", "home@example.org", "contact@example.net"], Read(card));
    }

    [Fact]
    public void Reads_vcard_3_with_folded_lines_and_several_cards()
    {
        var text = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;;;\nEMAIL;TYPE=INTERNET,pref:john.doe@exam\n ple.com\nEND:VCARD\n" +
                   "BEGIN:VCARD\nVERSION:3.0\nitem2.EMAIL;type=INTERNET;type=WORK:\n Work@Example.org\nEMAIL:john.doe@example.com\nEND:VCARD\n";
        Assert.Equal(["john.doe@example.com", "work@example.org"], Read(text));
    }

    [Fact]
    public void Reads_vcard_2_1_with_bare_types_and_quoted_printable()
    {
        var text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Gump;Forrest\r\nEMAIL;PREF;INTERNET:forrestgump@example.com\r\n" +
                   "EMAIL;INTERNET;ENCODING=QUOTED-PRINTABLE:bubba=40shrimp=\r\n.example.com\r\n" +
                   "AGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL:agent@example.com\r\nEND:VCARD\r\n" +
                   "EMAIL;X400:not an address\r\nEND:VCARD\r\n";
        Assert.Equal(["forrestgump@example.com", "bubba@shrimp.example.com"], Read(text));
    }

    [Fact]
    public void A_quoted_printable_continuation_that_looks_like_a_group_is_left_alone()
    {
        var text = "BEGIN:VCARD\nVERSION:2.1\nNOTE;ENCODING=QUOTED-PRINTABLE:see=\nexample.NOTE:x\nEMAIL:a@example.com\nEND:VCARD\n";
        Assert.Equal(text, Encoding.UTF8.GetString(VCardReader.WithoutGroups(Encoding.UTF8.GetBytes(text))));
        Assert.Equal(["a@example.com"], Read(text));
    }

    [Fact]
    public void Garbage_gives_no_addresses_and_no_exception()
    {
        Assert.Empty(Read("EMAIL:outside@example.com\nBEGIN:VCALENDAR\nEMAIL:x@example.com\nEND:VCALENDAR\n"));
        Assert.Empty(VCardReader.ReadAddresses([0xFF, 0x00, (byte)'\n', (byte)':']));
    }

    public sealed record Book(string Text, string[] Expected)
    {
        public override string ToString() => Text;
    }

    private static Gen<string> Token(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-".ToCharArray()), n))
            .Select(c => new string(c).Trim('.'))
            .Where(s => s.Length > 0);

    private static Gen<string> Address => from local in Token(1, 12)
                                          from domain in Token(1, 10)
                                          from tld in Gen.Elements("com", "ORG", "example")
                                          select $"{local}@{domain}.{tld}";

    // One EMAIL line in one of the forms cards use; the vCard 2.1 quoted-printable form only where the version allows it.
    private static Gen<string> EmailLine(string version, string address) => Gen.OneOf(
        Gen.Constant($"EMAIL:{address}"),
        Gen.Constant($"EMAIL;TYPE=work:{address}"),
        Gen.Constant($"EMAIL;TYPE=INTERNET,pref:mailto:{address}"),
        Token(1, 6).Where(g => !g.Contains('.') && !g.Contains('_')).Select(g => $"{g}.EMAIL;TYPE=home:{address}"),
        version == "2.1"
            ? Gen.Constant($"EMAIL;INTERNET;ENCODING=QUOTED-PRINTABLE:{address.Replace("@", "=40")}")
            : Gen.Constant($"EMAIL;PREF=1:{address}"));

    private static string Fold(string line, int at, string newLine) =>
        at <= 0 || at >= line.Length || line.Contains("QUOTED-PRINTABLE") ? line : line[..at] + newLine + " " + line[at..];

    private static Gen<Book> Books =>
        from cards in Gen.Choose(1, 5)
        from newLine in Gen.Elements("\r\n", "\n")
        from content in Gen.ArrayOf(
            from version in Gen.Elements("2.1", "3.0", "4.0")
            from count in Gen.Choose(0, 3)
            from addresses in Gen.ArrayOf(Address, count)
            from lines in Gen.CollectToArray(addresses.Select(a => EmailLine(version, a)))
            from folds in Gen.ArrayOf(Gen.Choose(0, 30), lines.Length)
            select (Text: $"BEGIN:VCARD{newLine}VERSION:{version}{newLine}FN:Someone{newLine}" +
                          string.Concat(lines.Select((l, i) => Fold(l, folds[i], newLine) + newLine)) + $"END:VCARD{newLine}",
                Addresses: addresses), cards)
        select new Book(string.Concat(content.Select(c => c.Text)),
            content.SelectMany(c => c.Addresses).Select(a => a.ToLowerInvariant()).Distinct().ToArray());

    [Property(MaxTest = 300)]
    public FsCheck.Property Every_generated_address_is_read_once_in_order() =>
        Prop.ForAll(Arb.From(Books), book => Assert.Equal(book.Expected, Read(book.Text)));
}
