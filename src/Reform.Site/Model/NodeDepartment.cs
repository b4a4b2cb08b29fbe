using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A department responsible for a node; <see cref="Role"/> is lead or related.</summary>
internal sealed record NodeDepartment(string NodeId, string DepartmentId, string? Role, RowSource Source);
