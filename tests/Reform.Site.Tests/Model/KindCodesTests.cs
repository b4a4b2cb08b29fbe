using Reform.Site.Loading;
using Reform.Site.Model;

namespace Reform.Site.Tests.Model;

/// <summary>Each kind reads back as what it writes, and the effect kinds are exactly the values
/// the table schemas allow, so a kind added to one side cannot be missing on the other.</summary>
public sealed class KindCodesTests
{
    [Fact]
    public void Every_effect_kind_reads_back_as_it_writes()
    {
        foreach (var kind in Enum.GetValues<EffectKind>())
            Assert.Equal(kind, EffectKinds.Parse(kind.ToCode()));
        Assert.Null(EffectKinds.Parse("Planned"));
        Assert.Null(EffectKinds.Parse(null));
    }

    [Fact]
    public void Every_scale_kind_reads_back_as_it_writes()
    {
        foreach (var kind in Enum.GetValues<ScaleKind>())
            Assert.Equal(kind, ScaleKinds.Parse(kind.ToCode()));
        Assert.Null(ScaleKinds.Parse("Ordinal"));
    }

    [Theory]
    [InlineData("effects")]
    [InlineData("kpi_values")]
    public void The_effect_kinds_are_the_values_the_table_allows(string table)
    {
        var allowed = TableSchemaCatalog.Get(table).Field("kind")!.Enum!;
        Assert.Equal(allowed.Order(StringComparer.Ordinal), Enum.GetValues<EffectKind>().Select(k => k.ToCode()).Order(StringComparer.Ordinal));
    }
}
