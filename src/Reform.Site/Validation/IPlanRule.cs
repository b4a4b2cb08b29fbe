namespace Reform.Site.Validation;

/// <summary>One family of checks over one plan. Rules only report; they never throw and
/// never stop the others, so a user sees every problem at once.</summary>
internal interface IPlanRule
{
    void Check(PlanContext context);
}
