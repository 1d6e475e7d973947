using System.Globalization;
using Calguard.Storage.Feedback;

namespace Calguard.Host.Feedback.Senders;

/// <summary>
/// Writes originals into a spool for SpamAssassin's <c>sa-learn</c>: <c>spam/</c> and <c>ham/</c> below the configured
/// directory, one file per message, written under a temporary name and renamed, so a cron job running
/// <c>sa-learn --spam DIR/spam</c> never reads half a file.
/// </summary>
public sealed class SpamAssassinSpool : IFeedbackSender
{
    /// <inheritdoc />
    public string Kind => FeedbackKinds.SpamAssassin;

    /// <inheritdoc />
    public async Task SendAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        if (item.Payload is null)
        {
            throw new FeedbackSendException("the item has no message to learn", permanent: true);
        }
        var direction = FeedbackDetail.Parse(item.Detail).Direction == LearnDirection.Ham ? LearnDirection.Ham : LearnDirection.Spam;
        var directory = Path.Combine(item.Target, direction);
        // Named by item id: a retry after a crash overwrites its own file instead of adding a second copy.
        var name = string.Create(CultureInfo.InvariantCulture, $"calguard-{item.CreatedAt:yyyyMMddHHmmss}-{item.Id}.eml");
        var temporary = Path.Combine(item.Target, "." + name + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(temporary, item.Payload, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, Path.Combine(directory, name), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FeedbackSendException($"{directory}: {e.Message}", permanent: false, e);
        }
    }
}
