using System.Runtime.Versioning;

// The tests drive unix sockets, Postfix and miltertest: Linux only.
[assembly: SupportedOSPlatform("linux")]
