namespace Reform.Site.Localization;

/// <summary>A Japanese era (元号) and the fiscal year it is counted from (令和: 2019 = 元年).</summary>
internal sealed record Era(string Name, int From);
