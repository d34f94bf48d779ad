using Sitrep.Cli;

return Cli.Run(args);
