namespace Reform.Site.Rendering.Views;

/// <summary>All texts of one kind on a node (e.g. every 取組状況), under the city's heading.</summary>
public sealed record TextGroupView(string KindId, TextView Heading, IReadOnlyList<TextEntryView> Entries);
