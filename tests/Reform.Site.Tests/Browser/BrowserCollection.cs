namespace Reform.Site.Tests.Browser;

/// <summary>All browser tests share one built site, one server and one Chromium.</summary>
[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>;
