using MimeKit;

namespace Calguard.Core.Tests.Sanitising;

/// <summary>The leaf parts of a message with their paths (numbered as MessageReader numbers them) and exact raw bytes.</summary>
internal static class MimeLayout
{
    public sealed record Leaf(string Path, MimePart Part, byte[] Raw);

    public static List<Leaf> Leaves(byte[] message)
    {
        var begins = new Dictionary<MimeEntity, long>();
        var ends = new Dictionary<MimeEntity, long>();
        var parser = new MimeParser(new MemoryStream(message, writable: false), persistent: true);
        parser.MimeEntityBegin += (_, e) => begins[e.Entity] = e.BeginOffset;
        parser.MimeEntityEnd += (_, e) => ends[e.Entity] = e.EndOffset;
        var parsed = parser.ParseMessage();
        var leaves = new List<Leaf>();
        Walk(parsed.Body, "1");
        return leaves;

        void Walk(MimeEntity? entity, string path)
        {
            switch (entity)
            {
                case Multipart multipart:
                    for (var i = 0; i < multipart.Count; i++)
                    {
                        Walk(multipart[i], $"{path}.{i + 1}");
                    }
                    break;
                case MessagePart { Message: { } inner }:
                    Walk(inner.Body, path + ".m");
                    break;
                case MimePart part:
                    var begin = (int)begins[part];
                    var end = (int)ends[part];
                    leaves.Add(new Leaf(path, part, message[begin..end]));
                    break;
            }
        }
    }
}
