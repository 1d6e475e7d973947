namespace Calguard.Milter.Tests.Postfix;

/// <summary>
/// A fact that needs a real Postfix (Debian package <c>postfix</c>) and root. Skipped with a reason on a developer
/// machine without them; under CI (<c>CI=true</c>) it runs anyway so that a missing package fails loudly.
/// </summary>
public sealed class PostfixFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Postfix cannot run here.</summary>
    public PostfixFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!File.Exists(PostfixInstance.PostfixBinary))
        {
            Skip = $"{PostfixInstance.PostfixBinary} is absent (apt-get install postfix)";
        }
        else if (Environment.UserName != "root")
        {
            Skip = "starting a private Postfix instance needs root";
        }
    }
}
