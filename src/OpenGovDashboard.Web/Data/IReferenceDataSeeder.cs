namespace OpenGovDashboard.Web.Data;

/// <summary>
/// Reference data a feature needs in every install, demo or not (e.g. the official holiday calendar). Features
/// register implementations; <see cref="DatabaseInitializer"/> runs them after migrations on every start, so
/// they must add only what is missing.
/// </summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
