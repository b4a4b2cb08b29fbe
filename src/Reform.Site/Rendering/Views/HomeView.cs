namespace Reform.Site.Rendering.Views;

public sealed record HomeView(IReadOnlyList<PlanCardView> Plans, IReadOnlyList<LinkView> Pages, IReadOnlyList<HeadlineView>? Headlines = null);
