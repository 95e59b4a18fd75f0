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

/// <summary>The newer rollups are written only by SQL (upserts and INSERT … SELECT), never tracked: their key is their grain.</summary>
internal sealed class PostingMonthColumnRollupConfiguration : IEntityTypeConfiguration<PostingMonthColumnRollup>
{
    public void Configure(EntityTypeBuilder<PostingMonthColumnRollup> builder) =>
        builder.HasKey(r => new { r.Year, r.Month, r.ChannelId, r.ColumnKey });
}

internal sealed class PostingMonthUnitRollupConfiguration : IEntityTypeConfiguration<PostingMonthUnitRollup>
{
    public void Configure(EntityTypeBuilder<PostingMonthUnitRollup> builder) =>
        builder.HasKey(r => new { r.Year, r.Month, r.OrgUnitKey });
}

internal sealed class PostingDayUnitRollupConfiguration : IEntityTypeConfiguration<PostingDayUnitRollup>
{
    public void Configure(EntityTypeBuilder<PostingDayUnitRollup> builder) =>
        builder.HasKey(r => new { r.Day, r.OrgUnitKey });
}
