namespace OpenGovDashboard.Web.Features.Channels;

/// <summary>Registers the channels feature.</summary>
public static class ChannelsSetup
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<ChannelQueries>();
        builder.Services.AddTransient<ChannelCommands>();
        return builder;
    }
}
