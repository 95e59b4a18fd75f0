using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class LiveSignalConfiguration : IEntityTypeConfiguration<LiveSignal>
{
    public void Configure(EntityTypeBuilder<LiveSignal> builder)
    {
        builder.HasKey(s => s.Topic);
        builder.Property(s => s.Topic).HasMaxLength(50);
        // The row exists from the migration on, so a signal is one UPDATE and a poll one primary-key read.
        builder.HasData(new LiveSignal { Topic = LiveSignal.Postings, Version = 0 });
    }
}
