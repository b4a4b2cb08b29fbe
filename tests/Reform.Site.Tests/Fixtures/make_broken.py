# Regenerates broken/ from good/: each case is one deliberate mistake. Run: python3 make_broken.py
import os, shutil, json
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "good", "data")
OUT = os.path.join(HERE, "broken")
P = "plans/012131-sample-plan"
def base(rel): return open(os.path.join(BASE, rel), encoding="utf-8").read()
cases = {}
def case(name, expected, files=None, raw=None, delete=(), note="", also=(), content=None, links=None, sparse=None, warnings=()):
    cases[name] = (expected, files or {}, raw or {}, delete, note, also, None, content or {}, links or {}, sparse or {}, warnings)
def rep(rel, old, new, count=1):
    s = base(rel)
    assert old in s, (rel, old)
    return s.replace(old, new, count)
N = f"{P}/nodes.csv"; R = f"{P}/ratings.csv"; T = f"{P}/tallies.csv"; E = f"{P}/effects.csv"; J = f"{P}/plan.json"
X = f"{P}/texts.csv"; S = f"{P}/schedule.csv"
case("shift-jis-csv", [f"RS101 {N}"], raw={N: base(N).encode("cp932")}, note="Excel's default CSV on Japanese Windows")
case("invalid-utf8", [f"RS102 {X}"], raw={X: base(X).encode("utf-8").replace("引き続き".encode(), b"\xff\xfe")})
case("missing-column", [f"RS103 {N}:1 title_ja"], {N: "\n".join(",".join(c for i,c in enumerate(l.split(",")) if i != 4) for l in base(N).splitlines()) + "\n"})
case("unknown-column", [f"RS104 {N}:1 titel_en"], {N: rep(N, "title_en", "titel_en")})
case("duplicate-column", [f"RS105 {f'{P}/kpi_values.csv'}:1 note_en"], {f"{P}/kpi_values.csv": base(f"{P}/kpi_values.csv").replace("note_en", "note_en,note_en").replace(",,\n", ",,,\n")})
case("unclosed-quote", [f"RS106 {X}"], also=["RS107"], files={X: base(X) + 'p2,2021,result,,,"閉じていない引用符,\n'})
case("field-count", [f"RS107 {f'{P}/departments.csv'}:3"], {f"{P}/departments.csv": rep(f"{P}/departments.csv", "johou,情報政策課,Information Policy Division,,", "johou,情報政策課,Information Policy Division,,,,")})
case("missing-plan-json", [f"RS108 {J}"], delete=[J])
case("unknown-file", [f"RS109 {P}/node.csv"], {f"{P}/node.csv": "id\n"})
case("invalid-json", [f"RS110 {J}:3"], {J: rep(J, '"prefecture"', '"prefecture" ')[:0] + base(J).replace('"en": "Sample City" },', '"en": "Sample City" }', 1)})
case("plan-json-missing-field", [f"RS111 {J} plan.title"], {J: rep(J, '"title": { "ja": "見本市行財政改革プラン", "en": "Sample City Reform Plan" },', '')})
case("required-empty", [f"RS201 {N}:3 level"], {N: rep(N, "p1-i1,p1,2,", "p1-i1,p1,,")}, note="the node is dropped, so references to it dangle too")
case("not-integer", [f"RS202 {N}:4 level"], {N: rep(N, "p1-i1-a,p1-i1,3,", "p1-i1-a,p1-i1,三,")})
case("not-number", [f"RS203 {E}:2 amount"], {E: rep(E, "p1,2021,2021,actual,1500,", 'p1,2021,2021,actual,"1,500",')})
case("bad-boolean", [f"RS204 {N}:4 continued"], {N: rep(N, ",finance,true,", ",finance,はい,")})
case("bad-enum", [f"RS205 {E}:8 kind"], {E: rep(E, "p1-i1-b,2021,2021,planned", "p1-i1-b,2021,2021,見込み")})
case("out-of-range", [f"RS206 {N}:6 level"], {N: rep(N, "p2,,1,2,", "p2,,0,2,")})
case("unsafe-id", [f"RS207 {N}:6 id"], {N: rep(N, "p2,,1,2,", "P 2,,1,2,")}, also=["RS302"])
case("formula-cell", [f"RS208 {X}:3 text_ja", f"RS208 {X}:4 text_en"], {X: base(X).replace("引き続き見直す。", '"=HYPERLINK(""http://evil.example"",""click"")"').replace("申請の3割を電子化した。,", "申請の3割を電子化した。,-1件")})
case("duplicate-id", [f"RS301 {N}:6 id"], {N: rep(N, "p2,,1,2,", "p1,,1,2,")}, note="p2 disappears: its effect and the totals that included it no longer match", also=["RS302", "RS502", "RS504"])
case("dangling-parent", [f"RS302 {N}:3 parent_id"], {N: rep(N, "p1-i1,p1,2,", "p1-i1,p9,2,")}, note="p1 loses its child, so its tally no longer adds up", also=["RS502", "RS503"])
case("cyclic-parent", [f"RS303 {N}:2 parent_id"], {N: rep(N, "p1,,1,1,", "p1,p1-i1-a,1,1,")}, note="p1 is no longer top-level, so the plan total no longer matches its top-level nodes", also=["RS504"])
case("level-mismatch", [f"RS304 {N}:4 level"], {N: rep(N, "p1-i1-a,p1-i1,3,", "p1-i1-a,p1,3,")}, note="moving an initiative also changes the mean of its old parent", also=["RS506"])
case("undefined-level", [f"RS305 {N}:6 level"], {N: rep(N, "p2,,1,2,", "p2,p1-i1-b,4,2,")}, also=["RS504"])
case("duplicate-rating", [f"RS306 {R}:11"], {R: base(R) + "p1-i1-b,2021,total,4,,\n"})
case("plan-json-bad-reference", [f"RS307 {J} assessments[1].scale"], {J: rep(J, '"name": { "ja": "進捗度", "en": "Progress" }, "scale": "score"', '"name": { "ja": "進捗度", "en": "Progress" }, "scale": "scores"')})
case("unknown-rating", [f"RS401 {R}:6 value"], {R: rep(R, "p1-i1-b,2021,overall,Ｂ", "p1-i1-b,2021,overall,◎")})
case("year-outside-period", [f"RS402 {f'{P}/kpi_values.csv'}:3 fiscal_year"], {f"{P}/kpi_values.csv": rep(f"{P}/kpi_values.csv", "online-rate,2021,", "online-rate,3,")[:0] + base(f"{P}/kpi_values.csv").replace("online-rate,2021,", "online-rate,2031,")})
case("bad-municipality-code", [f"RS403 {P.replace('012131','012132')}/plan.json municipality.code"], rename=None) if False else None
cases_rename = {"bad-municipality-code": ("012132-sample-plan", [f"RS403 plans/012132-sample-plan/plan.json municipality.code"]),
                "folder-mismatch": ("012131-other", [f"RS404 plans/012131-other-sample-plan/plan.json plan.id"])}
case("amount-without-unit", [f"RS405 {E}:2 unit"], {E: rep(E, "p1,2021,2021,actual,1500,千円", "p1,2021,2021,actual,1500,")})
case("effect-without-content", [f"RS406 {E}:8 amount"], {E: rep(E, "窓口の待ち時間が短くなる,Shorter waiting times", ",")})
case("effect-period-reversed", [f"RS407 {E}:7 fy_from"], {E: rep(E, "p1-i1-a,2020,2021,", "p1-i1-a,2021,2020,")})
RP = "\n".join(l + (",fy_from,as_of" if i == 0 else ",,") for i, l in enumerate(base(R).splitlines())) + "\n"
case("rating-period-reversed", [f"RS407 {R}:11 fy_from"], {R: RP + "p1-i1-a,2021,overall,A,,,2022,\n"}, note="a final evaluation whose first year is after its last")
case("rating-as-of-outside-year", [f"RS206 {R}:11 as_of"], {R: RP + "p1-i1-a,2021,overall,A,,,,2022-04\n"}, note="April 2022 is in FY2022, not FY2021")
case("tally-on-numeric-scale", [f"RS408 {T}:9 assessment"], {T: base(T) + "p1,2021,progress,,2\n"})
case("schedule-task-mismatch", [f"RS409 {S}:3 task_ja"], {S: rep(S, "p1-i1-a,1,見直しの実施,Carry out the review,2021", "p1-i1-a,1,見直し,Carry out the review,2021")})
case("tally-total-mismatch", [f"RS501 {T}:5 count", f"RS502 {T}:8 count"], {T: rep(T, "p1,2021,overall,,2", "p1,2021,overall,,3")})
case("tally-subitems-mismatch", [f"RS502 {T}:6 count", f"RS501 {T}:8 count"], {T: rep(T, "\n,2021,overall,A,1", "\n,2021,overall,A,2")}, also=["RS503"])
case("tally-contradicts-ratings", [f"RS503 {T}:2 count", f"RS503 {T}:3 count", f"RS503 {T}:6 count", f"RS503 {T}:7 count"], {R: rep(R, "p1-i1-a,2021,overall,A", "p1-i1-a,2021,overall,B")})
case("effect-total-mismatch", [f"RS504 {E}:4 amount"], {E: rep(E, ",2021,2021,actual,2,百万円", ",2021,2021,actual,3,百万円")})
case("rating-sum-mismatch", [f"RS505 {R}:5 value"], {R: rep(R, "p1-i1-a,2021,total,5", "p1-i1-a,2021,total,6")})
case("rating-mean-mismatch", [f"RS506 {R}:10 value"], {R: rep(R, "p1-i1,2021,progress-mean,2.5", "p1-i1,2021,progress-mean,2.9")})
case("effect-years-mismatch", [f"RS507 {E}:7 amount"], {E: rep(E, "p1-i1-a,2020,2021,actual,3,", "p1-i1-a,2020,2021,actual,4,")})
case("no-plans", ["RS112 plans"], delete=[f"{P}/"])
# Hostile or careless input (issue 18): each is a class, and build refuses none that validate passes.
C = "content/ja/page.md"
PAGE = "---\ntitle: ページ\n---\n\n本文です。\n"
case("unsafe-url-scheme", [f"RS209 {J} plan.source.url"], {J: rep(J, '"url": ""', '"url": " JaVa\\tScript:alert(document.domain)"')}, note="tab and leading space as a browser ignores them")
case("data-url", [f"RS209 {J} plan.source.url"], {J: rep(J, '"url": ""', '"url": "data:text/html,<script>alert(1)</script>"')})
case("relative-url-in-data", [f"RS209 {J} plan.source.url"], {J: rep(J, '"url": ""', '"url": "reports/2021.pdf"')}, note="a data link has no page to be relative to")
case("control-character-csv", [f"RS210 {X}:3 text_ja"], {X: base(X).replace("引き続き見直す。", "引き続き\x00見直す。")})
case("noncharacter-json", [f"RS210 {J} plan.title.ja"], {J: rep(J, '"ja": "見本市行財政改革プラン"', '"ja": "見本市行財政改革プラン\\uFFFE"')}, also=["RS111"])
case("lone-surrogate-json", [f"RS210 {J} plan.description.en"], {J: rep(J, '"en": "A sample plan."', '"en": "A sample plan.\\ud800"')})
case("slug-with-newline", [f"RS207 {J} plan.id"], {J: rep(J, '"id": "sample-plan"', '"id": "sample-plan\\n"')}, note="$ in a pattern matches before a final line break; \\z does not", also=["RS111"])
case("windows-reserved-id", [f"RS207 {N}:6 id"], {N: rep(N, "p2,,1,2,", "con,,1,2,")}, also=["RS302"])
case("reserved-node-id", [f"RS308 {N}:6 id"], {N: rep(N, "p2,,1,2,", "downloads,,1,2,")}, note="its page would overwrite the plan's downloads page", also=["RS302"])
case("scale-max-overflow", [f"RS111 {J} scales[1].max"], {J: rep(J, '"kind": "numeric", "min": 0, "max": 3, "decimals": 0', '"kind": "numeric", "min": 0, "max": 1e309, "decimals": 0')}, also=["RS401"])
case("too-many-decimals", [f"RS111 {J} scales[3].decimals"], {J: rep(J, '"max": 3, "decimals": 1', '"max": 3, "decimals": 29')}, also=["RS401", "RS506"])
case("amount-overflow", [f"RS206 {E}:2 amount"], {E: rep(E, "p1,2021,2021,actual,1500,千円", "p1,2021,2021,actual,79228162514264337593543950335,億円")}, also=["RS405", "RS504"])
case("period-overflow", [f"RS111 {J} plan.period.to"], {J: rep(J, '"to": 2022', '"to": 2147483647')}, also=["RS111"])
case("json-comment", [f"RS110 {J}:2"], {J: base(J).replace('"format": "reform-site/1",', '"format": "reform-site/1", // a comment', 1)}, note="the JSON download is a byte copy: it must be JSON")
case("json-duplicate-key", [f"RS110 {J}"], {J: base(J).replace('"format": "reform-site/1",', '"format": "reform-site/1",\n  "format": "reform-site/1",', 1)}, note="the site would show one value, the download both")
case("json-trailing-comma", [f"RS110 {J}"], {J: base(J).replace('"en": "A sample plan." }', '"en": "A sample plan.", }', 1)})
case("symlinked-file", [f"RS119 {X}"], links={X: "/etc/passwd"}, note="no line of the target may be printed")
case("symlinked-plan-folder", ["RS119 plans/012131-outside-plan"], links={"plans/012131-outside-plan": "$OUTSIDE"}, note="a plan folder linked to a folder outside data/")
case("oversized-file", [f"RS120 {X}"], sparse={X: 300 * 1024 * 1024}, note="refused before it is read")
case("content-javascript-link", ["RS209 content/ja/page.md:6"], content={C: PAGE + "[押して](javascript:alert(1))\n"})
case("content-entity-javascript-link", ["RS209 content/ja/page.md:6"], content={C: PAGE + "[押して](&#106;avascript:alert(1))\n"})
case("content-external-image", ["RS209 content/ja/page.md:6"], content={C: PAGE + "![追跡](https://tracker.example/pixel.png)\n"}, note="a request to a third party on every reading")
case("content-event-attribute", ["RS211 content/ja/page.md:6"], content={C: PAGE + "## 見出し {onclick=alert(1)}\n"})
case("content-duplicate-front-matter-key", ["RS121 content/ja/page.md:3"], content={C: "---\ntitle: ページ\ntitle: 別の題\n---\n\n本文です。\n"})
case("content-reserved-name", ["RS122 content/ja/search.md"], content={"content/ja/search.md": PAGE})
case("content-control-character", ["RS210 content/ja/page.md:6"], content={C: PAGE + "見えない\x07文字\n"})
case("content-raw-html", [], content={C: PAGE + "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> と <iframe srcdoc='<script>alert(3)</script>'></iframe>\n"}, warnings=["RS605 content/ja/page.md:6", "RS605 content/ja/page.md:8"], note="shown as text, warned about; the build accepts it")
case("content-deep-nesting", ["RS125 content/ja/page.md:4"], content={C: PAGE.replace("本文です。", ">" * 2000 + " 深い")}, note="Markdig's depth limit, reported instead of thrown")
case("content-many-brackets", ["RS125 content/ja/page.md:4"], content={C: PAGE.replace("本文です。", "[" * 1500 + "x")}, note="link parsing is quadratic in the brackets of a paragraph")
case("content-escaped-control-character", ["RS121 content/ja/page.md:2"], content={C: '---\ntitle: "見えない\\0文字"\n---\n\n本文です。\n'}, note="a YAML escape makes a character the file does not show")
case("content-oversized", ["RS120 content/ja/big.md"], content={C: PAGE}, sparse={"content/ja/big.md": 2 * 1024 * 1024})
case("content-accessibility-results", ["RS127 content/accessibility-results.json criteria[0].result"], content={"content/accessibility-results.json": '{\n  "date": "2026-12-06",\n  "axe_core": "4.10.3",\n  "chromium": "131.0.6778.204",\n  "pages": ["ja/", "en/"],\n  "criteria": [\n    { "number": "1.1.1", "level": "A", "applicable": true, "result": "passed" }\n  ]\n}\n'}, note="the results file the browser tests write, with a result they never write")
case("content-unknown-plan", [], content={C: "---\ntitle: ページ\nplan: 999999-missing\n---\n\n本文です。\n"}, warnings=["RS604 content/ja/page.md plan"], note="a city building a subset still gets a site")
case("era-in-english", [], {X: rep(X, "・Reviewed 10 projects.", "・Reviewed 10 projects in R3 (plan period H28–R2)."), J: rep(J, '"en": "Sample City Reform Plan"', '"en": "Sample City Reform Plan of 令和2"')}, warnings=[f"RS606 {X}:2 text_en", f"RS606 {J} plan.title.en"], note="the English keeps a Japanese era: warned, the site builds")
# Spreadsheet and text-editor mistakes that passed silently or misled (issue 24).
case("excel-error-value", [f"RS212 {X}:3 text_ja", f"RS212 {E}:2 amount"], {X: rep(X, "引き続き見直す。", "#NAME?"), E: rep(E, "p1,2021,2021,actual,1500,", "p1,2021,2021,actual,#DIV/0!,")}, also=["RS405", "RS504"], note="a formula that failed after a recalculation: its error value was published as a text")
case("unknown-department-typo", [f"RS302 {f'{P}/node_departments.csv'}:2 department_id"], {f"{P}/node_departments.csv": rep(f"{P}/node_departments.csv", "p1-i1-a,zaisei,lead", "p1-i1-a,zaisie,lead")}, note="the message suggests zaisei and lists the departments")
case("number-label-turned-negative", [], {N: base(N) + "p1-i2,p1,2,-2,歳入の確保,Securing revenue,,finance,,\n"}, warnings=[f"RS214 {N}:7 number"], note="(2) typed into a General cell becomes -2")
case("json-unquoted-era", [f"RS126 {J}:9"], {J: rep(J, '"reported_fiscal_year": 2021', '"reported_fiscal_year": 令和3')}, note="a bare word, not a comma or bracket problem")
case("text-kind-names-other-year", [], {J: rep(J, '"name": { "ja": "取組状況", "en": "What was done" }', '"name": { "ja": "令和3年度（実績）", "en": "FY2021 results" }'), X: base(X) + "p1-i1-b,2022,result,,,令和4年度も電子化を進めた。,Continued in FY2022.\n"}, warnings=[f"RS607 {X}:5 kind"], note="FY2022 text under a heading that names FY2021")
shutil.rmtree(OUT, ignore_errors=True)
def write_case(name, expected, files, raw, delete, note, also=(), rename=None, content=None, links=None, sparse=None, warnings=()):
    d = os.path.join(OUT, name); os.makedirs(d)
    spec = {"description": note, "expected": expected}
    if also: spec["also"] = list(also)
    if warnings: spec["warnings"] = list(warnings)
    if delete: spec["delete"] = list(delete)
    if rename: spec["rename_plan_folder"] = rename
    # Links and huge files are made by the test (git keeps links, but a fixture must not point
    # at this machine's files, and a 300 MB file is no fixture): "$OUTSIDE" is a folder outside data/.
    if links: spec["links"] = links
    if sparse: spec["sparse"] = sparse
    for rel, text in (content or {}).items():
        p = os.path.join(d, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w", encoding="utf-8", newline="").write(text)
    open(os.path.join(d, "case.json"), "w", encoding="utf-8").write(json.dumps(spec, ensure_ascii=False, indent=2) + "\n")
    for rel, text in files.items():
        p = os.path.join(d, "data", rel); os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w", encoding="utf-8", newline="").write(text)
    for rel, data in raw.items():
        p = os.path.join(d, "data", rel); os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "wb").write(data)
for name, v in cases.items():
    if v is None: continue
    write_case(name, *v)
for name, (to, exp) in cases_rename.items():
    files = {}
    if name == "bad-municipality-code":
        files[f"{P}/plan.json"] = base(J).replace('"code": "012131"', '"code": "012132"')
    write_case(name, exp, files, {}, (), "", (), rename=to if name=="bad-municipality-code" else "012131-other-sample-plan")
print(len(os.listdir(OUT)), "cases")
