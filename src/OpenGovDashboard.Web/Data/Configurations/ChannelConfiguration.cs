using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasOne(c => c.OwnerOrgUnit).WithMany().HasForeignKey(c => c.OwnerOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Columns).WithOne(c => c.Channel).HasForeignKey(c => c.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
