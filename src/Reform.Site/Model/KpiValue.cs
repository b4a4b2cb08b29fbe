using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

internal sealed record KpiValue(string KpiId, int FiscalYear, EffectKind Kind, decimal Value, LocalizedText? Note, RowSource Source);
