namespace Reform.Site.Rendering.Views;

/// <summary>A shared topic with how many nodes each city has under it.</summary>
internal sealed record TopicSummaryView(string Id, LinkView Topic, TextView? Description, int NodeCount, int PlanCount);
