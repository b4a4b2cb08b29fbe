namespace Reform.Site.Model;

public enum EffectKind
{
    Planned,
    Actual,
}
