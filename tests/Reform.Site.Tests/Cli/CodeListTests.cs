using Reform.Site.Cli;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

public sealed class CodeListTests
{
    [Fact]
    public void The_published_list_of_validation_codes_is_up_to_date()
    {
        var output = new StringWriter();
        CodeListPrinter.Print(output);
        var published = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "validation-codes.md"));
        Assert.True(published == output.ToString(),
            "docs/validation-codes.md is stale: run `dotnet run --project src/Reform.Site.Cli -- validate --list-codes > docs/validation-codes.md`");
    }
}
