using Mono.Cecil;

namespace Reform.Site.Tests.Architecture;

/// <summary>Which namespace of an assembly uses which, read from the compiled IL with Mono.Cecil:
/// base types, fields, properties, method signatures, attributes, locals and every type, field
/// and method a method body names. Compiler-generated types (lambdas, iterators, records'
/// helpers) count for the namespace they were written in. Reading the IL rather than the
/// sources sees what <c>using</c> directives hide: fully qualified names and types reached
/// through <c>var</c>.</summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    /// <summary>The namespaces <paramref name="from"/> uses (other than itself), each with the
    /// type pairs that make the arrow ("SiteBuilder → DataLoader").</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Uses(string from) =>
        _edges.TryGetValue(from, out var targets) ? targets : new Dictionary<string, SortedSet<string>>();

    public static NamespaceGraph Read(string assemblyPath, string rootNamespace)
    {
        var graph = new NamespaceGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            var owner = OuterMost(type);
            if (!owner.Namespace.StartsWith(rootNamespace, StringComparison.Ordinal)) continue;
            graph._edges.TryAdd(owner.Namespace, new(StringComparer.Ordinal));
            foreach (var used in Referenced(type))
            {
                var target = OuterMostName(used);
                if (target.Namespace == owner.Namespace || !target.Namespace.StartsWith(rootNamespace, StringComparison.Ordinal)) continue;
                var byTarget = graph._edges[owner.Namespace];
                if (!byTarget.TryGetValue(target.Namespace, out var why)) byTarget[target.Namespace] = why = new(StringComparer.Ordinal);
                why.Add($"{owner.Name} → {target.Name}");
            }
        }
        return graph;
    }

    /// <summary>Every cycle between namespaces, as strongly connected components of more than
    /// one namespace (Tarjan's algorithm).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<IReadOnlyList<string>>();
        var counter = 0;
        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Uses(v).Keys)
            {
                if (!index.TryGetValue(w, out var seen)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], seen);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != v);
            if (component.Count > 1) components.Add([.. component.Order(StringComparer.Ordinal)]);
        }
        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return components;
    }

    private static TypeDefinition OuterMost(TypeDefinition type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static (string Namespace, string Name) OuterMostName(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return (type.Namespace, type.Name);
    }

    private static IEnumerable<TypeReference> Referenced(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null: return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments) Add(a);
                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void AddAttributes(ICustomAttributeProvider p)
        {
            foreach (var a in p.CustomAttributes) Add(a.AttributeType);
        }
        void AddMethod(MethodReference m)
        {
            Add(m.DeclaringType);
            Add(m.ReturnType);
            foreach (var p in m.Parameters) Add(p.ParameterType);
            if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Add(a);
        }

        Add(type.BaseType);
        foreach (var i in type.Interfaces) Add(i.InterfaceType);
        AddAttributes(type);
        foreach (var f in type.Fields) { Add(f.FieldType); AddAttributes(f); }
        foreach (var p in type.Properties) { Add(p.PropertyType); AddAttributes(p); }
        foreach (var m in type.Methods)
        {
            AddMethod(m);
            AddAttributes(m);
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) Add(v.VariableType);
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MethodReference mr: AddMethod(mr); break;
                    case FieldReference fr: Add(fr.DeclaringType); Add(fr.FieldType); break;
                }
            }
        }
        return found;
    }
}
