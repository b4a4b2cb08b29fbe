namespace Reform.Site.Model;

/// <summary>Who published a plan and what it is, without its contents: all that the feeds, the
/// data catalogue and the dataset descriptions need of a plan.</summary>
public sealed record PlanHeader(string Key, Municipality Municipality, PlanMetadata Metadata);
