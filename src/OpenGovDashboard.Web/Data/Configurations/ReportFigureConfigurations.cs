using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;
using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class Article20ValueConfiguration : IEntityTypeConfiguration<Article20Value>
{
    public void Configure(EntityTypeBuilder<Article20Value> builder)
    {
        builder.Property(v => v.Section).HasMaxLength(50);
        builder.Property(v => v.Item).HasMaxLength(50);
        builder.Property(v => v.Unit).HasMaxLength(10);
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.Year, v.OrgUnitId, v.Section, v.Item, v.Column }).IsUnique();
    }
}

internal sealed class YearlyIndicatorConfiguration : IEntityTypeConfiguration<YearlyIndicator>
{
    public void Configure(EntityTypeBuilder<YearlyIndicator> builder)
    {
        builder.Property(v => v.Key).HasMaxLength(50);
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.Year, v.OrgUnitId, v.Key }).IsUnique();
    }
}

internal sealed class AnnualReportDraftConfiguration : IEntityTypeConfiguration<AnnualReportDraft>
{
    public void Configure(EntityTypeBuilder<AnnualReportDraft> builder)
    {
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.Property(d => d.FinalizedBy).HasMaxLength(256);
        builder.Property(d => d.ChecksOverride).HasMaxLength(1000);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.Year, d.OrgUnitId, d.Version }).IsUnique();
    }
}

internal sealed class ReportedRequestTablesConfiguration : IEntityTypeConfiguration<ReportedRequestTables>
{
    public void Configure(EntityTypeBuilder<ReportedRequestTables> builder)
    {
        builder.Property(t => t.Organization).HasMaxLength(200);
        builder.Property(t => t.SavedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Year, t.OrgUnitId }).IsUnique();
    }
}
