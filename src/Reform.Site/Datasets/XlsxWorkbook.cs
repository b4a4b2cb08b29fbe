using System.Globalization;
using System.Security;
using System.Text;

namespace Reform.Site.Datasets;

/// <summary>Writes a minimal, valid Office Open XML workbook by hand, so the bytes are
/// deterministic (no timestamps, no GUIDs). Text cells are inline strings, never formulas.</summary>
internal static class XlsxWorkbook
{
    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets, XlsxProperties? properties = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheets, properties);
        return buffer.ToArray();
    }

    /// <summary>Writes the workbook to a seekable stream (a staged file), sheet by sheet, with
    /// <paramref name="properties"/> as its document properties if given (no dates: the bytes
    /// must not depend on the clock).</summary>
    /// <param name="sheetsSideBySide">Whether the sheets are made and compressed at the same time,
    /// each on a thread of its own (<see cref="DeterministicZip.WriteSideBySide"/>; the same bytes):
    /// for the all-plans workbook, whose sheets are large. The plans' workbooks are made side by
    /// side with each other instead.</param>
    public static void Write(Stream target, IReadOnlyList<XlsxSheet> sheets, XlsxProperties? properties = null, bool sheetsSideBySide = false)
    {
        var entries = new List<(string, Action<Stream>)>
        {
            ("[Content_Types].xml", Text(ContentTypes(sheets.Count, properties is not null))),
            ("_rels/.rels", Text(PackageRels(properties is not null))),
        };
        if (properties is not null)
        {
            entries.Add(("docProps/core.xml", Text(CoreProperties(properties))));
            entries.Add(("docProps/app.xml", Text(AppProperties(properties))));
        }
        entries.AddRange(
        [
            ("xl/workbook.xml", Text(Workbook(sheets))),
            ("xl/_rels/workbook.xml.rels", Text(WorkbookRels(sheets.Count))),
            ("xl/styles.xml", Text(Styles)),
        ]);
        // Sheets are written straight into the archive: building each as one string, then one
        // array, was most of the downloads' time in the profile.
        foreach (var (sheet, i) in sheets.Select((s, i) => (s, i)))
            entries.Add(($"xl/worksheets/sheet{i + 1}.xml", stream =>
            {
                using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
                Sheet(writer, sheet);
            }
            ));
        if (sheetsSideBySide) DeterministicZip.WriteSideBySide(target, entries);
        else DeterministicZip.Write(target, entries);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private static Action<Stream> Text(string xml) => stream => stream.Write(Utf8NoBom.GetBytes(xml));

    /// <summary>Cell styles: 0 default, 1 header (bold, wrapped), 2 text, 3 wrapped text, 4 whole
    /// number, 5 amount (<c>#,##0</c>), then <c>0.0</c>, <c>0.00</c>, … up to
    /// <see cref="Model.RatingScale.MaxDecimals"/> decimals.</summary>
    private static readonly string Styles = BuildStyles();

    private const int DecimalStyle = 5; // + decimals

    private static string BuildStyles()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        var max = Model.RatingScale.MaxDecimals;
        sb.Append(CultureInfo.InvariantCulture, $"<numFmts count=\"{max}\">");
        for (var d = 1; d <= max; d++) sb.Append(CultureInfo.InvariantCulture, $"<numFmt numFmtId=\"{163 + d}\" formatCode=\"0.{new string('0', d)}\"/>");
        sb.Append("</numFmts>");
        sb.Append("""<fonts count="2"><font><sz val="11"/><name val="Yu Gothic"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");
        sb.Append(CultureInfo.InvariantCulture, $"<cellXfs count=\"{DecimalStyle + 1 + max}\">");
        sb.Append("""<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>""");
        for (var d = 1; d <= max; d++) sb.Append(CultureInfo.InvariantCulture, $"<xf numFmtId=\"{163 + d}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
        return sb.Append("""</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""").ToString();
    }

    /// <summary>The style of a column's cells.</summary>
    private static int StyleOf(XlsxColumn column) => column.Format switch
    {
        XlsxCellFormat.WrappedText => 3,
        XlsxCellFormat.Integer => 4,
        XlsxCellFormat.Thousands => 5,
        XlsxCellFormat.Decimal when column.Decimals > 0 => DecimalStyle + Math.Min(column.Decimals, Model.RatingScale.MaxDecimals),
        XlsxCellFormat.Decimal => 4,
        _ => 2,
    };

    private static string PackageRels(bool properties) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"""
        + (properties ? """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>""" : "")
        + "</Relationships>";

    private static string CoreProperties(XlsxProperties p)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">""");
        sb.Append(CultureInfo.InvariantCulture, $"<dc:title>{Escape(p.Title)}</dc:title>");
        if (p.Description is { } d) sb.Append(CultureInfo.InvariantCulture, $"<dc:description>{Escape(d)}</dc:description>");
        sb.Append(CultureInfo.InvariantCulture, $"<dc:creator>{Escape(p.Creator)}</dc:creator>");
        sb.Append(CultureInfo.InvariantCulture, $"<dc:language>{Escape(p.Language)}</dc:language>");
        return sb.Append("</cp:coreProperties>").ToString();
    }

    private static string AppProperties(XlsxProperties p) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Reform.Site</Application>"""
        + (p.Publisher is { } publisher ? $"<Company>{Escape(publisher)}</Company>" : "") + "</Properties>";

    private static string ContentTypes(int count, bool properties)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        if (properties)
            sb.Append("""<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>""");
        for (var i = 1; i <= count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        return sb.Append("</Types>").ToString();
    }

    private static string Workbook(IReadOnlyList<XlsxSheet> sheets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (var i = 0; i < sheets.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"""<sheet name="{Escape(sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        return sb.Append("</sheets></workbook>").ToString();
    }

    private static string WorkbookRels(int count)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        sb.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        return sb.Append("</Relationships>").ToString();
    }

    private static void Sheet(TextWriter w, XlsxSheet sheet)
    {
        w.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>""");
        // Text columns are formatted as text, so what staff type later (「(1)」, 「001」) stays as typed.
        var styles = Enumerable.Range(0, sheet.Header.Count).Select(c => sheet.Columns is { } cs && c < cs.Count ? StyleOf(cs[c]) : c >= sheet.Numeric.Count || !sheet.Numeric[c] ? 2 : 0).ToArray();
        if (sheet.Columns is { } described)
        {
            w.Write("<cols>");
            for (var c = 0; c < styles.Length; c++)
                w.Write($"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{(c < described.Count ? described[c].Width : 18)}\" style=\"{styles[c]}\" customWidth=\"1\"/>");
            w.Write("</cols>");
        }
        else if (styles.Any(s => s == 2))
        {
            w.Write("<cols>");
            for (var c = 0; c < styles.Length; c++)
                if (styles[c] == 2) w.Write($"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"18\" style=\"2\"/>");
            w.Write("</cols>");
        }
        w.Write("<sheetData>");
        var columns = new List<string>();
        AppendRow(w, 1, sheet.Header, [], styles, columns, header: true);
        var r = 2;
        foreach (var row in sheet.Rows) AppendRow(w, r++, row, sheet.Numeric, styles, columns, header: false);
        w.Write("</sheetData>");
        if (sheet.Columns is not null && sheet.Header.Count > 0)
            w.Write($"<autoFilter ref=\"A1:{Column(sheet.Header.Count - 1)}{Math.Max(r - 1, 1)}\"/>");
        var lists = (sheet.Choices ?? new Dictionary<int, IReadOnlyList<string>>())
            .Where(c => c.Value.Count > 0 && string.Join(",", c.Value).Length <= 250 && c.Value.All(v => !v.Contains(',') && !v.Contains('"')))
            .OrderBy(c => c.Key).ToList();
        if (lists.Count > 0)
        {
            w.Write($"<dataValidations count=\"{lists.Count}\">");
            foreach (var (column, values) in lists)
            {
                w.Write($"<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"{Column(column)}2:{Column(column)}1048576\"><formula1>\"");
                Escape(w, string.Join(",", values));
                w.Write("\"</formula1></dataValidation>");
            }
            w.Write("</dataValidations>");
        }
        w.Write("</worksheet>");
    }

    /// <param name="columns">Column letters made so far, extended as wider rows come.</param>
    /// <param name="styles">Each column's cell style.</param>
    private static void AppendRow(TextWriter w, int row, IReadOnlyList<string> cells, IReadOnlyList<bool> numeric, int[] styles, List<string> columns, bool header)
    {
        while (columns.Count < cells.Count) columns.Add(Column(columns.Count));
        var number = row.ToString(CultureInfo.InvariantCulture);
        w.Write("<row r=\"");
        w.Write(number);
        w.Write("\">");
        for (var c = 0; c < cells.Count; c++)
        {
            var value = cells[c];
            if (value.Length == 0) continue;
            w.Write("<c r=\"");
            w.Write(columns[c]);
            w.Write(number);
            if (!header && c < numeric.Count && numeric[c] && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                if (c < styles.Length && styles[c] != 0)
                {
                    w.Write("\" s=\"");
                    w.Write((styles[c] is 2 or 3 ? 0 : styles[c]).ToString(CultureInfo.InvariantCulture));
                }
                w.Write("\"><v>");
                w.Write(value);
                w.Write("</v></c>");
            }
            else
            {
                w.Write(header ? "\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">" : c < styles.Length && styles[c] == 3 ? "\" t=\"inlineStr\" s=\"3\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">");
                Escape(w, value);
                w.Write("</t></is></c>");
            }
        }
        w.Write("</row>");
    }

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>XML-escapes and drops characters XML 1.0 cannot carry.</summary>
    private static string Escape(string s)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Escape(w, s);
        return w.ToString();
    }

    /// <summary>Writes <paramref name="s"/> XML-escaped (as <see cref="SecurityElement.Escape"/>
    /// does), without the control characters XML 1.0 cannot carry; plain runs are written whole.</summary>
    private static void Escape(TextWriter w, string s)
    {
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            var replacement = ch switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '&' => "&amp;",
                '\t' or '\n' or '\r' => null,
                < ' ' => "",
                _ => null,
            };
            if (replacement is null) continue;
            w.Write(s.AsSpan(start, i - start));
            w.Write(replacement);
            start = i + 1;
        }
        w.Write(s.AsSpan(start));
    }
}
