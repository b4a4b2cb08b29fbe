namespace Reform.Site.Diagnostics;

/// <summary>Every diagnostic code, named for what it reports. A rule names its code here, so a
/// misspelt one does not compile; <c>DiagnosticCodesTests</c> checks that these and the
/// catalogue (<c>Validation/diagnostics.json</c>) list the same codes, each with its Japanese and
/// English wording. The number is what users see and search for (docs/validation-codes.md), so
/// it never changes meaning.</summary>
internal static class Codes
{
    // Files, columns and the build's inputs.
    /// <summary>RS101: The file is saved in Shift_JIS.</summary>
    public static readonly DiagnosticCode ShiftJisEncoding = new(101);

    /// <summary>RS102: The file has bytes that are not valid UTF-8 (line {line}).</summary>
    public static readonly DiagnosticCode InvalidUtf8 = new(102);

    /// <summary>RS103: The required column "{column}" is missing.</summary>
    public static readonly DiagnosticCode MissingRequiredColumn = new(103);

    /// <summary>RS104: "{column}" is not a known column.</summary>
    public static readonly DiagnosticCode UnknownColumn = new(104);

    /// <summary>RS105: The column "{column}" appears twice.</summary>
    public static readonly DiagnosticCode DuplicateColumn = new(105);

    /// <summary>RS106: The CSV is malformed (a quote " is not closed or not escaped).</summary>
    public static readonly DiagnosticCode MalformedCsv = new(106);

    /// <summary>RS107: This row has {value} cells but the header has {expected} columns.</summary>
    public static readonly DiagnosticCode WrongCellCount = new(107);

    /// <summary>RS108: The required file {value} is missing.</summary>
    public static readonly DiagnosticCode MissingRequiredFile = new(108);

    /// <summary>RS109: "{value}" is not a known table file.</summary>
    public static readonly DiagnosticCode UnknownTableFile = new(109);

    /// <summary>RS110: plan.json is not valid JSON (near line {line}): {value}</summary>
    public static readonly DiagnosticCode InvalidPlanJson = new(110);

    /// <summary>RS111: The plan.json field "{column}" is missing or invalid. {value}</summary>
    public static readonly DiagnosticCode InvalidField = new(111);

    /// <summary>RS112: No plan folders were found.</summary>
    public static readonly DiagnosticCode NoPlanFolders = new(112);

    /// <summary>RS113: The theme file or folder {value} is missing.</summary>
    public static readonly DiagnosticCode MissingThemeFile = new(113);

    /// <summary>RS114: Template syntax error: {value}</summary>
    public static readonly DiagnosticCode TemplateSyntaxError = new(114);

    /// <summary>RS115: Template error while rendering: {value}</summary>
    public static readonly DiagnosticCode TemplateRenderError = new(115);

    /// <summary>RS116: The UI string "{value}" is missing.</summary>
    public static readonly DiagnosticCode MissingUiString = new(116);

    /// <summary>RS117: Pagefind, which builds the search index, was not found.</summary>
    public static readonly DiagnosticCode PagefindNotFound = new(117);

    /// <summary>RS118: Building the search index failed: {value}</summary>
    public static readonly DiagnosticCode SearchIndexFailed = new(118);

    /// <summary>RS119: {value} is a symbolic link. Links are not followed, since they can lead outside the
    /// data or content folder.</summary>
    public static readonly DiagnosticCode SymbolicLink = new(119);

    /// <summary>RS120: {value} is too large (at most {expected}).</summary>
    public static readonly DiagnosticCode FileTooLarge = new(120);

    /// <summary>RS121: The page's front matter is invalid (line {line}): {value}</summary>
    public static readonly DiagnosticCode InvalidFrontMatter = new(121);

    /// <summary>RS122: The page name "{value}" is the name of a page the site makes in each language
    /// ({expected}).</summary>
    public static readonly DiagnosticCode ReservedPageName = new(122);

    /// <summary>RS123: The output folder {value} overlaps the input folder {expected}. A build replaces its
    /// output folder whole, so it would delete the input.</summary>
    public static readonly DiagnosticCode OutputOverlapsInput = new(123);

    /// <summary>RS124: The output folder {value} is not empty and was not built by reform-site (it has no
    /// .reform-site-manifest.json). A build replaces its output folder whole.</summary>
    public static readonly DiagnosticCode OutputFolderNotOurs = new(124);

    /// <summary>RS125: The page's body cannot be read as Markdown: {value}</summary>
    public static readonly DiagnosticCode InvalidMarkdown = new(125);

    /// <summary>RS126: plan.json has the value {value} without quotes (line {line}).</summary>
    public static readonly DiagnosticCode UnquotedJsonValue = new(126);

    /// <summary>RS127: "{column}" in content/accessibility-results.json cannot be used ({value}): it should be
    /// {expected}.</summary>
    public static readonly DiagnosticCode InvalidAccessibilityResults = new(127);

    /// <summary>RS130: The workbook cannot be read: {value}</summary>
    public static readonly DiagnosticCode UnreadableWorkbook = new(130);

    /// <summary>RS131: The workbook is too large when unpacked ({value}; the limit is {expected}).</summary>
    public static readonly DiagnosticCode WorkbookTooLarge = new(131);

    /// <summary>RS132: The workbook part {value} contains a DTD (&lt;!DOCTYPE&gt;) or entity declarations,
    /// which are not accepted.</summary>
    public static readonly DiagnosticCode WorkbookDtd = new(132);

    /// <summary>RS133: "{value}" is not a plan folder name, so it cannot say which plan the workbook is
    /// for.</summary>
    public static readonly DiagnosticCode NotAPlanKey = new(133);

    /// <summary>RS134: There is no plan "{value}" in {expected}.</summary>
    public static readonly DiagnosticCode PlanNotFound = new(134);

    /// <summary>RS135: The file is {value}, not an Excel workbook (.xlsx).</summary>
    public static readonly DiagnosticCode NotAnXlsxWorkbook = new(135);

    /// <summary>RS150: site.yml cannot be read (line {line}): {value}</summary>
    public static readonly DiagnosticCode InvalidSiteYaml = new(150);

    /// <summary>RS151: The site setting "{column}" is missing or invalid: it takes {value}.</summary>
    public static readonly DiagnosticCode InvalidSiteSetting = new(151);

    /// <summary>RS152: "{value}" is not a site setting.</summary>
    public static readonly DiagnosticCode UnknownSiteSetting = new(152);

    /// <summary>RS153: The folder {value} is not empty, so init did not write into it.</summary>
    public static readonly DiagnosticCode InitFolderNotEmpty = new(153);

    // Cells.
    /// <summary>RS201: "{column}" is required but empty.</summary>
    public static readonly DiagnosticCode EmptyRequiredCell = new(201);

    /// <summary>RS202: "{value}" is not a whole number.</summary>
    public static readonly DiagnosticCode NotWholeNumber = new(202);

    /// <summary>RS203: "{value}" is not a number.</summary>
    public static readonly DiagnosticCode NotANumber = new(203);

    /// <summary>RS204: "{value}" is not true or false.</summary>
    public static readonly DiagnosticCode NotABoolean = new(204);

    /// <summary>RS205: "{value}" is not an allowed value.</summary>
    public static readonly DiagnosticCode ValueNotAllowed = new(205);

    /// <summary>RS206: "{value}" is out of range.</summary>
    public static readonly DiagnosticCode OutOfRange = new(206);

    /// <summary>RS207: "{value}" cannot be used as an ID (IDs become URLs).</summary>
    public static readonly DiagnosticCode InvalidId = new(207);

    /// <summary>RS208: The cell starts with "{value}" and would run as a formula in a spreadsheet.</summary>
    public static readonly DiagnosticCode LooksLikeFormula = new(208);

    /// <summary>RS209: The link "{value}" cannot be used. Only {expected} are allowed.</summary>
    public static readonly DiagnosticCode DisallowedLink = new(209);

    /// <summary>RS210: The text contains the invisible control character {value} (character
    /// {expected}).</summary>
    public static readonly DiagnosticCode ControlCharacter = new(210);

    /// <summary>RS211: The attribute "{value}" cannot be set on a page.</summary>
    public static readonly DiagnosticCode DisallowedAttribute = new(211);

    /// <summary>RS212: The cell holds the spreadsheet error {value}: a formula that failed, not a value.</summary>
    public static readonly DiagnosticCode SpreadsheetErrorValue = new(212);

    /// <summary>RS213: The cell holds a formula without a value ({value}).</summary>
    public static readonly DiagnosticCode FormulaWithoutValue = new(213);

    /// <summary>RS214: "{value}" looks like {expected} after the spreadsheet changed it (leading zeros
    /// dropped, or a number in brackets turned negative).</summary>
    public static readonly DiagnosticCode SpreadsheetChangedValue = new(214);

    // IDs and references.
    /// <summary>RS301: The ID "{value}" is a duplicate (first used on row {expected}).</summary>
    public static readonly DiagnosticCode DuplicateId = new(301);

    /// <summary>RS302: "{value}" in column {column} refers to a {expected} that does not exist.</summary>
    public static readonly DiagnosticCode UnknownReference = new(302);

    /// <summary>RS303: The parent chain is a cycle: {value}</summary>
    public static readonly DiagnosticCode ParentCycle = new(303);

    /// <summary>RS304: Level {value} is not one below its parent's level {expected}.</summary>
    public static readonly DiagnosticCode LevelNotBelowParent = new(304);

    /// <summary>RS305: Level {value} is not defined in plan.json levels.</summary>
    public static readonly DiagnosticCode UndefinedLevel = new(305);

    /// <summary>RS306: The same combination ({value}) appears twice (first on row {expected}).</summary>
    public static readonly DiagnosticCode DuplicateCombination = new(306);

    /// <summary>RS307: plan.json "{column}" refers to "{value}", which is not defined.</summary>
    public static readonly DiagnosticCode UndefinedPlanReference = new(307);

    /// <summary>RS308: The ID "{value}" is the name of a page the site makes for each plan
    /// ({expected}).</summary>
    public static readonly DiagnosticCode ReservedId = new(308);

    /// <summary>RS309: Following merged_into comes back to where it started: {value}</summary>
    public static readonly DiagnosticCode MergeCycle = new(309);

    // Values against the plan.
    /// <summary>RS401: "{value}" is not on this assessment's rating scale.</summary>
    public static readonly DiagnosticCode RatingNotOnScale = new(401);

    /// <summary>RS402: Fiscal year {value} is outside the plan period {expected}.</summary>
    public static readonly DiagnosticCode YearOutsidePeriod = new(402);

    /// <summary>RS403: The municipality code "{value}" is invalid. {expected}</summary>
    public static readonly DiagnosticCode InvalidMunicipalityCode = new(403);

    /// <summary>RS404: The folder name "{value}" does not match plan.json (expected {expected}).</summary>
    public static readonly DiagnosticCode FolderNameMismatch = new(404);

    /// <summary>RS405: Only one of amount and unit is given.</summary>
    public static readonly DiagnosticCode AmountWithoutUnit = new(405);

    /// <summary>RS406: The effect row has neither an amount nor a text.</summary>
    public static readonly DiagnosticCode EmptyEffect = new(406);

    /// <summary>RS407: fy_from {value} is after the last year of the period, {expected}.</summary>
    public static readonly DiagnosticCode FiscalYearsReversed = new(407);

    /// <summary>RS408: The assessment "{value}" has a numeric scale and cannot be tallied.</summary>
    public static readonly DiagnosticCode NumericScaleTallied = new(408);

    /// <summary>RS409: Schedule row {value} has different task headings in different years.</summary>
    public static readonly DiagnosticCode InconsistentScheduleTask = new(409);

    // Arithmetic.
    /// <summary>RS501: The counts per rating add up to {value}, but the total is {expected}.</summary>
    public static readonly DiagnosticCode RatingCountsMismatch = new(501);

    /// <summary>RS502: The count ({value}) does not equal the sum of its sub-items' counts,
    /// {expected}.</summary>
    public static readonly DiagnosticCode CountNotSumOfSubItems = new(502);

    /// <summary>RS503: The published count ({value}) contradicts the {expected} counted from the item
    /// ratings.</summary>
    public static readonly DiagnosticCode CountContradictsRatings = new(503);

    /// <summary>RS504: The effect total {value} does not equal the sum of its sub-items,
    /// {expected}.</summary>
    public static readonly DiagnosticCode EffectNotSumOfSubItems = new(504);

    /// <summary>RS505: The value {value} of "{column}" does not equal the sum of its parts,
    /// {expected}.</summary>
    public static readonly DiagnosticCode ValueNotSumOfParts = new(505);

    /// <summary>RS506: The value {value} of "{column}" does not equal the mean of its sub-items,
    /// {expected}.</summary>
    public static readonly DiagnosticCode ValueNotMeanOfSubItems = new(506);

    /// <summary>RS507: The multi-year effect {value} does not equal the sum of its years,
    /// {expected}.</summary>
    public static readonly DiagnosticCode EffectNotSumOfYears = new(507);

    // Warnings.
    /// <summary>RS601: {value} texts have no English translation (row(s) {expected}).</summary>
    public static readonly DiagnosticCode MissingTranslation = new(601);

    /// <summary>RS602: Pagefind was not found, so no search index was built (the search page says search is
    /// unavailable).</summary>
    public static readonly DiagnosticCode SearchIndexSkipped = new(602);

    /// <summary>RS603: An example row starting with "{value}" is still there.</summary>
    public static readonly DiagnosticCode ExampleRowLeft = new(603);

    /// <summary>RS604: The page names the plan "{value}", which is not in the data; the page is published
    /// without the plan's summary.</summary>
    public static readonly DiagnosticCode PagePlanNotFound = new(604);

    /// <summary>RS605: The HTML tag "{value}" is shown as text (content pages cannot contain HTML).</summary>
    public static readonly DiagnosticCode HtmlShownAsText = new(605);

    /// <summary>RS606: The English text still has the Japanese era "{value}".</summary>
    public static readonly DiagnosticCode EraInEnglish = new(606);

    /// <summary>RS607: The text kind "{value}" names fiscal year {expected}, but this text is for
    /// fiscal year {year}.</summary>
    public static readonly DiagnosticCode TextKindNamesOtherYear = new(607);

    /// <summary>RS608: 「{value}」 is an abbreviation that readers are not told the meaning of.</summary>
    public static readonly DiagnosticCode AbbreviatedName = new(608);

    /// <summary>RS615: The value {value} for the tag is not the mean of the ratings of the nodes
    /// that carry it, {expected}.</summary>
    public static readonly DiagnosticCode TagValueNotMeanOfNodes = new(615);
}
