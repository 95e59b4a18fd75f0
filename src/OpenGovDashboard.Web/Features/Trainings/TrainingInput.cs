using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Trainings;

/// <summary>One training session as a form or an API caller sends it; <see cref="Organiser"/> takes a unit id or its exact name.</summary>
public sealed class TrainingInput
{
    public DateOnly? HeldOn { get; set; }

    public TrainingKind? Kind { get; set; }

    public string? Title { get; set; }

    public string? Organiser { get; set; }

    public int? Attendees { get; set; }

    public decimal? Hours { get; set; }

    public string? Notes { get; set; }
}
