using System;
using OpenGov.Model.Cli;

// Progress goes to standard error only when a person watches it.
return OgpCli.Run(args, Console.Out, Console.Error, progress: !Console.IsErrorRedirected);
