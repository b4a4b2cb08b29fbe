using System.Globalization;
using System.Security;
using System.Text;

namespace Reform.Site.Datasets;

/// <summary>Writes a minimal, valid Office Open XML workbook by hand, so the bytes are
/// deterministic (no timestamps, no GUIDs). Text cells are inline strings, never formulas.</summary>
public static class XlsxWorkbook
{
    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        var entries = new List<(string, byte[])>
        {
            ("[Content_Types].xml", Utf8(ContentTypes(sheets.Count))),
            ("_rels/.rels", Utf8("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""")),
            ("xl/workbook.xml", Utf8(Workbook(sheets))),
            ("xl/_rels/workbook.xml.rels", Utf8(WorkbookRels(sheets.Count))),
            ("xl/styles.xml", Utf8(Styles)),
        };
        for (var i = 0; i < sheets.Count; i++) entries.Add(($"xl/worksheets/sheet{i + 1}.xml", Utf8(Sheet(sheets[i]))));
        return DeterministicZip.Create(entries);
    }

    private const string Styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Yu Gothic"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";

    private static string ContentTypes(int count)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= count; i++)
            sb.Append($"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        return sb.Append("</Types>").ToString();
    }

    private static string Workbook(IReadOnlyList<XlsxSheet> sheets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (var i = 0; i < sheets.Count; i++)
            sb.Append($"""<sheet name="{Escape(sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        return sb.Append("</sheets></workbook>").ToString();
    }

    private static string WorkbookRels(int count)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= count; i++)
            sb.Append($"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        sb.Append($"""<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        return sb.Append("</Relationships>").ToString();
    }

    private static string Sheet(XlsxSheet sheet)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>""");
        // Text columns are formatted as text, so what staff type later (「(1)」, 「001」) stays as typed.
        var textColumns = Enumerable.Range(0, sheet.Header.Count).Where(c => c >= sheet.Numeric.Count || !sheet.Numeric[c]).ToList();
        if (textColumns.Count > 0)
        {
            sb.Append("<cols>");
            foreach (var c in textColumns) sb.Append($"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"18\" style=\"2\"/>");
            sb.Append("</cols>");
        }
        sb.Append("<sheetData>");
        AppendRow(sb, 1, sheet.Header, sheet.Header.Select(_ => false).ToList(), header: true);
        for (var r = 0; r < sheet.Rows.Count; r++) AppendRow(sb, r + 2, sheet.Rows[r], sheet.Numeric, header: false);
        sb.Append("</sheetData>");
        var lists = (sheet.Choices ?? new Dictionary<int, IReadOnlyList<string>>())
            .Where(c => c.Value.Count > 0 && string.Join(",", c.Value).Length <= 250 && c.Value.All(v => !v.Contains(',') && !v.Contains('"')))
            .OrderBy(c => c.Key).ToList();
        if (lists.Count > 0)
        {
            sb.Append($"<dataValidations count=\"{lists.Count}\">");
            foreach (var (column, values) in lists)
                sb.Append($"<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"{Column(column)}2:{Column(column)}1048576\"><formula1>\"{Escape(string.Join(",", values))}\"</formula1></dataValidation>");
            sb.Append("</dataValidations>");
        }
        return sb.Append("</worksheet>").ToString();
    }

    private static void AppendRow(StringBuilder sb, int row, IReadOnlyList<string> cells, IReadOnlyList<bool> numeric, bool header)
    {
        sb.Append($"<row r=\"{row}\">");
        for (var c = 0; c < cells.Count; c++)
        {
            var value = cells[c];
            if (value.Length == 0) continue;
            var reference = Column(c) + row.ToString(CultureInfo.InvariantCulture);
            if (!header && c < numeric.Count && numeric[c] && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                sb.Append($"<c r=\"{reference}\"><v>{value}</v></c>");
            else
                sb.Append($"<c r=\"{reference}\" t=\"inlineStr\" s=\"{(header ? 1 : 2)}\"><is><t xml:space=\"preserve\">{Escape(value)}</t></is></c>");
        }
        sb.Append("</row>");
    }

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>XML-escapes and drops characters XML 1.0 cannot carry.</summary>
    private static string Escape(string s) =>
        SecurityElement.Escape(new string(s.Where(ch => ch is '\t' or '\n' or '\r' || ch >= ' ').ToArray()))!;

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);
}
