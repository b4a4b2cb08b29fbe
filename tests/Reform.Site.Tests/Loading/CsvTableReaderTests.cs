using Reform.Site.Diagnostics;
using Reform.Site.Loading;

namespace Reform.Site.Tests.Loading;

public sealed class CsvTableReaderTests
{
    private static (Table Table, IReadOnlyList<Diagnostic> Diagnostics) Read(string csv, string table = "nodes")
    {
        var bag = new DiagnosticBag();
        var result = CsvTableReader.Parse(csv, new SourceLocation("plans/x/nodes.csv"), TableSchemaCatalog.Get(table), bag);
        return (result, bag.Items);
    }

    [Fact]
    public void Rows_are_numbered_as_Excel_shows_them_even_after_a_multi_line_cell()
    {
        var (_, diagnostics) = Read("id,level,title_ja\np1,1,\"二行の\n題名\"\np2,x,題名\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.NotWholeNumber, d.Code);
        Assert.Equal(3, d.Location.Row);
        Assert.Equal("level", d.Location.Column);
        Assert.Equal("B", d.Location.ColumnLetter);
    }

    [Fact]
    public void A_bad_code_is_reported_on_every_row_it_is_written_on_and_a_good_one_on_none()
    {
        // Each value is checked once and remembered only when it passes: a mistake copied down a
        // column must still be reported on each of its rows, with the row's own location.
        var (table, diagnostics) = Read("node_id,fiscal_year,assessment,value\nP-1,2023,overall,A\nP-1,2024,overall,B\np-2,2023,overall,A\np-2,2024,overall,A\nP-1,2025,overall,C\n", "ratings");
        Assert.All(diagnostics, d => Assert.Equal((Codes.InvalidId, "node_id", "P-1"), (d.Code, d.Location.Column, d.Argument("value"))));
        Assert.Equal([2, 3, 6], diagnostics.Select(d => d.Location.Row ?? 0));
        Assert.Equal(5, table.Rows.Count);
        Assert.All(table.Rows.Where(r => r.Location.Row is 4 or 5), r => Assert.Equal("p-2", r.Text("node_id")));
        Assert.Same(table.Rows[2].Text("node_id"), table.Rows[3].Text("node_id")); // one string per code
    }

    [Fact]
    public void Codes_are_trimmed_but_free_text_keeps_its_spacing()
    {
        var (table, diagnostics) = Read("id,level,title_ja\n p1 , 1 ,  全角　スペース \n");
        Assert.Empty(diagnostics);
        var row = Assert.Single(table.Rows);
        Assert.Equal("p1", row.Text("id"));
        Assert.Equal(1, row.Int("level"));
        Assert.Equal("  全角　スペース ", row.Text("title_ja"));
    }

    [Fact]
    public void An_unknown_column_names_the_known_ones()
    {
        var (_, diagnostics) = Read("id,level,title_ja,titel_en\np1,1,題名,Title\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.UnknownColumn, d.Code);
        Assert.Equal("D", d.Location.ColumnLetter);
        Assert.Contains("title_en", d.Argument("expected"));
    }

    [Fact]
    public void A_failed_cell_is_absent_from_the_row_and_marked_as_failed()
    {
        var (table, _) = Read("id,level,title_ja,continued\np1,1,題名,はい\n");
        var row = Assert.Single(table.Rows);
        Assert.Null(row.Bool("continued"));
        Assert.True(row.Failed("continued"));
    }

    [Fact]
    public void Blank_lines_are_ignored()
    {
        var (table, diagnostics) = Read("id,level,title_ja\n\np1,1,題名\n,,\n");
        Assert.Empty(diagnostics);
        Assert.Single(table.Rows);
    }
}
