using System.Text;

namespace Calguard.Host.Cli;

/// <summary>Turns command-line paths into messages: files (.eml, .ics, anything), directories (recursive), Maildirs and mboxes.</summary>
public static class Inputs
{
    /// <summary>Enumerates the messages of <paramref name="paths"/>; unreadable paths are yielded as items whose load throws.</summary>
    public static IEnumerable<InputItem> Enumerate(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputItem("stdin", ReadStdin);
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var item in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None })
                             .Order(StringComparer.Ordinal).SelectMany(FromFile))
                {
                    yield return item;
                }
                continue;
            }
            if (!File.Exists(path))
            {
                yield return new InputItem(path, () => throw new FileNotFoundException($"no such file or directory: {path}"));
                continue;
            }
            foreach (var item in FromFile(path))
            {
                yield return item;
            }
        }
    }

    // Maildir files (cur/new) are single messages, so walking the tree covers Maildirs too.
    private static IEnumerable<InputItem> FromFile(string path)
    {
        if (!IsMbox(path))
        {
            yield return new InputItem(path, () => File.ReadAllBytes(path));
            yield break;
        }
        byte[]? bytes = null;
        Exception? error = null;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e;
        }
        if (bytes is null)
        {
            yield return new InputItem(path, () => throw error!);
            yield break;
        }
        var n = 0;
        foreach (var message in SplitMbox(bytes))
        {
            var copy = message;
            yield return new InputItem($"{path}#{++n}", () => copy);
        }
    }

    /// <summary>True when the file starts with an mbox "From " separator line.</summary>
    public static bool IsMbox(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[5];
            var read = stream.ReadAtLeast(head, 5, throwOnEndOfStream: false);
            return read == 5 && head.SequenceEqual("From "u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Splits an mbox at "From " lines that follow a blank line or start the file; unescapes ">From ".</summary>
    public static IEnumerable<byte[]> SplitMbox(byte[] data)
    {
        var starts = new List<int>();
        var pos = 0;
        while (pos < data.Length)
        {
            var lineEnd = Array.IndexOf(data, (byte)'\n', pos);
            if (data.AsSpan(pos).StartsWith("From "u8) && (pos == 0 || PreviousLineBlank(data, pos)))
            {
                starts.Add(pos);
            }
            if (lineEnd < 0)
            {
                break;
            }
            pos = lineEnd + 1;
        }
        for (var i = 0; i < starts.Count; i++)
        {
            var from = Array.IndexOf(data, (byte)'\n', starts[i]);
            if (from < 0)
            {
                continue;
            }
            from++;
            var to = i + 1 < starts.Count ? starts[i + 1] : data.Length;
            var message = data.AsSpan(from, to - from).ToArray();
            yield return message.AsSpan().IndexOf("\n>From "u8) >= 0
                ? Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(message).Replace("\n>From ", "\nFrom "))
                : message;
        }
    }

    private static bool PreviousLineBlank(byte[] data, int pos)
    {
        var i = pos - 1;
        if (i >= 0 && data[i] == '\n')
        {
            i--;
        }
        if (i >= 0 && data[i] == '\r')
        {
            i--;
        }
        return i < 0 || data[i] == '\n';
    }

    private static byte[] ReadStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var memory = new MemoryStream();
        stdin.CopyTo(memory);
        return memory.ToArray();
    }
}
