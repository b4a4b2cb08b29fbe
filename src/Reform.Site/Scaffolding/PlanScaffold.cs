using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Reform.Site.Loading;
using Reform.Site.Model;

namespace Reform.Site.Scaffolding;

/// <summary>Writes a new plan folder that validates as it is: plan.json, example rows in every
/// table a city usually fills in, and a README explaining each column (from the table schemas).</summary>
internal static class PlanScaffold
{
    public static IReadOnlyDictionary<string, string> Files(PlanScaffoldOptions o)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["plan.json"] = PlanJson(o),
            ["nodes.csv"] = Nodes(o),
            // Every example row carries （例）/(Example) in a cell, so validation warns (RS603) about
            // each one left in: an example department or effect is never published unnoticed.
            ["departments.csv"] = "id,name_ja,name_en,bureau_ja,bureau_en\nzaisei,（例）財政課,(Example) Finance Division,総務部,General Affairs Department\n",
            ["node_departments.csv"] = $"node_id,department_id,role\n{Leaf(o)},zaisei,lead\n",
            ["effects.csv"] = $"node_id,fy_from,fy_to,kind,amount,unit,approximate,text_ja,text_en\n{Leaf(o)},{o.Reported},{o.Reported},actual,1200,千円,,（例）効果額の説明,(Example) What the amount is\n",
            ["texts.csv"] = $"node_id,fiscal_year,kind,department_id,item,text_ja,text_en\n{Leaf(o)},{o.Reported},result,zaisei,,（例）取組の結果を書きます。,(Example) What was done.\n{Leaf(o)},{o.Reported},direction,zaisei,,（例）今後の課題と方向性を書きます。,(Example) Issues and next steps.\n",
            ["README.md"] = Readme(o),
        };
        if (o.Scale != "none")
            files["ratings.csv"] = $"node_id,fiscal_year,assessment,value,reason_ja,reason_en\n{Leaf(o)},{o.Reported},progress,{ExampleRating(o.Scale)},（例）評価の理由,(Example) Reason for the rating\n";
        return files;
    }

    private static string Leaf(PlanScaffoldOptions o) => string.Join("-", Enumerable.Range(1, o.LevelsJa.Count).Select(i => i == 1 ? "p1" : $"n{i}"));

    private static string Nodes(PlanScaffoldOptions o)
    {
        var sb = new StringBuilder("id,parent_id,level,number,title_ja,title_en,tags,themes,continued,ended_fy\n");
        string? parent = null;
        for (var depth = 1; depth <= o.LevelsJa.Count; depth++)
        {
            var id = string.Join("-", Enumerable.Range(1, depth).Select(i => i == 1 ? "p1" : $"n{i}"));
            sb.Append(CultureInfo.InvariantCulture, $"{id},{parent},{depth},{(depth == 1 ? "1" : "(1)")},（例）{o.LevelsJa[depth - 1]}の名前,(Example) Name of the {o.LevelsEn[depth - 1].ToLowerInvariant()},,,,\n");
            parent = id;
        }
        return sb.ToString();
    }

    private static string ExampleRating(string scale) => scale switch { "symbol3" => "good", "score" => "2", _ => "B" };

    private static string PlanJson(PlanScaffoldOptions o)
    {
        JsonObject Text(string ja, string en) => new() { ["ja"] = ja, ["en"] = en };
        var plan = new JsonObject
        {
            ["format"] = "reform-site/1",
            // The prefecture is the code's first two digits: derived, never asked.
            ["municipality"] = Prefectures.Of(o.Code) is { } prefecture
                ? new JsonObject { ["code"] = o.Code, ["name"] = Text(o.MunicipalityJa, o.MunicipalityEn), ["prefecture"] = Text(prefecture.Ja, prefecture.En!) }
                : new JsonObject { ["code"] = o.Code, ["name"] = Text(o.MunicipalityJa, o.MunicipalityEn) },
            ["plan"] = new JsonObject
            {
                ["id"] = o.PlanId,
                ["title"] = Text(o.TitleJa, o.TitleEn),
                ["report_title"] = Text($"{o.TitleJa}の取組状況", $"{o.TitleEn}: progress report"),
                ["period"] = new JsonObject { ["from"] = o.From, ["to"] = o.To },
                ["reported_fiscal_year"] = o.Reported,
                ["publisher"] = Text(o.MunicipalityJa, o.MunicipalityEn),
                ["published"] = (o.Reported + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["source"] = new JsonObject { ["title"] = Text($"{o.TitleJa}の取組状況", $"{o.TitleEn}: progress report"), ["url"] = "", ["file"] = "" },
                ["license"] = "PDL-1.0",
            },
            ["levels"] = new JsonArray(o.LevelsJa.Select((l, i) => (JsonNode)new JsonObject { ["depth"] = i + 1, ["name"] = Text(l, o.LevelsEn[i]) }).ToArray()),
            ["evaluators"] = new JsonArray(new JsonObject { ["id"] = "self", ["name"] = Text("担当課による自己評価", "Self-evaluation by the department") }),
            ["scales"] = new JsonArray(Scale(o.Scale)),
            ["assessments"] = o.Scale == "none" ? new JsonArray() : new JsonArray(new JsonObject { ["id"] = "progress", ["evaluator"] = "self", ["name"] = Text("進捗状況", "Progress"), ["scale"] = o.Scale }),
            ["tags"] = new JsonArray(),
            ["text_kinds"] = new JsonArray(
                new JsonObject { ["id"] = "result", ["name"] = Text("取組状況", "What was done") },
                new JsonObject { ["id"] = "direction", ["name"] = Text("今後の課題・方向性", "Issues and next steps") }),
            ["related_plans"] = new JsonArray(),
        };
        return plan.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode[] Scale(string preset)
    {
        JsonObject Level(string code, string symbol, int order, string ja, string en) =>
            new() { ["code"] = code, ["symbol"] = symbol, ["order"] = order, ["label"] = new JsonObject { ["ja"] = ja, ["en"] = en } };
        return preset switch
        {
            "a-d" => [new JsonObject { ["id"] = "a-d", ["kind"] = ScaleKind.Ordinal.ToCode(), ["levels"] = new JsonArray(
                Level("A", "A", 1, "計画を上回る", "Ahead of plan"), Level("B", "B", 2, "概ね計画どおり", "Broadly as planned"),
                Level("C", "C", 3, "計画どおり進捗せず", "Behind plan"), Level("D", "D", 4, "進捗がほぼなし", "Almost no progress")) }],
            "symbol3" => [new JsonObject { ["id"] = "symbol3", ["kind"] = ScaleKind.Ordinal.ToCode(), ["levels"] = new JsonArray(
                Level("excellent", "◎", 1, "計画より進んでいる", "Ahead of plan"), Level("good", "○", 2, "計画通り", "On plan"), Level("behind", "△", 3, "計画より遅れている", "Behind plan")) }],
            "score" => [new JsonObject { ["id"] = "score", ["kind"] = ScaleKind.Numeric.ToCode(), ["min"] = 0, ["max"] = 3, ["decimals"] = 0 }],
            _ => [],
        };
    }

    private static string TypeName(FieldType type) => type switch
    {
        FieldType.Integer => "整数 / integer",
        FieldType.Number => "数 / number",
        FieldType.Boolean => "true / false",
        _ => "文字 / text",
    };

    /// <summary>Column-by-column help for the folder, generated from the table schemas so it
    /// never disagrees with what validate checks.</summary>
    private static string Readme(PlanScaffoldOptions o)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {o.MunicipalityJa} {o.TitleJa}\n\n");
        sb.Append("このフォルダは reform-site new で作りました。（例）の行を実際の内容に置き換え、`reform-site validate` で確認してください。（例）の行が残っている間は警告 RS603 が出ます。\n");
        sb.Append("This folder was made by `reform-site new`. Replace the (Example) rows with real content and check with `reform-site validate`; it warns (RS603) about every example row left.\n\n");
        sb.Append("年度は西暦で書きます（令和3年度 → 2021）。コードや番号（001、(1)）を Excel で入力するときは、セルの書式を「文字列」にしてください。詳しい形式: docs/data-format.md\n");
        sb.Append("Fiscal years are Western years (令和3年度 → 2021). In Excel, format code and number cells (001, (1)) as Text. Full format: docs/data-format.md.\n");
        foreach (var table in TableSchemaCatalog.PlanTables)
        {
            var schema = TableSchemaCatalog.Get(table);
            sb.Append(CultureInfo.InvariantCulture, $"\n## {schema.FileName}\n\n{schema.DescriptionJa}\n{schema.Description}\n\n| 列 / column | 必須 / required | 種類 / type | 意味 | meaning |\n|---|---|---|---|---|\n");
            foreach (var f in schema.Fields)
            {
                var type = f.Enum is { } e ? string.Join(" / ", e) : f.IsFiscalYear ? "年度 / fiscal year" : f.Pattern is not null ? "ID" : TypeName(f.Type);
                sb.Append(CultureInfo.InvariantCulture, $"| `{f.Name}` | {(f.Required ? "必須 / yes" : "")} | {type}{(f.ListSeparator is not null ? "（; 区切り / list, ;）" : "")} | {f.DescriptionJa} | {f.Description} |\n");
            }
        }
        return sb.ToString();
    }
}
