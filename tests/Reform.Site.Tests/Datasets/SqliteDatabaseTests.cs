using System.Globalization;
using Microsoft.Data.Sqlite;
using Reform.Site.Datasets;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>The SQLite download, judged by a real client (Microsoft.Data.Sqlite): its keys hold,
/// and its views answer the common questions as the model does, for the five shipped cities.</summary>
public sealed class SqliteDatabaseTests : IClassFixture<ShippedSiteTests.Site>
{
    private readonly BuiltSite _site;

    public SqliteDatabaseTests(ShippedSiteTests.Site site) => _site = site.Built;

    private SqliteConnection Open()
    {
        var path = Path.Combine(_site.Root, "downloads", SitePaths.SqliteDatabase);
        Assert.True(File.Exists(path), path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object?[]> Query(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static DataSet Model() => DataLoader.Load(RepoPaths.ShippedFixture).DataSet;

    [Fact]
    public void Foreign_keys_hold_and_every_table_and_view_is_described_in_both_languages()
    {
        using var db = Open();
        Assert.Empty(Query(db, "PRAGMA foreign_key_check"));
        Assert.Equal("ok", Query(db, "PRAGMA integrity_check").Single()[0]);
        var objects = Query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'texts_fts_%' ORDER BY name")
            .Select(r => (string)r[0]!).ToList();
        var about = Query(db, "SELECT name, description_ja, description_en FROM _about");
        Assert.Equal(objects, about.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.All(about, r => Assert.False(string.IsNullOrWhiteSpace((string?)r[1]) || string.IsNullOrWhiteSpace((string?)r[2])));
        var data = Model();
        Assert.Equal(data.Plans.Count, Convert.ToInt32(Query(db, "SELECT COUNT(*) FROM plans").Single()[0], CultureInfo.InvariantCulture));
        Assert.Equal(data.Plans.Sum(p => p.Nodes.Count), Convert.ToInt32(Query(db, "SELECT COUNT(*) FROM nodes").Single()[0], CultureInfo.InvariantCulture));
        Assert.Equal(data.Plans.Sum(p => p.Texts.Count), Convert.ToInt32(Query(db, "SELECT COUNT(*) FROM texts").Single()[0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Item_latest_gives_each_rated_item_its_latest_rating_and_its_effects()
    {
        var data = Model();
        var expected = data.Plans.SelectMany(p => p.Ratings.GroupBy(r => (r.NodeId, r.AssessmentId)).Select(g =>
        {
            var latest = g.MaxBy(r => r.FiscalYear)!;
            var planned = p.Effects.Where(e => e.NodeId == g.Key.NodeId && e.Kind == EffectKind.Planned && e.Amount is not null).Select(e => (double)e.Amount!.Yen).ToList();
            return $"{p.Key}|{g.Key.NodeId}|{g.Key.AssessmentId}|{latest.FiscalYear}|{latest.Value}|{(planned.Count == 0 ? "" : planned.Sum().ToString("R", CultureInfo.InvariantCulture))}";
        })).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(data.Plans.Count(p => p.Ratings.Count > 0), expected.Select(e => e.Split('|')[0]).Distinct().Count());

        using var db = Open();
        var actual = Query(db, "SELECT plan_key, node_id, assessment_id, fiscal_year, value, effect_planned_yen FROM item_latest")
            .Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}|{r[4]}|{(r[5] is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "")}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Rating_counts_count_the_normalised_levels_per_plan_and_year()
    {
        var data = Model();
        var expected = data.Plans.SelectMany(p => p.Ratings
            .Select(r => (r, Code: p.ScaleOf(r.AssessmentId) is { Kind: ScaleKind.Ordinal } s ? s.Level(r.Value)?.Code : null))
            .Where(x => x.Code is not null)
            .GroupBy(x => (x.r.AssessmentId, x.r.FiscalYear, x.Code))
            .Select(g => $"{p.Key}|{g.Key.AssessmentId}|{g.Key.FiscalYear}|{g.Key.Code}|{g.Count()}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        using var db = Open();
        var actual = Query(db, "SELECT plan_key, assessment_id, fiscal_year, level_code, count FROM rating_counts")
            .Select(r => string.Join('|', r)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Topic_effects_sum_the_effects_of_the_items_mapped_to_each_topic()
    {
        var data = Model();
        var expected = data.Topics.SelectMany(t => data.Plans.Select(p =>
        {
            var nodes = p.Nodes.Where(n => n.Topics.Contains(t.Id)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var effects = p.Effects.Where(e => e.NodeId is not null && nodes.Contains(e.NodeId)).ToList();
            var actual = effects.Where(e => e.Kind == EffectKind.Actual && e.Amount is not null).Select(e => (double)e.Amount!.Yen).ToList();
            return (nodes.Count, Row: $"{t.Id}|{p.Key}|{nodes.Count}|{effects.Count}|{(actual.Count == 0 ? "" : actual.Sum().ToString("R", CultureInfo.InvariantCulture))}");
        })).Where(x => x.Count > 0).Select(x => x.Row).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        using var db = Open();
        var rows = Query(db, "SELECT topic_id, plan_key, nodes, effects, actual_yen FROM topic_effects")
            .Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}|{(r[4] is double d ? d.ToString("R", CultureInfo.InvariantCulture) : "")}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Full_text_search_finds_a_Japanese_word_of_the_texts()
    {
        var data = Model();
        var texts = data.Plans.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        // A word of the texts, from the model: the first run of three kanji or kana.
        var word = texts.Select(t => FirstJapaneseRun(t.Ja, 3)).First(w => w is not null)!;
        using var db = Open();
        var hits = Query(db, "SELECT rowid FROM texts_fts WHERE texts_fts MATCH $q", ("$q", $"\"{word}\""));
        Assert.NotEmpty(hits);
        if (SqliteDatabase.Tokenizer == "trigram")
            Assert.Equal(texts.Count(t => t.Ja.Contains(word, StringComparison.Ordinal) || (t.En?.Contains(word, StringComparison.Ordinal) ?? false)), hits.Count);
    }

    [Fact]
    public void The_database_is_byte_identical_from_the_same_input()
    {
        var data = Model();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        SqliteDatabase.Write(data, first);
        SqliteDatabase.Write(data, second);
        Assert.True(first.ToArray().AsSpan().SequenceEqual(second.ToArray()));
        Assert.True(first.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Root, "downloads", SitePaths.SqliteDatabase))));
    }

    [Fact]
    public void Ids_number_each_table_s_rows_across_the_plans_in_model_order()
    {
        var data = Model();
        using var db = Open();
        var rows = Query(db, "SELECT id, plan_key, node_id, fiscal_year, assessment_id FROM ratings ORDER BY id");
        var expected = data.Plans.SelectMany(p => p.Ratings.Select(r => $"{p.Key} {r.NodeId} {r.FiscalYear} {r.AssessmentId}")).ToList();
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => (long)i), rows.Select(r => (long)r[0]!));
        Assert.Equal(expected, rows.Select(r => $"{r[1]} {r[2]} {r[3]} {r[4]}"));
        var texts = Query(db, "SELECT id, plan_key, text_ja FROM texts ORDER BY id");
        Assert.Equal(data.Plans.SelectMany(p => p.Texts.Select(t => $"{p.Key} {t.Text.Ja}")), texts.Select(r => $"{r[1]} {r[2]}"));
        Assert.Equal(Enumerable.Range(1, texts.Count).Select(i => (long)i), texts.Select(r => (long)r[0]!));
    }

    [Fact]
    public void The_full_text_index_copied_in_agrees_with_the_texts()
    {
        using var temp = new TempDir();
        var copy = Path.Combine(temp.Path, "copy.sqlite");
        File.Copy(Path.Combine(_site.Root, "downloads", SitePaths.SqliteDatabase), copy);
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
        db.Open();
        // FTS5 compares its index with the texts table and fails the statement when they disagree.
        Query(db, "INSERT INTO texts_fts (texts_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal("ok", Query(db, "PRAGMA integrity_check").Single()[0]);
    }

    [Fact]
    public void Pieces_kept_between_builds_give_the_bytes_a_build_without_them_gives()
    {
        var data = Model();
        using var cache = new TempDir();
        var inputs = new Reform.Site.Infrastructure.InputFingerprint("shared", data.Plans.ToDictionary(p => p.Key, _ => "1"));
        var fresh = Bytes(data, null);
        Assert.True(fresh.AsSpan().SequenceEqual(Bytes(data, SqliteParts.Persistent(cache.Path, inputs))), "made the pieces");
        var pieces = Path.Combine(cache.Path, "sqlite");
        Assert.Equal(data.Plans.Count + 1, Directory.GetFiles(pieces, "*.sqlite").Length); // each plan's and the texts'
        Assert.Empty(Directory.GetFiles(pieces, "*.tmp"));
        Assert.True(fresh.AsSpan().SequenceEqual(Bytes(data, SqliteParts.Persistent(cache.Path, inputs))), "read the pieces");

        // One rating of one plan changed (and its folder's hash with it): that plan's piece is made
        // again, the others' and the texts' are kept, and the bytes are a fresh build's.
        var plan = data.Plans[^1];
        var rating = plan.Ratings[0];
        var changed = data with { Plans = [.. data.Plans.SkipLast(1), plan with { Ratings = [rating with { Value = rating.Value == "A" ? "B" : "A" }, .. plan.Ratings.Skip(1)] }] };
        var changedInputs = inputs with { Plans = inputs.Plans.ToDictionary(p => p.Key, p => p.Key == plan.Key ? "2" : p.Value) };
        var changedFresh = Bytes(changed, null);
        Assert.False(changedFresh.AsSpan().SequenceEqual(fresh));
        Assert.True(changedFresh.AsSpan().SequenceEqual(Bytes(changed, SqliteParts.Persistent(cache.Path, changedInputs))), "a changed plan");
        Assert.Equal(data.Plans.Count + 2, Directory.GetFiles(pieces, "*.sqlite").Length);

        // A kept piece that is not a database any more (a disk that filled, a stray edit) is made again.
        var damaged = Directory.GetFiles(pieces, "*.sqlite").Order(StringComparer.Ordinal).First();
        File.WriteAllText(damaged, "not a database");
        Assert.True(changedFresh.AsSpan().SequenceEqual(Bytes(changed, SqliteParts.Persistent(cache.Path, changedInputs))), "a damaged piece");
        Assert.True(changedFresh.AsSpan().SequenceEqual(Bytes(changed, SqliteParts.Persistent(cache.Path, changedInputs))), "pieces made again");

        static byte[] Bytes(DataSet data, SqliteParts? parts)
        {
            using var stream = new MemoryStream();
            SqliteDatabase.Write(data, stream, parts);
            return stream.ToArray();
        }
    }

    [Fact]
    public void With_texts_in_a_store_the_texts_piece_is_kept_while_no_text_changes_and_made_again_when_one_does()
    {
        using var temp = new TempDir();
        using var store = new TextStore(temp.Path);
        var data = DataLoader.Load(RepoPaths.ShippedFixture, texts: store).DataSet;
        Assert.All(data.Plans, p => Assert.NotNull(p.TextsDigest));
        using var cache = new TempDir();
        var inputs = new Reform.Site.Infrastructure.InputFingerprint("shared", data.Plans.ToDictionary(p => p.Key, _ => "1"));
        var fresh = Bytes(data, null);
        Assert.True(fresh.AsSpan().SequenceEqual(Bytes(data, SqliteParts.Persistent(cache.Path, inputs))), "made the pieces");
        var pieces = Path.Combine(cache.Path, "sqlite");
        var before = Directory.GetFiles(pieces, "*.sqlite").ToHashSet();

        // A rating changed: the plan's piece is made again, the texts' is kept.
        var plan = data.Plans[^1];
        var rating = plan.Ratings[0];
        var rated = data with { Plans = [.. data.Plans.SkipLast(1), plan with { Ratings = [rating with { Value = rating.Value == "A" ? "B" : "A" }, .. plan.Ratings.Skip(1)] }] };
        var ratedInputs = inputs with { Plans = inputs.Plans.ToDictionary(p => p.Key, p => p.Key == plan.Key ? "2" : p.Value) };
        Assert.True(Bytes(rated, null).AsSpan().SequenceEqual(Bytes(rated, SqliteParts.Persistent(cache.Path, ratedInputs))), "a rating changed");
        Assert.Single(Directory.GetFiles(pieces, "*.sqlite").Except(before));

        // A text changed (kept in the store again, as a build keeps it): the texts' piece is made
        // again, and the database is what a build without pieces makes.
        var text = plan.Texts[0];
        var edited = store.Keep(plan with { Texts = [text with { Text = new LocalizedText(text.Text.Ja + "（訂正）", text.Text.En) }, .. plan.Texts.Skip(1)] });
        Assert.NotEqual(plan.TextsDigest, edited.TextsDigest);
        var retexted = data with { Plans = [.. data.Plans.SkipLast(1), edited] };
        var retextedInputs = inputs with { Plans = inputs.Plans.ToDictionary(p => p.Key, p => p.Key == plan.Key ? "3" : p.Value) };
        var retextedFresh = Bytes(retexted, null);
        Assert.False(retextedFresh.AsSpan().SequenceEqual(fresh));
        Assert.True(retextedFresh.AsSpan().SequenceEqual(Bytes(retexted, SqliteParts.Persistent(cache.Path, retextedInputs))), "a text changed");
        Assert.Equal(3, Directory.GetFiles(pieces, "*.sqlite").Except(before).Count()); // the plan's two new pieces, the texts' new one

        static byte[] Bytes(DataSet data, SqliteParts? parts)
        {
            using var stream = new MemoryStream();
            SqliteDatabase.Write(data, stream, parts);
            return stream.ToArray();
        }
    }

    [Fact]
    public void The_downloads_page_links_the_database()
    {
        foreach (var lang in new[] { "ja", "en" })
            Assert.Contains($"downloads/{SitePaths.SqliteDatabase}", File.ReadAllText(Path.Combine(_site.Root, lang, "downloads", "index.html")), StringComparison.Ordinal);
    }

    private static string? FirstJapaneseRun(string text, int length)
    {
        static bool IsJapanese(char c) => c is >= '\u3041' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';
        for (var i = 0; i + length <= text.Length; i++)
            if (text.AsSpan(i, length).ToArray().All(IsJapanese)) return text.Substring(i, length);
        return null;
    }
}
