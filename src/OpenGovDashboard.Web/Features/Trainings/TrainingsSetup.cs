namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary>Registers the training register (培训).</summary>
public static class TrainingsSetup
{
    public static WebApplicationBuilder AddTrainings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<TrainingQueries>();
        builder.Services.AddTransient<TrainingCommands>();
        builder.Services.AddTransient<TrainingSpreadsheet>();
        return builder;
    }
}
