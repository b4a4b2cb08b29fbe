namespace Reform.Site.Changes;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
