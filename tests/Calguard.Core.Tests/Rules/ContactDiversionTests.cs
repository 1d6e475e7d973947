using Calguard.Analysis.Rules.Content;

namespace Calguard.Core.Tests.Rules;

public sealed class ContactDiversionTests
{
    // The rule skips a non-ASCII messenger name's case-insensitive search when the text has none of these chars; they
    // must be exactly the chars OrdinalIgnoreCase finds equal to the name's first, on this runtime's Unicode data.
    [Fact]
    public void Start_chars_are_those_equal_to_the_first_under_OrdinalIgnoreCase()
    {
        foreach (var app in ContactDiversionRule.NonAsciiApps)
        {
            var first = app[0];
            var expected = new List<char>();
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var ch = (char)c;
                if (MemoryExtensions.Equals(new ReadOnlySpan<char>(in ch), new ReadOnlySpan<char>(in first), StringComparison.OrdinalIgnoreCase))
                {
                    expected.Add(ch);
                }
            }
            var starts = ContactDiversionRule.StartsOf(app);
            Assert.True(starts is not null, $"no start chars listed for \"{app}\"");
            Assert.Equal(new string([.. expected]), new string([.. starts.Order()]));
        }
        Assert.Null(ContactDiversionRule.StartsOf("telegram"));
    }
}
