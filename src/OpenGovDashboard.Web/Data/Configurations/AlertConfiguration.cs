using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(200);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Message).HasMaxLength(1000);
        builder.Property(a => a.Link).HasMaxLength(300);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ResolvedAtUtc, a.OrgUnitId });
    }
}
