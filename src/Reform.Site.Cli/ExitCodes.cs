namespace Reform.Site.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int DataError = 1;
    public const int UsageError = 2;
    public const int InternalError = 70;
}
