using System.Text;
using Dealgraph.Core;
using Dealgraph.Ingest.Documents;
using Dealgraph.Ingest.Extraction;
using Dealgraph.Ingest.Tests.Extraction;
using Dealgraph.Tests;

namespace Dealgraph.Ingest.Tests.Documents;

/// <summary>Garbage in never crashes: a clear input error or an empty result, and big input is refused before it is read.</summary>
public sealed class GarbageInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Binary_file_is_refused_with_a_clear_message()
    {
        var path = _temp.File("blob.bin");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF]);
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(path));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset()
    {
        var path = _temp.File("bad.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("Nvidia invests "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" more")]);
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(path));
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_gives_an_empty_result()
    {
        var path = _temp.File("empty.txt");
        File.WriteAllText(path, "");
        var document = Assert.Single(DocumentLoader.Load(path));
        Assert.Empty(new ClaimExtractor(LabelledCorpus.Parties).Extract(document.Text));
    }

    [Fact]
    public void Two_hundred_megabyte_text_is_refused_before_reading()
    {
        var path = _temp.File("huge.txt");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            var line = Encoding.UTF8.GetBytes("Nvidia will invest up to $100 billion in OpenAI. 輝達投資 OpenAI 1000 億美元。\n");
            var block = new byte[1024 * 1024];
            for (var i = 0; i + line.Length <= block.Length; i += line.Length)
            {
                line.CopyTo(block, i);
            }
            for (var mb = 0; mb < 200; mb++)
            {
                stream.Write(block);
            }
        }
        var before = GC.GetTotalMemory(false);
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(path));
        Assert.Contains("at most", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalMemory(false) - before < 64L * 1024 * 1024, "the file must not be read into memory");
    }

    [Fact]
    public void Random_bytes_as_text_never_crash_the_extractor()
    {
        var random = new Random(4);
        var extractor = new ClaimExtractor(LabelledCorpus.Parties);
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = "$€£¥億萬兆千百一二 0123456789.,;:!?。,「」()\n upto約超過最多 NvidiaOpenAI輝達"[random.Next(60)];
            }
            _ = extractor.Extract(new string(chars), new DateOnly(2026, 1, 31));
        }
    }

    [Fact]
    public void Malformed_front_matter_is_reported_with_file_and_line()
    {
        var path = _temp.File("post.md");
        File.WriteAllText(path, "---\ntitle: [unclosed\n---\nNvidia invests $1 billion in OpenAI.\n");
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(path));
        Assert.Contains("front matter", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
