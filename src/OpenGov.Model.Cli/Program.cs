using System;
using OpenGov.Model.Cli;

return OgpCli.Run(args, Console.Out, Console.Error);
