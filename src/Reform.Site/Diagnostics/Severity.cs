namespace Reform.Site.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
