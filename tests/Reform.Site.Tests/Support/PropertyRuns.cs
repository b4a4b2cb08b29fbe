using FsCheck;
using Microsoft.FSharp.Core;

namespace Reform.Site.Tests.Support;

/// <summary>How the FsCheck properties run in the suite: a fixed seed, so CI sees the same cases
/// every run, and a bounded number of them.</summary>
public static class PropertyRuns
{
    public static Config Seeded(int runs) =>
        Config.QuickThrowOnFailure.WithMaxTest(runs)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261205UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
}
