namespace Reform.Site.Model;

/// <summary>An amount in the unit the city printed (円, 千円, 万円, 百万円, 億円; 万円 as city
/// newsletters print 「425万4千円」, written 425.4 万円). The unit is kept
/// because cities round to it; <see cref="Yen"/> converts for sums across units.</summary>
internal sealed record Money(decimal Amount, string Unit)
{
    public static readonly IReadOnlyDictionary<string, decimal> UnitFactors = new Dictionary<string, decimal>
    {
        ["円"] = 1m,
        ["千円"] = 1_000m,
        ["万円"] = 10_000m,
        ["百万円"] = 1_000_000m,
        ["億円"] = 100_000_000m,
    };

    public decimal Yen => Amount * UnitFactors[Unit];
}
