namespace Calguard.Host.Api.Auth;

/// <summary>Endpoint metadata naming the scope an endpoint needs, for the 403 message and the OpenAPI document.</summary>
/// <param name="Scope">scan, report or admin.</param>
public sealed record RequiredScope(string Scope);
