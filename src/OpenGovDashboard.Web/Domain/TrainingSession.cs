namespace OpenGovDashboard.Web.Domain;

/// <summary>培训会 / 汇报会 — a training session or briefing and how many attended (人次).</summary>
public sealed class TrainingSession
{
    public int Id { get; set; }

    public DateOnly HeldOn { get; set; }

    public TrainingKind Kind { get; set; }

    public required string Title { get; set; }

    public int? OrganiserOrgUnitId { get; set; }

    public int Attendees { get; set; }

    public decimal? Hours { get; set; }

    public string? Notes { get; set; }

    public bool IsDemo { get; set; }
}
