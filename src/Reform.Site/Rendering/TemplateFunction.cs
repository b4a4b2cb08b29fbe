using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reform.Site.Rendering;

/// <summary>A template function called without reflection. Scriban's delegate import wraps each
/// delegate in generated code and calls it through reflection; made per page, that was a large
/// share of rendering time and of the garbage in the profile. This one is made once, reads the
/// page from its <see cref="PageContext"/>, and converts its arguments with Scriban's rules.</summary>
internal sealed class TemplateFunction(int parameters, Func<PageContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameters;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameters)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"expects {parameters} argument(s), got {arguments.Count}");
        return body((PageContext)context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Argument <paramref name="index"/> as <typeparamref name="T"/>, converted as Scriban
    /// converts arguments of imported .NET functions.</summary>
    public static T Arg<T>(PageContext context, ScriptNode? caller, ScriptArray arguments, int index) =>
        arguments[index] is T value ? value : context.ToObject<T>(caller?.Span ?? default, arguments[index])!;
}
