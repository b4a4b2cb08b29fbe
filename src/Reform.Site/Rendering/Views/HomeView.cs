namespace Reform.Site.Rendering.Views;

internal sealed record HomeView(IReadOnlyList<PlanCardView> Plans, IReadOnlyList<LinkView> Pages, IReadOnlyList<HeadlineView>? Headlines = null);
