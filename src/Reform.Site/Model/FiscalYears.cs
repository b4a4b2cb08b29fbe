namespace Reform.Site.Model;

/// <summary>The fiscal years the data may name, in plan.json as in the tables (their schemas
/// set the same bounds): wide enough for any plan, narrow enough that a year plus one, or a
/// Japanese era computed from it, can never overflow.</summary>
internal static class FiscalYears
{
    public const int First = 1950;

    public const int Last = 2100;
}
