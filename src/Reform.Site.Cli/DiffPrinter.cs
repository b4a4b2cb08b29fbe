using Reform.Site.Changes;

namespace Reform.Site.Cli;

/// <summary>Shows a data diff to people: one line per change, grouped by plan and node.</summary>
internal static class DiffPrinter
{
    public static void Text(IReadOnlyList<PlanChanges> plans, TextWriter output)
    {
        if (plans.Count == 0) output.WriteLine("no changes / 変更なし");
        foreach (var plan in plans)
        {
            output.WriteLine($"== {plan.PlanKey}{(plan.PlanKind is { } k ? $" ({k.ToString().ToLowerInvariant()})" : "")}");
            foreach (var c in plan.Changes)
                output.WriteLine($"  {Sign(c.Kind)} {c.Subject} {c.Key}: {Describe(c)}");
        }
        var whole = plans.Count(p => p.PlanKind is not null);
        output.WriteLine($"{plans.Sum(p => p.Changes.Count)} change(s) in {plans.Count - whole} plan(s){(whole > 0 ? $", {whole} plan(s) added or removed" : "")}");
    }

    public static void Markdown(IReadOnlyList<PlanChanges> plans, TextWriter output)
    {
        output.WriteLine("## reform-site diff");
        if (plans.Count == 0) output.WriteLine("\nno changes / 変更なし");
        foreach (var plan in plans)
        {
            output.WriteLine($"\n### {plan.PlanKey}{(plan.PlanKind is { } k ? $" ({k.ToString().ToLowerInvariant()})" : "")}\n");
            if (plan.Changes.Count == 0) continue;
            output.WriteLine("| | what | key | before | after |\n|---|---|---|---|---|");
            foreach (var c in plan.Changes)
                output.WriteLine($"| {Sign(c.Kind)} | {c.Subject} | `{c.Key}` | {Cell(c.Old)} | {Cell(c.New)} |");
        }
    }

    private static string Sign(ChangeKind kind) => kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "-", _ => "~" };

    private static string Describe(Change c) => c.Kind switch
    {
        ChangeKind.Added => Short(c.New),
        ChangeKind.Removed => Short(c.Old),
        _ => $"{Short(c.Old)} → {Short(c.New)}",
    };

    private static string Short(string? s) => s is null ? "" : (s.Length > 80 ? s[..79] + "…" : s).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cell(string? s) => Short(s).Replace("|", "\\|", StringComparison.Ordinal);
}
