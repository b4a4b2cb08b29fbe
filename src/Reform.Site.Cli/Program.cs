using System.Text;
using Reform.Site.Cli;
using Reform.Site.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, Console.Out, Console.Error);
