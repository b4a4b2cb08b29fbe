namespace Reform.Site.Diagnostics;

internal enum Severity
{
    Warning,
    Error,
}
