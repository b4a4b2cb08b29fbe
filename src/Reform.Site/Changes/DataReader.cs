using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Changes;

/// <summary>Reads a data folder into the model. The pipeline's loader is passed in rather than
/// called, because loading (read → model → validate) is driven by the pipeline, a later stage:
/// the change history compares versions of the data without knowing how they are read.</summary>
/// <param name="validate">False when the version is only compared, not published: the rules
/// over the model are then skipped.</param>
internal delegate (DataSet Data, IReadOnlyList<Diagnostic> Diagnostics) DataReader(string dataFolder, bool validate);
