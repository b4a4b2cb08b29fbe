namespace Reform.Site.Validation;

/// <summary>A rule that compares figures with each other (totals, sums, means). It only runs
/// when the plan loaded without errors: with rows missing, every sum would be "wrong" and the
/// real problem would drown in consequences.</summary>
internal interface IConsistencyRule : IPlanRule;
