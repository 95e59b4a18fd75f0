using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.NoticeTitle).HasMaxLength(200);
        builder.Property(y => y.NoticeUrl).HasMaxLength(500);
        builder.Property(y => y.AmendmentUrl).HasMaxLength(500);
        builder.Property(y => y.EnteredBy).HasMaxLength(256);
    }
}
