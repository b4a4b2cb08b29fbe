namespace Reform.Site.Changes;

internal enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
