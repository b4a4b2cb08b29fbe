namespace Reform.Site.Model;

/// <summary>How many nodes of one depth the report has (「全116項目」), for a report whose list
/// names only some of them (a newsletter that names 10 of 116 items). With it, the data says
/// that its list at that depth is partial, and of how many.</summary>
internal sealed record ReportItems(int Level, int Count);
