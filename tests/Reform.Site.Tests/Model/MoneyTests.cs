using Reform.Site.Model;

namespace Reform.Site.Tests.Model;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1200", "円", "1200")]
    [InlineData("47708", "千円", "47708000")]
    [InlineData("425.4", "万円", "4254000")] // a newsletter's 「425万4千円」
    [InlineData("2.5", "百万円", "2500000")]
    [InlineData("217", "億円", "21700000000")]
    public void An_amount_in_the_printed_unit_converts_to_yen(string amount, string unit, string yen) =>
        Assert.Equal(decimal.Parse(yen, System.Globalization.CultureInfo.InvariantCulture),
            new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit).Yen);

    [Fact]
    public void Every_unit_the_table_schema_allows_has_a_factor_and_an_English_name()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "schema", "tables", "effects.schema.json")))!;
        var units = schema["fields"]!.AsArray().Single(f => (string)f!["name"]! == "unit")!["constraints"]!["enum"]!.AsArray().Select(u => (string)u!).ToList();
        Assert.Equal(units.Order(StringComparer.Ordinal), Money.UnitFactors.Keys.Order(StringComparer.Ordinal));
        var en = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "theme", "i18n", "en.json"));
        Assert.All(units, unit => Assert.Contains($"\"unit.{unit}\"", en, StringComparison.Ordinal));
    }
}
