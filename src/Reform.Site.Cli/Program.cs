using System.Text;
using Reform.Site.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected, japaneseHelp: HelpText.SystemIsJapanese());
