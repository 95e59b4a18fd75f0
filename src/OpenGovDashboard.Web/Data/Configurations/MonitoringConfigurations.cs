using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.Monitoring;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class MonitoringSourceConfiguration : IEntityTypeConfiguration<MonitoringSource>
{
    public void Configure(EntityTypeBuilder<MonitoringSource> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasIndex(s => s.ChannelId);
        builder.HasOne<Channel>().WithMany().HasForeignKey(s => s.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Column>().WithMany().HasForeignKey(s => s.ColumnId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Url).HasMaxLength(1000);
        builder.Property(s => s.Account).HasMaxLength(100);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(2000);
        builder.Property(s => s.ItemSelector).HasMaxLength(300);
        builder.Property(s => s.LinkSelector).HasMaxLength(300);
        builder.Property(s => s.TitleSelector).HasMaxLength(300);
        builder.Property(s => s.DateSelector).HasMaxLength(300);
        builder.Property(s => s.NextPageSelector).HasMaxLength(300);
        builder.Property(s => s.PageUrlPattern).HasMaxLength(300);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class ConnectorRunConfiguration : IEntityTypeConfiguration<ConnectorRun>
{
    public void Configure(EntityTypeBuilder<ConnectorRun> builder)
    {
        builder.Property(r => r.SourceKey).HasMaxLength(100);
        builder.HasIndex(r => new { r.SourceKey, r.Id });
        builder.HasIndex(r => r.StartedAtUtc);
        builder.HasOne<MonitoringSource>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SkippedSample).HasMaxLength(8000);
        builder.Property(r => r.ErrorCode).HasMaxLength(64);
        builder.Property(r => r.ErrorMessage).HasMaxLength(1000);
    }
}

internal sealed class ChannelProbeConfiguration : IEntityTypeConfiguration<ChannelProbe>
{
    public void Configure(EntityTypeBuilder<ChannelProbe> builder)
    {
        builder.HasKey(p => p.ChannelId);
        builder.HasOne<Channel>().WithOne().HasForeignKey<ChannelProbe>(p => p.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Url).HasMaxLength(1000);
    }
}

internal sealed class ProbeResultConfiguration : IEntityTypeConfiguration<ProbeResult>
{
    public void Configure(EntityTypeBuilder<ProbeResult> builder)
    {
        builder.HasIndex(r => new { r.ChannelId, r.ProbedOn });

        // Results recorded before the trigger was kept all came from the schedule (立即探测 did not record them apart).
        builder.Property(r => r.Trigger).HasDefaultValue(ProbeTrigger.Schedule);
        builder.HasIndex(r => r.ProbedOn);
        builder.HasOne<Channel>().WithMany().HasForeignKey(r => r.ChannelId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Error).HasMaxLength(300);
    }
}
