using System.Text;
using Reform.Site.Cli;
using Reform.Site.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
