namespace OpenGovDashboard.Web.Domain;

/// <summary>栏目 — a column of a portal, with its report category and its inspection update class.</summary>
public sealed class Column
{
    public int Id { get; set; }

    public int ChannelId { get; set; }

    public Channel? Channel { get; set; }

    public required string Name { get; set; }

    public ColumnCategory Category { get; set; }

    public UpdateClass UpdateClass { get; set; }

    public int SortOrder { get; set; }

    public bool IsDemo { get; set; }
}
