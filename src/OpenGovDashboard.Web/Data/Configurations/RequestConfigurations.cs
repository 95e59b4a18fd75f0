using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class RegisteredRequestConfiguration : IEntityTypeConfiguration<RegisteredRequest>
{
    public void Configure(EntityTypeBuilder<RegisteredRequest> builder)
    {
        builder.ToTable("DisclosureRequests");
        builder.Property(r => r.Reference).HasMaxLength(50);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Subject).HasMaxLength(500);
        builder.Property(r => r.ApplicantName).HasMaxLength(100);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.HandlingOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);

        // The register filters by year of receipt and by what is still open.
        builder.HasIndex(r => new { r.ReceivedOn, r.HandlingOrgUnitId });
        builder.HasIndex(r => r.AnsweredOn);
    }
}

internal sealed class RegisteredRequestStepConfiguration : IEntityTypeConfiguration<RegisteredRequestStep>
{
    public void Configure(EntityTypeBuilder<RegisteredRequestStep> builder)
    {
        builder.ToTable("DisclosureRequestSteps");
        builder.HasIndex(s => new { s.RequestId, s.Sequence }).IsUnique();
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.Property(s => s.ApprovedBy).HasMaxLength(256);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class RegisteredReviewCaseConfiguration : IEntityTypeConfiguration<RegisteredReviewCase>
{
    public void Configure(EntityTypeBuilder<RegisteredReviewCase> builder)
    {
        builder.ToTable("ReviewCases");
        builder.Property(c => c.Reference).HasMaxLength(100);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Notes).HasMaxLength(1000);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegisteredRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.FiledOn);
    }
}
