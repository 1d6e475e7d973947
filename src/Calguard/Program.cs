using Calguard.Host.Cli;

return await CommandRouter.RunAsync(args);
