using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.JobId);
        builder.Property(r => r.JobId).HasMaxLength(100);
        builder.Property(r => r.LastResult).HasMaxLength(1000);
    }
}
