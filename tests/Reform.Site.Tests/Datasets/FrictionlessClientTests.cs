using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>The JavaScript Frictionless client (datapackage and tableschema from package.json)
/// over every datapackage.json of the five-city build: the site-wide one in downloads/ and the
/// one in each ZIP. The descriptor is valid, every resource opens with its declared encoding and
/// dialect, its header is its schema's fields in order, and every row of every resource casts
/// against its schema, read as the client reads them (clients/frictionless.mjs reports).</summary>
public sealed class FrictionlessClientTests : IClassFixture<ShippedSiteTests.Site>, IDisposable
{
    private readonly BuiltSite _site;
    private readonly TempDir _zips = new();

    public FrictionlessClientTests(ShippedSiteTests.Site site) => _site = site.Built;

    public void Dispose() => _zips.Dispose();

    private string Downloads => Path.Combine(_site.Root, "downloads");

    [Fact]
    public void Every_data_package_is_valid_and_every_row_of_every_resource_casts()
    {
        var packages = new List<string> { Path.Combine(Downloads, "datapackage.json") };
        foreach (var zip in Directory.GetFiles(Downloads, "*.zip").Order(StringComparer.Ordinal))
        {
            var folder = _zips.Combine(Path.GetFileNameWithoutExtension(zip));
            ZipFile.ExtractToDirectory(zip, folder);
            Assert.True(File.Exists(Path.Combine(folder, "datapackage.json")), $"{zip} has no datapackage.json");
            packages.Add(Path.Combine(folder, "datapackage.json"));
        }
        Assert.Equal(7, packages.Count); // downloads/, the five plans' ZIPs and the ZIP of everything

        using var report = Run(packages);
        var resources = 0;
        var rows = 0;
        foreach (var package in report.RootElement.EnumerateArray())
        {
            var descriptor = package.GetProperty("descriptor").GetString()!;
            Assert.True(package.GetProperty("valid").GetBoolean(), $"{descriptor}: {package.GetProperty("errors")}");
            Assert.Empty(package.GetProperty("errors").EnumerateArray());
            foreach (var resource in package.GetProperty("resources").EnumerateArray())
            {
                var name = $"{descriptor} {resource.GetProperty("name").GetString()}";
                Assert.True(resource.GetProperty("opened").GetBoolean(), $"{name} does not open: {resource.GetProperty("errors")}");
                Assert.True(resource.GetProperty("errorCount").GetInt32() == 0, $"{name}: {resource.GetProperty("errors")}");
                resources++;
                rows += resource.GetProperty("rows").GetInt32();
            }
        }
        Assert.True(resources > 100 && rows > 10_000, $"{resources} resources, {rows} rows: the build is not the five cities'");
    }

    [Fact]
    public void Every_package_describes_exactly_the_CSVs_of_its_folder_and_they_are_the_spreadsheet_CSVs_without_the_BOM()
    {
        var folders = new List<string> { Downloads };
        foreach (var zip in Directory.GetFiles(Downloads, "*.zip").Order(StringComparer.Ordinal))
        {
            var folder = _zips.Combine(Path.GetFileNameWithoutExtension(zip));
            ZipFile.ExtractToDirectory(zip, folder);
            folders.Add(folder);
        }
        foreach (var folder in folders)
        {
            using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
            var described = package.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal).ToList();
            var copies = Path.Combine(folder, "datapackage");
            var csvs = Directory.GetFiles(copies, "*.csv", SearchOption.AllDirectories)
                .Select(f => "datapackage/" + Path.GetRelativePath(copies, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(csvs, described);
            foreach (var path in described)
            {
                var copy = File.ReadAllBytes(Path.Combine(folder, path));
                var forSpreadsheets = File.ReadAllBytes(Path.Combine(folder, path["datapackage/".Length..]));
                Assert.Equal([0xEF, 0xBB, 0xBF], forSpreadsheets.Take(3));
                Assert.Equal(forSpreadsheets.Skip(3), copy);
            }
        }
        // The ZIP of everything holds the site-wide descriptor itself, byte for byte.
        Assert.Equal(File.ReadAllBytes(Path.Combine(Downloads, "datapackage.json")), File.ReadAllBytes(_zips.Combine("reform-site-data", "datapackage.json")));
    }

    private static JsonDocument Run(IEnumerable<string> packages)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root, // the script requires the packages from the repository's node_modules
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _ = NodeModules.Root;
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "Reform.Site.Tests", "Datasets", "clients", "frictionless.mjs"));
        foreach (var package in packages) start.ArgumentList.Add(package);
        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {error.Result}");
        return JsonDocument.Parse(output);
    }
}
