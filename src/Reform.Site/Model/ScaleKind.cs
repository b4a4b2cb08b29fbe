namespace Reform.Site.Model;

internal enum ScaleKind
{
    /// <summary>Named levels in order (◎○△, A–D).</summary>
    Ordinal,

    /// <summary>Numbers in a range (0–3 scores, a council's 1–5 average).</summary>
    Numeric,
}
