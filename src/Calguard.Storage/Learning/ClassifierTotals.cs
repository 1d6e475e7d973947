namespace Calguard.Storage.Learning;

/// <summary>How many spam and ham items the classifier has learned.</summary>
/// <param name="Spam">Spam items.</param>
/// <param name="Ham">Ham items.</param>
public sealed record ClassifierTotals(long Spam, long Ham);
