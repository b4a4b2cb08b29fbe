using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A rating the report printed for one of the plan's own tags as a whole (苫小牧市's
/// テーマ別・評価集計: theme Ⅰ, 39 practice items, progress 2.1 on average), for one fiscal year on
/// one assessment. A number on a numeric scale is the mean over the nodes carrying the tag.</summary>
internal sealed record TagRating(string TagId, int FiscalYear, string AssessmentId, string Value, RowSource Source);
