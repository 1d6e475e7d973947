using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Calguard.Learning;

/// <summary>
/// The seed classifier: a <see cref="BayesModel"/> trained on Calguard's labelled corpus (ham from public
/// projects, spam written from the campaigns the practice document describes) and shipped inside the library, so
/// that a fresh installation has learned evidence before its operator has trained or reported anything.
/// </summary>
/// <remarks>
/// The file is gzip'd UTF-8 text: a first line <c>calguard-seed 1 SPAM HAM</c> (message totals), then one
/// <c>TOKEN TAB SPAM TAB HAM</c> line per feature, in ordinal order, so that retraining gives a reviewable diff of
/// counts. It is written by <c>calguard train --seed-out FILE</c> (see docs/quality.md for the exact command).
/// </remarks>
public static class SeedModel
{
    private const string Magic = "calguard-seed";
    private const string ResourceName = "Calguard.Learning.seed-model.tsv.gz";

    private static readonly Lazy<BayesModel?> LazyBundled = new(() =>
    {
        using var stream = typeof(SeedModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream).Freeze();
    });

    /// <summary>The model shipped in this assembly, or null when the build carries none.</summary>
    public static BayesModel? Bundled => LazyBundled.Value;

    /// <summary>Writes <paramref name="model"/> in the seed format.</summary>
    public static void Write(BayesModel model, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Magic} 1 {model.SpamMessages} {model.HamMessages}"));
        foreach (var (token, spam, ham) in model.Tokens())
        {
            // Tokens never hold tabs, newlines or broken surrogates (they come from normalised words), but a file must stay one
            // line of UTF-8 per token.
            if (token.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 || !WellFormed(token) || spam + ham == 0)
            {
                continue;
            }
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{token}\t{spam}\t{ham}"));
        }
    }

    private static bool WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a seed model.</exception>
    public static BayesModel Read(Stream input)
    {
        try
        {
            return ReadGzip(input);
        }
        catch (InvalidDataException e) when (!e.Message.Contains(Magic, StringComparison.Ordinal) && !e.Message.StartsWith("seed model line", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"not a Calguard seed model (gzip: {e.Message})", e);
        }
    }

    private static BayesModel ReadGzip(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var header = reader.ReadLine()?.Split(' ');
        if (header is not [Magic, "1", var spamText, var hamText] ||
            !int.TryParse(spamText, NumberStyles.None, CultureInfo.InvariantCulture, out var spamMessages) ||
            !int.TryParse(hamText, NumberStyles.None, CultureInfo.InvariantCulture, out var hamMessages))
        {
            throw new InvalidDataException($"not a Calguard seed model (expected a first line '{Magic} 1 SPAM HAM')");
        }
        var model = new BayesModel();
        model.SetTotals(spamMessages, hamMessages);
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split('\t');
            if (fields is not [var token, var spam, var ham] ||
                !int.TryParse(spam, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ||
                !int.TryParse(ham, NumberStyles.None, CultureInfo.InvariantCulture, out var h))
            {
                throw new InvalidDataException($"seed model line {number}: expected TOKEN, SPAM and HAM separated by tabs");
            }
            model.Add(token, s, h);
        }
        return model;
    }
}
