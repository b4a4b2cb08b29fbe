namespace Reform.Site.Validation;

/// <summary>Whether a mean a report printed agrees with the values it averages: reports round it
/// half away from zero, or cut it off, at the scale's decimals, so either reading agrees.</summary>
internal static class PrintedMean
{
    public static bool Agrees(decimal printed, IReadOnlyList<decimal> values, int decimals, out decimal rounded)
    {
        var mean = values.Average();
        rounded = decimal.Round(mean, decimals, MidpointRounding.AwayFromZero);
        var scale = (decimal)Math.Pow(10, decimals);
        return printed == rounded || printed == decimal.Truncate(mean * scale) / scale;
    }
}
