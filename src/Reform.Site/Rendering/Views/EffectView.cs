namespace Reform.Site.Rendering.Views;

/// <summary>An effect as shown: period, planned or actual, the amount in its unit, a text.</summary>
internal sealed record EffectView(int From, int To, string Kind, decimal? Amount, string? Unit, bool Approximate, TextView? Text)
{
    public bool SingleYear => From == To;

    /// <summary>What the amount measures when it is not this plan's own effect over its years:
    /// vs-base-year or multi-plan (the code); null for a single-year or cumulative amount.</summary>
    public string? Measure { get; init; }

    /// <summary>The base year of a vs-base-year amount.</summary>
    public int? BaseYear { get; init; }

    /// <summary>The plans a multi-plan total covers.</summary>
    public TextView? Plans { get; init; }
}
