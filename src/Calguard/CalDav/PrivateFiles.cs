namespace Calguard.Host.CalDav;

/// <summary>
/// Creates the local files of the CalDAV commands (undo logs, state) readable by their owner only: they hold the
/// full text of a person's calendar entries.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates a folder (and its parents) with mode 0700 where it does not exist yet.</summary>
    /// <param name="path">The folder.</param>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    public static void EnsureDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, DirectoryMode);
        }
    }

    /// <summary>Creates (or truncates) a file with mode 0600 and opens it for writing.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be created.</exception>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }

    /// <summary>Creates an empty file with mode 0600 unless it exists (an undo log that a run will append to).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be created.</exception>
    public static void Touch(string path)
    {
        EnsureDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        using var _ = new FileStream(path, options);
    }
}
