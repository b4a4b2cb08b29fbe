namespace Reform.Site.Model;

/// <summary>Where a reader asks about a plan or reports an error in its data (<c>plan.contact</c>):
/// who answers (the department in charge, in both languages) and an http(s) page or a mailto:
/// address, checked as every published link is (<see cref="Loading.LinkPolicy"/>).</summary>
internal sealed record PlanContact(LocalizedText Name, string Url);
