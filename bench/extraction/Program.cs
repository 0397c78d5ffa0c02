// Extraction throughput: generates a news-like corpus (English and Chinese passages, most sentences
// without money, some with deals, facts and distractors) in /tmp, checks that the extractor's output
// (count and SHA-256 of every field) equals the reference in reference-output.txt, then times, in the
// same run, (1) a plain read of the bytes with UTF-8 decoding and (2) reading the same bytes and
// extracting candidates, on one thread and on every core, in blocks cut at paragraph breaks so memory
// stays bounded. Reports MB/s, CPU time and the ratio. Exit code 1 when the output differs.
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Ingest.Extraction;

var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var root = args.Length > 1 ? args[1] : FindRoot();
var path = Path.Combine(Path.GetTempPath(), $"dealgraph-extract-corpus-{megabytes}mb.txt");
Generate(path, megabytes * 1024L * 1024);
var parties = DatasetReader.Read([Path.Combine(root, "examples", "ai-megadeals", "parties.yaml")]).Parties;
var extractor = new ClaimExtractor(parties);
var bytes = new FileInfo(path).Length;
Console.WriteLine($"corpus {path}: {bytes:N0} bytes, {parties.Count} parties; {Environment.ProcessorCount} cores");

var mb = bytes / 1024.0 / 1024.0;
var date = new DateOnly(2026, 1, 31);
var threads = Environment.ProcessorCount;

// Check first (this also warms up the JIT): the output must be the reference implementation's, field for field.
using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
{
    long count = 0;
    foreach (var found in extractor.ExtractBlocks(Blocks(path), date, threads))
    {
        count += found.Count;
        Fingerprint(hash, found);
    }
    var digest = Convert.ToHexStringLower(hash.GetHashAndReset());
    var reference = File.ReadLines(Path.Combine(root, "bench", "extraction", "reference-output.txt"))
        .Where(l => !l.StartsWith('#')).Select(l => l.Split(' ')).FirstOrDefault(f => f[0] == megabytes.ToString(CultureInfo.InvariantCulture));
    var verdict = reference is null ? "no reference for this size"
        : reference[1] == count.ToString(CultureInfo.InvariantCulture) && reference[2] == digest ? "IDENTICAL to the reference output"
        : $"DIFFERENT from the reference output ({reference[1]} candidates, sha256 {reference[2]})";
    Console.WriteLine($"output: {count} candidates, sha256 {digest}: {verdict}");
    if (reference is not null && verdict[0] == 'D')
    {
        Environment.ExitCode = 1;
    }
}

for (var round = 1; round <= 2; round++)
{
    var read = Stopwatch.StartNew();
    long chars = 0;
    foreach (var block in Blocks(path))
    {
        chars += block.Length;
    }
    read.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round {round}: plain read+decode {mb / read.Elapsed.TotalSeconds:0.0} MB/s ({read.Elapsed.TotalSeconds:0.00} s, {chars:N0} chars)"));
    foreach (var degree in new[] { 1, threads }.Distinct())
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var extract = Stopwatch.StartNew();
        long candidates = 0;
        foreach (var found in extractor.ExtractBlocks(Blocks(path), date, degree))
        {
            candidates += found.Count;
        }
        extract.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: extract on {degree} thread(s) {mb / extract.Elapsed.TotalSeconds:0.0} MB/s ({extract.Elapsed.TotalSeconds:0.00} s, CPU {cpu.TotalSeconds:0.00} s, {candidates:N0} candidates); " +
            $"ratio extract/read = {read.Elapsed.TotalSeconds / extract.Elapsed.TotalSeconds:0.000}; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024 / 1024} MB; " +
            $"GCs {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
    }
}

// Every field of every candidate, in order, so two implementations can be compared byte for byte.
static void Fingerprint(IncrementalHash hash, IReadOnlyList<Candidate> candidates)
{
    var sb = new StringBuilder();
    foreach (var c in candidates)
    {
        sb.Append(CultureInfo.InvariantCulture, $"{c.Type}|{Party(c.Payer)}|{Party(c.Payee)}|{Party(c.Party)}|{c.Metric}|{c.Kind}|");
        sb.Append(CultureInfo.InvariantCulture, $"{c.Amount?.Qualifier}|{c.Amount?.Low}|{c.Amount?.High}|{c.Amount?.Currency}|{c.CurrencyStated}|{c.Status}|");
        sb.Append(CultureInfo.InvariantCulture, $"{string.Join(",", c.StatusWords)}|{c.Terms}|{c.Effective}|{c.Quote}|{c.Span.Start}-{c.Span.End}|{c.Cue}|{c.FromContext}|{c.Confidence}\n");
    }
    hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));

    static string Party(PartyMention? p) => p is null ? "" : $"{p.Id}/{p.Known}/{p.Span.Start}-{p.Span.End}";
}

// Blocks of about 1 MiB, cut after a blank line so no sentence is split.
static IEnumerable<string> Blocks(string path)
{
    using var reader = new StreamReader(path, new UTF8Encoding(false, true), false, 1 << 16);
    var sb = new StringBuilder(1 << 21);
    string? line;
    while ((line = reader.ReadLine()) is not null)
    {
        sb.Append(line).Append('\n');
        if (line.Length == 0 && sb.Length >= 1 << 20)
        {
            yield return sb.ToString();
            sb.Clear();
        }
    }
    if (sb.Length > 0)
    {
        yield return sb.ToString();
    }
}

static void Generate(string path, long size)
{
    if (File.Exists(path) && new FileInfo(path).Length >= size)
    {
        return;
    }
    string[] passages =
    [
        "Nvidia will invest up to $100 billion in OpenAI under a letter of intent, the companies said on Monday.",
        "The company reported strong demand for its products in the quarter, and executives said supply remains tight.",
        "Amazon is in talks to invest as much as $50 billion in OpenAI, people familiar with the discussions said.",
        "Analysts expect the AI accelerator market to become a $400 billion market by 2030.",
        "OpenAI raised $40 billion from SoftBank at a $300 billion valuation.",
        "The model was trained with 100 billion parameters on 20% more data than in 2024.",
        "Jensen Huang said Nvidia would make a huge investment in OpenAI, but nothing like $100 billion.",
        "Shares rose 3% in early trading before giving back some of the gains by the close.",
        "去年九月看到 Nvidia 要投資 OpenAI 1000 億美元的新聞時,我第一個反應不是興奮。",
        "華爾街日報報導,1000 億的交易基本上涼了,原本的協議是「不具約束力」的。",
        "Amazon 據說還在談要砸 500 億美元在 OpenAI 上,但市場正在降溫。",
        "他們一直在募資,把估值推得越來越高,現在據說是 8300 億美元。",
        "這件事對工程師的日常工作影響不大,GPU 價格也不會因此突然降價。",
        "OpenAI 向甲骨文採購約 3000 億美元的運算力,雙方已簽署合約。",
    ];
    var random = new Random(42);
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    long written = 0;
    while (written < size)
    {
        var sentences = random.Next(2, 6);
        var paragraph = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            paragraph.Append(passages[random.Next(passages.Length)]).Append(' ');
        }
        paragraph.Append("\n\n");
        var text = paragraph.ToString();
        writer.Write(text);
        written += Encoding.UTF8.GetByteCount(text);
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Dealgraph.slnx")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Dealgraph.slnx not found");
}
