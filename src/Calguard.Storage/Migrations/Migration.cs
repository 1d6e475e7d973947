using Calguard.Storage.Database;

namespace Calguard.Storage.Migrations;

/// <summary>One versioned schema change: statements with dialect tokens (see <see cref="SqlDialect.Render"/>).</summary>
/// <param name="Version">Applied in ascending order; recorded in <c>schema_migrations</c>. Never reuse or renumber.</param>
/// <param name="Name">What it does.</param>
/// <param name="Statements">The statements, run in one transaction.</param>
public sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
