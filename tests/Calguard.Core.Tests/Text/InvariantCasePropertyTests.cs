using Calguard.Analysis.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Core.Tests.Text;

/// <summary>InvariantCase cuts the text into ASCII and wider stretches; it must lower-case as string.ToLowerInvariant does.</summary>
public class InvariantCasePropertyTests
{
    // ASCII, Latin, Greek, Cyrillic, the Turkish dotted I, the Kelvin sign, a Deseret capital (a surrogate pair) and a lone surrogate.
    private static readonly string[] Pieces = ["A", "b", "Z", " ", ".", "Ü", "é", "Σ", "ς", "Д", "İ", "\u212A", "\U00010400", "\uD800", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 abc"];

    private static Gen<string> Texts() =>
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(string.Concat);

    [Property(MaxTest = 5000, QuietOnSuccess = true)]
    public Property Lower_cases_as_ToLowerInvariant_does() =>
        Prop.ForAll(Arb.From(Texts()), text =>
        {
            var expected = text.ToLowerInvariant();
            var buffer = new char[text.Length];
            var written = InvariantCase.ToLower(text, buffer);
            var spanResult = new string(buffer, 0, written);
            var stringResult = InvariantCase.ToLower(text);
            return (expected == spanResult && expected == stringResult).Label($"text \"{text}\": expected \"{expected}\", got \"{spanResult}\" and \"{stringResult}\"");
        });
}
