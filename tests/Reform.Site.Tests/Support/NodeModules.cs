using System.Diagnostics;

namespace Reform.Site.Tests.Support;

/// <summary>The npm packages the tests use (design tokens, and the browser-level tools), installed
/// from package-lock.json on first use so that `dotnet test` alone works on a fresh machine.</summary>
public static class NodeModules
{
    private static readonly Lazy<string> Installed = new(Install);

    public static string Root => Installed.Value;

    public static string Package(string name) => Path.Combine(Root, name);

    private static string Install()
    {
        var root = Path.Combine(RepoPaths.Root, "node_modules");
        if (File.Exists(Path.Combine(root, ".package-lock.json"))) return root;
        var npm = Process.Start(new ProcessStartInfo("npm", "install --no-audit --no-fund")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEnd();
        npm.WaitForExit();
        if (npm.ExitCode != 0) throw new InvalidOperationException($"npm install failed: {error}{output.Result}");
        return root;
    }
}
