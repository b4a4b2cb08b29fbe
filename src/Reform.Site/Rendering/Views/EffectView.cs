namespace Reform.Site.Rendering.Views;

/// <summary>An effect as shown: period, planned or actual, the amount in its unit, a text.</summary>
internal sealed record EffectView(int From, int To, string Kind, decimal? Amount, string? Unit, bool Approximate, TextView? Text)
{
    public bool SingleYear => From == To;
}
