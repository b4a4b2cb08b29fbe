namespace Reform.Site.Model;

/// <summary>A run of fiscal years (年度, April–March), by the Western year each starts in.
/// <see cref="To"/> is null for an open-ended plan. <see cref="OriginalTo"/> is the end the plan
/// had before it was extended (「1年延長」), when it was; <see cref="To"/> is then the extended end.</summary>
internal sealed record FiscalPeriod(int From, int? To, int? OriginalTo = null)
{
    public bool Contains(int fiscalYear) => fiscalYear >= From && (To is null || fiscalYear <= To);

    public IEnumerable<int> Years(int lastKnown) => Enumerable.Range(From, (To ?? lastKnown) - From + 1);

    public override string ToString() => $"{From}–{(To is int to ? to.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}";
}
