namespace Calguard.Storage.Learning;

/// <summary>One thing to teach the classifier.</summary>
/// <param name="Item">What was learned, unique: <c>cf:FINGERPRINT</c> for a reported campaign copy, <c>sha256:HEX</c> for a trained file. Learning the same item again changes nothing; learning it with the other label moves its counts over.</param>
/// <param name="Spam">True for spam, false for ham.</param>
/// <param name="Features">Its features (<c>Calguard.Learning.ClassifierFeatures</c>), distinct.</param>
public sealed record TrainingItem(string Item, bool Spam, IReadOnlyList<string> Features);
