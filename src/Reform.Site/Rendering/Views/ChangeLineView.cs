namespace Reform.Site.Rendering.Views;

internal sealed record ChangeLineView(string Kind, string Subject, LinkView? Node, string Key, string? Old, string? New);
