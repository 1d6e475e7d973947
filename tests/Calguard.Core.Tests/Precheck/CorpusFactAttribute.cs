namespace Calguard.Core.Tests;

/// <summary>A fact that needs the shared corpus; skipped (not passed) when it is absent.</summary>
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (SharedCorpus.Path is null)
        {
            Skip = "the shared corpus (../shared/corpus or $CALGUARD_SHARED/corpus) is not there";
        }
    }
}
