namespace Reform.Site.Localization;

/// <summary>A Japanese era (元号): the fiscal year it is counted from (令和: 2019 = 元年), and the
/// day it began, for calendar dates (令和 began on 1 May 2019, so April 2019 is 平成31年).</summary>
internal sealed record Era(string Name, int From, DateOnly Began);
