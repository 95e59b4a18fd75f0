using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Notes).HasMaxLength(2000);
        builder.Property(t => t.Hours).HasPrecision(6, 2);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.OrganiserOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.HeldOn);
    }
}
