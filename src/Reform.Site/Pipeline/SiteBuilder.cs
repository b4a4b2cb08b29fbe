namespace Reform.Site.Pipeline;

/// <summary>The build, as fixed stages (<see cref="BuildStages"/>, run by <see cref="BuildSession"/>):
/// fingerprint the inputs (nothing to do if they are those of the last build), load and validate
/// the data, read content and theme, plan the pages, then render them on every core into a staging
/// folder while the downloads and the change history are made alongside (pages of unchanged plans
/// are kept from the last build), commit, and index for search. Any error before the commit leaves
/// the previous output as it was. The result says how long each stage took and which one failed.</summary>
internal static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, Action<string>? progress = null)
    {
        using var session = new BuildSession(options, progress);
        return session.Run();
    }
}
