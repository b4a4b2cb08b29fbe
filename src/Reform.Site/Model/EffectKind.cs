namespace Reform.Site.Model;

internal enum EffectKind
{
    Planned,
    Actual,
}
