using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Url).HasMaxLength(1000);
        builder.Property(p => p.ExternalId).HasMaxLength(200);
        builder.HasOne<Channel>().WithMany().HasForeignKey(p => p.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Column>().WithMany().HasForeignKey(p => p.ColumnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);

        // The dedupe keys of docs/api.md, and the day grain every chart groups by.
        builder.HasIndex(p => new { p.ChannelId, p.ExternalId });
        builder.HasIndex(p => new { p.ChannelId, p.Url });
        builder.HasIndex(p => new { p.ChannelId, p.PublishedOn });

        // Covering: the rollup rebuild, the summary's edge days and the overview read these columns only, so they scan the
        // index and never the 5-million-row table (bench/: docs/benchmarks.md). The second serves one unit's subtree.
        builder.HasIndex(p => new { p.PublishedOn, p.ChannelId, p.ColumnId, p.OrgUnitId });
        builder.HasIndex(p => new { p.OrgUnitId, p.PublishedOn, p.ChannelId, p.ColumnId });
    }
}
