using System.Text;
using Reform.Site.Infrastructure;

namespace Reform.Site.Tests.Infrastructure;

/// <summary>The hash the manifest keeps per output file: SHA-256, written as `sha256sum` prints it.</summary>
public sealed class ContentHashTests
{
    // FIPS 180-2's test vectors, as `printf abc | sha256sum` prints them.
    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Is_the_sha256_of_the_bytes_in_lower_case_hex(string text, string expected)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        Assert.Equal(expected, ContentHash.Of(bytes).ToString());
        Assert.Equal(ContentHash.Of(bytes), ContentHash.Of(new MemoryStream(bytes)));
    }

    [Fact]
    public void Reads_back_what_it_writes_and_tells_different_bytes_apart()
    {
        var hash = ContentHash.Of("<p>page</p>"u8);
        Assert.Equal(hash, ContentHash.Parse(hash.ToString()));
        Assert.Equal(hash, ContentHash.Parse(hash.ToString().ToUpperInvariant()));
        Assert.NotEqual(hash, ContentHash.Of("<p>page.</p>"u8));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ba7816bf")]
    [InlineData("zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad00")]
    public void Anything_else_is_not_a_hash(string? text) => Assert.Null(ContentHash.Parse(text));
}
