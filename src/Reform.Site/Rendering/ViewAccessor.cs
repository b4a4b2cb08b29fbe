using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Reform.Site.Rendering;

/// <summary>Reads a view record's members for the templates through getters bound once per
/// member, where Scriban's own accessor calls <c>PropertyInfo.GetValue</c> on every read, which
/// showed in the rendering profile (docs/performance.md). Which members exist, and under which
/// snake_case names, is Scriban's accessor's answer; everything but reading members is left to
/// it.</summary>
internal sealed class ViewAccessor(IObjectAccessor scriban, IReadOnlyDictionary<string, Func<object, object?>> getters) : IObjectAccessor
{
    /// <summary>An accessor for <paramref name="type"/> whose members Scriban's
    /// <paramref name="scriban"/> accessor lists; Scriban's own when a member is not a plain
    /// property of a class (a field or an indexer), so nothing changes for those.</summary>
    public static IObjectAccessor For(Type type, IObjectAccessor scriban, TemplateContext context, object sample)
    {
        if (type.IsValueType || scriban.HasIndexer) return scriban;
        var byName = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var property in Properties(type)) byName.TryAdd(Name(property, context), property); // the first one wins, as in Scriban
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var name in scriban.GetMembers(context, default, sample))
        {
            if (!byName.TryGetValue(name, out var property)) return scriban;
            getters[name] = Bind(property);
        }
        return new ViewAccessor(scriban, getters);
    }

    /// <summary>Public instance properties, the type's own first, then its base types', as
    /// Scriban walks them.</summary>
    private static IEnumerable<PropertyInfo> Properties(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var p in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
                if (p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                    yield return p;
    }

    private static string Name(PropertyInfo property, TemplateContext context) =>
        context.MemberRenamer(property) is { Length: > 0 } renamed ? renamed : property.Name;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (!getters.TryGetValue(member, out var get))
        {
            value = null;
            return false;
        }
        value = get(target);
        return true;
    }

    private static Func<object, object?> Bind(PropertyInfo property) =>
        (Func<object, object?>)typeof(ViewAccessor).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, [property.GetMethod!])!;

    private static Func<object, object?> Getter<TView, TValue>(MethodInfo get)
    {
        var typed = get.CreateDelegate<Func<TView, TValue>>();
        return view => typed((TView)view);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => scriban.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => getters.ContainsKey(member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        scriban.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        scriban.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        scriban.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => scriban.HasIndexer;

    public Type? IndexType => scriban.IndexType;
}
