using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class PostingDayRollupConfiguration : IEntityTypeConfiguration<PostingDayRollup>
{
    public void Configure(EntityTypeBuilder<PostingDayRollup> builder)
    {
        builder.HasIndex(r => new { r.Day, r.ChannelId, r.ColumnKey }).IsUnique();
        builder.HasIndex(r => new { r.ChannelId, r.Day });
    }
}

internal sealed class PostingMonthRollupConfiguration : IEntityTypeConfiguration<PostingMonthRollup>
{
    public void Configure(EntityTypeBuilder<PostingMonthRollup> builder)
    {
        builder.HasIndex(r => new { r.Year, r.Month, r.ChannelId, r.OrgUnitKey }).IsUnique();
        builder.HasIndex(r => new { r.OrgUnitKey, r.Year, r.Month });
    }
}
