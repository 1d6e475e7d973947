namespace Calguard.Storage.Learning;

/// <summary>What training an item did.</summary>
public enum TrainOutcome
{
    /// <summary>Nothing was given to learn (no features known).</summary>
    None,

    /// <summary>The item was new and is now learned.</summary>
    Learned,

    /// <summary>The item had been learned with the other label and was moved over.</summary>
    Relearned,

    /// <summary>The item had already been learned with this label.</summary>
    Unchanged,
}
