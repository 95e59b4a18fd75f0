using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class TargetSnapshotConfiguration : IEntityTypeConfiguration<TargetSnapshot>
{
    public void Configure(EntityTypeBuilder<TargetSnapshot> builder)
    {
        builder.HasOne<Target>().WithMany().HasForeignKey(s => s.TargetId).OnDelete(DeleteBehavior.Cascade);

        // One snapshot per target and day: the job upserts on it, so running it twice changes nothing.
        builder.HasIndex(s => new { s.TargetId, s.Day }).IsUnique();
    }
}
