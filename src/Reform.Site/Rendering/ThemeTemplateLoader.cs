using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reform.Site.Rendering;

/// <summary>Resolves <c>{{ include "name" }}</c> to the theme's already parsed partials.</summary>
internal sealed class ThemeTemplateLoader(SiteTheme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => $"partials/{templateName}.html";

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        theme.Templates.TryGetValue(templatePath, out _)
            ? File.ReadAllText(Path.Combine(theme.Root, templatePath))
            : throw new ScriptRuntimeException(callerSpan, $"No partial {templatePath} in the theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
