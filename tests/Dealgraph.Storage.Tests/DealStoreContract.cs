using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Tests;

namespace Dealgraph.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IDealStore"/> must have. Each store's test class derives from
/// this and says how to open a fresh store, so stores can never disagree unnoticed.
/// </summary>
public abstract class DealStoreContract : IDisposable
{
    private readonly List<IDealStore> _opened = [];

    /// <summary>Opens a new, empty store; <paramref name="name"/> distinguishes several in one test.</summary>
    protected abstract IDealStore CreateStore(string name = "main");

    /// <summary>Opens the store created earlier under <paramref name="name"/> again.</summary>
    protected abstract IDealStore ReopenStore(string name = "main");

    /// <summary>Runs raw SQL on the store created under <paramref name="name"/>, on a connection of its own (as another tool would).</summary>
    protected abstract void ExecuteSql(string sql, string name = "main");

    /// <summary>SQL that takes a database back to schema version 2: no unique index on claims(id), version recorded as 2.</summary>
    protected abstract string BackToSchema2Sql { get; }

    protected IDealStore Track(IDealStore store)
    {
        _opened.Add(store);
        return store;
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
        GC.SuppressFinalize(this);
    }

    private static Dataset Mini() => DatasetReader.Read([RepoPaths.Data("datasets", "mini")]);

    /// <summary>Files of tests/data/claim-ids, read against the mini dataset only (not the store), so only the store can catch a clash.</summary>
    private static Dataset ClaimIds(params string[] files) => DatasetReader.Read(files.Select(f => RepoPaths.Data(["claim-ids", .. f.Split('/')])), Mini());

    private const string SecondClaimWithAnExistingId = """
        INSERT INTO claims (deal_id, seq, id, source_id, reported, effective, stance, rank)
        VALUES ('nvidia-openai-round', 99, 'nvidia-openai-loi#1', 'wsj-2026-01-30', '2026-01-30', '2026-01-30', 'asserts', 'normal')
        """;

    [Fact]
    public void A_new_store_is_at_the_latest_schema_version_and_empty()
    {
        var store = CreateStore();

        Assert.True(store.SchemaVersion >= 1);
        Assert.Equal(StoreCounts.None, store.Count());
    }

    [Fact]
    public void The_change_stamp_moves_with_every_import_that_writes_and_is_seen_by_another_connection()
    {
        var store = CreateStore();
        var other = ReopenStore();
        var empty = store.ChangeStamp();

        store.Import(Mini());
        var afterImport = other.ChangeStamp();
        store.Import(Mini());
        var afterNoOp = other.ChangeStamp();
        var changed = Mini();
        store.Import(new Dataset([.. changed.Parties, new Party("newco", "NewCo", PartyKind.Company, [])], changed.Sources, changed.Deals, changed.Facts, changed.FxRates));

        Assert.NotEqual(empty, afterImport);
        Assert.Equal(afterImport, afterNoOp);
        Assert.NotEqual(afterNoOp, other.ChangeStamp());
        Assert.Equal(store.ChangeStamp(), other.ChangeStamp());
    }

    [Fact]
    public void What_is_imported_loads_back_equal()
    {
        var store = CreateStore();
        var dataset = Mini();

        store.Import(dataset);
        var loaded = store.Load();

        Assert.Equal(dataset.Parties.OrderBy(p => p.Id), loaded.Parties);
        Assert.Equal(dataset.Sources.OrderBy(s => s.Id), loaded.Sources);
        Assert.Equal(dataset.Deals.OrderBy(d => d.Id), loaded.Deals);
    }

    [Fact]
    public void Decimals_unicode_and_missing_values_survive_exactly()
    {
        var store = CreateStore();
        var usd = Currency.Usd;
        var dataset = new Dataset(
            [new Party("tsmc", "台積電", PartyKind.Company, ["TSMC", "台積電", "Taiwan Semiconductor"]), new Party("b", "B", PartyKind.Fund, [])],
            [new Source("s", "聯合新聞網 udn", null, null, "zh-Hant", "<img src=x onerror=alert(1)>", SourceKind.News)],
            [new Deal("d", "t", DealKind.Loan, "tsmc", "b", [], "$10B per GW", [
                new Claim { Id = "d#1", SourceId = "s", Reported = new(2025, 1, 2), Effective = new(2024, 12, 31), Headline = Amount.Range(0.1m, 123456789012345678.9m, usd), Paid = Amount.Unknown(usd), Quote = "「不不不,絕對不會像這樣」" },
                new Claim { Id = "d#2", SourceId = "s", Reported = new(2025, 2, 2), Effective = new(2025, 2, 2), Stance = Stance.Denies, Rank = Rank.Deprecated, Binding = Amount.MoreThan(7m, Currency.Parse("TWD")) },
            ])],
            [new Fact { Id = "f", Party = "tsmc", Metric = FactMetric.Cash, Value = Amount.About(1.5e12m, Currency.Parse("TWD")), SourceId = "s", Reported = new(2025, 1, 1), Effective = new(2024, 12, 31) }],
            [new FxRate(Currency.Parse("TWD"), usd, 0.0305m, new(2025, 1, 1), "s")]);

        store.Import(dataset);
        var loaded = store.Load();

        Assert.Equal(dataset.Parties.OrderBy(p => p.Id, StringComparer.Ordinal), loaded.Parties);
        Assert.Equal(dataset.Sources, loaded.Sources);
        Assert.Equal(dataset.Deals, loaded.Deals);
        Assert.Equal(dataset.Facts, loaded.Facts);
        Assert.Equal(dataset.FxRates, loaded.FxRates);
    }

    [Fact]
    public void Reimporting_unchanged_data_changes_nothing()
    {
        var store = CreateStore();
        store.Import(Mini());

        var summary = store.Import(Mini());

        Assert.True(summary.NothingChanged);
        Assert.Equal(2, summary.Unchanged.Deals);
        Assert.Equal(6, summary.Unchanged.Claims);
    }

    [Fact]
    public void A_changed_deal_replaces_its_claims_as_a_whole()
    {
        var store = CreateStore();
        var dataset = Mini();
        store.Import(dataset);
        var loi = dataset.FindDeal("nvidia-openai-loi")!;
        var shorter = loi with { Title = "renamed", Claims = [.. loi.Claims.Take(2)] };

        var summary = store.Import(new Dataset([], [], [shorter], [], []));

        Assert.Equal(1, summary.Updated.Deals);
        var loaded = store.Load().FindDeal("nvidia-openai-loi")!;
        Assert.Equal("renamed", loaded.Title);
        Assert.Equal(2, loaded.Claims.Count);
        Assert.Equal(2 + 1, store.Count().Claims);
    }

    [Fact]
    public void A_changed_party_is_updated_even_when_deals_refer_to_it()
    {
        var store = CreateStore();
        store.Import(Mini());

        store.Import(new Dataset([new Party("nvidia", "Nvidia Corp.", PartyKind.Company, ["輝達"])], [], [], [], []));

        Assert.Equal("Nvidia Corp.", store.Load().FindParty("nvidia")!.Name);
        Assert.Equal(2, store.Count().Deals);
    }

    [Fact]
    public void A_failing_import_writes_nothing()
    {
        var store = CreateStore();
        store.Import(Mini());
        var before = store.Count();
        var orphan = new Deal("orphan", "refers to a party nobody stored", DealKind.Loan, "nobody", "openai", [], null,
            [new Claim { Id = "orphan#1", SourceId = "wsj-2026-01-30", Reported = new(2026, 1, 1), Effective = new(2026, 1, 1) }]);
        var dataset = new Dataset([new Party("new-party", "New", PartyKind.Company, [])], [], [orphan], [], []);

        Assert.ThrowsAny<Exception>(() => store.Import(dataset));

        Assert.Equal(before, store.Count());
        Assert.Null(store.Load().FindParty("new-party"));
    }

    [Fact]
    public void Two_imports_at_once_both_land_without_lost_or_duplicated_claims()
    {
        var store = CreateStore();
        var mini = Mini();
        store.Import(new Dataset(mini.Parties, mini.Sources, [], [], []));
        var other = ReopenStore();
        var edited = new Dataset([], [], [.. mini.Deals.Select(d => d with { Title = d.Title + " (edited)" })], [], []);

        Parallel.Invoke(() => store.Import(mini), () => other.Import(edited));

        Assert.Equal(2, store.Count().Deals);
        Assert.Equal(6, store.Count().Claims);
        var titles = store.Load().Deals.Select(d => d.Title).ToList();
        // Whichever landed last wins for both deals: an import is never interleaved with another.
        Assert.True(titles.All(t => t.EndsWith("(edited)", StringComparison.Ordinal)) || titles.All(t => !t.EndsWith("(edited)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Data_survives_closing_and_reopening()
    {
        var store = CreateStore();
        store.Import(Mini());
        store.Dispose();

        var reopened = ReopenStore();

        Assert.Equal(2, reopened.Count().Deals);
        Assert.True(reopened.Import(Mini()).NothingChanged);
    }

    [Fact]
    public void A_claim_id_already_held_by_another_stored_deal_is_refused_and_nothing_is_written()
    {
        var store = CreateStore();
        store.Import(Mini());
        store.Import(ClaimIds("first.yaml"));
        var before = store.Count();

        var error = Assert.Throws<Dealgraph.Core.InputException>(() => store.Import(ClaimIds("second.yaml")));

        Assert.Contains("claim id 'shared-claim' already belongs to deal first-loan", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.Count());
        Assert.Null(store.Load().FindDeal("second-loan"));
    }

    [Fact]
    public void A_deal_reimported_with_its_own_claim_ids_is_replaced_not_refused()
    {
        var store = CreateStore();
        store.Import(Mini());
        store.Import(ClaimIds("first.yaml"));
        var first = ClaimIds("first.yaml").Deals[0];

        var summary = store.Import(new Dataset([], [], [first with { Title = "First loan (edited)" }], [], []));

        Assert.Equal(1, summary.Updated.Deals);
        Assert.Equal("shared-claim", Assert.Single(store.Load().FindDeal("first-loan")!.Claims).Id);
    }

    [Fact]
    public void A_claim_id_may_move_from_a_replaced_deal_to_another_deal_in_the_same_import()
    {
        var store = CreateStore();
        store.Import(Mini());
        store.Import(ClaimIds("first.yaml"));

        var summary = store.Import(ClaimIds("moved/first.yaml", "second.yaml"));

        Assert.Equal((1, 1), (summary.Added.Deals, summary.Updated.Deals));
        var loaded = store.Load();
        Assert.Equal("first-claim", Assert.Single(loaded.FindDeal("first-loan")!.Claims).Id);
        Assert.Equal("shared-claim", Assert.Single(loaded.FindDeal("second-loan")!.Claims).Id);
    }

    [Fact]
    public void The_database_itself_refuses_a_second_claim_with_an_existing_id()
    {
        CreateStore().Import(Mini());

        Assert.ThrowsAny<System.Data.Common.DbException>(() => ExecuteSql(SecondClaimWithAnExistingId));
    }

    [Fact]
    public void An_older_database_holding_a_claim_id_twice_is_refused_on_open_naming_the_deals_and_left_as_it_was()
    {
        var store = CreateStore();
        store.Import(Mini());
        store.Dispose();
        ExecuteSql(BackToSchema2Sql);
        ExecuteSql(SecondClaimWithAnExistingId);

        var error = Assert.Throws<InvalidOperationException>(() => ReopenStore());

        Assert.Contains("claim id 'nvidia-openai-loi#1' on more than one deal (nvidia-openai-loi claims[0], nvidia-openai-round claims[99])", error.Message, StringComparison.Ordinal);
        ExecuteSql("DELETE FROM claims WHERE seq = 99");
        Assert.Equal(6, ReopenStore().Count().Claims);
    }

    [Fact]
    public void Reimported_numbered_facts_replace_their_party_and_metric_group_and_the_dropped_ones_are_counted()
    {
        var store = CreateStore();
        store.Import(Mini());
        store.Import(DatasetReader.Read([RepoPaths.Data("facts-reimport", "before")], Mini()));

        var summary = store.Import(DatasetReader.Read([RepoPaths.Data("facts-reimport", "after")], Mini()));

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 1, 0), summary.Removed);
        Assert.Equal((1, 1), (summary.Unchanged.Facts, summary.Updated.Facts));
        var facts = store.Load().Facts.ToDictionary(f => f.Id, f => f.Value.Low);
        Assert.Equal(["nvidia/cash#1", "openai-valuation-cnbc", "openai/valuation#1", "openai/valuation#2"], facts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(830e9m, facts["openai/valuation#2"]);
        Assert.True(store.Import(DatasetReader.Read([RepoPaths.Data("facts-reimport", "after")], Mini())).NothingChanged);
    }
}
