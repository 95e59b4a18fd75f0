using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Channels;

/// <summary>What the channel form (and <c>POST /api/v1/channels</c>) edits.</summary>
public sealed class ChannelInput
{
    public string? Name { get; set; }

    public ChannelKind? Kind { get; set; }

    public int? OwnerOrgUnitId { get; set; }

    public DateOnly? LaunchedOn { get; set; }

    /// <summary>Set to retire the channel from that day on; its history stays.</summary>
    public DateOnly? RetiredOn { get; set; }
}

/// <summary>What the column form edits.</summary>
public sealed class ColumnInput
{
    public string? Name { get; set; }

    public ColumnCategory Category { get; set; } = ColumnCategory.News;

    public UpdateClass UpdateClass { get; set; } = UpdateClass.TwoWeeks;
}
