using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Data;

/// <summary>
/// The one model of the dashboard. Each database provider has a subclass only so that its migrations
/// live apart (Data/Migrations/&lt;Provider&gt;); features add their entities through configurations here.
/// </summary>
public abstract class DashboardDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys, shared by every app node (sign-in cookies, antiforgery, protected secrets).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Channel> Channels => Set<Channel>();

    public DbSet<ChannelEvent> ChannelEvents => Set<ChannelEvent>();

    public DbSet<Column> Columns => Set<Column>();

    public DbSet<Posting> Postings => Set<Posting>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<PostingDayRollup> PostingDayRollups => Set<PostingDayRollup>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<PostingMonthRollup> PostingMonthRollups => Set<PostingMonthRollup>();

    public DbSet<TargetSnapshot> TargetSnapshots => Set<TargetSnapshot>();

    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    public DbSet<Domain.Requests.RegisteredRequest> Requests => Set<Domain.Requests.RegisteredRequest>();

    public DbSet<Domain.Requests.RegisteredRequestStep> RequestSteps => Set<Domain.Requests.RegisteredRequestStep>();

    public DbSet<Domain.Requests.RegisteredReviewCase> ReviewCases => Set<Domain.Requests.RegisteredReviewCase>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<Domain.AnnualReports.Article20Value> Article20Values => Set<Domain.AnnualReports.Article20Value>();

    public DbSet<Domain.AnnualReports.YearlyIndicator> YearlyIndicators => Set<Domain.AnnualReports.YearlyIndicator>();

    public DbSet<Domain.AnnualReports.AnnualReportDraft> AnnualReportDrafts => Set<Domain.AnnualReports.AnnualReportDraft>();

    public DbSet<Domain.AnnualReports.ReportedRequestTables> ReportedRequestTables => Set<Domain.AnnualReports.ReportedRequestTables>();

    public DbSet<PostingMonthColumnRollup> PostingMonthColumnRollups => Set<PostingMonthColumnRollup>();

    public DbSet<PostingMonthUnitRollup> PostingMonthUnitRollups => Set<PostingMonthUnitRollup>();

    public DbSet<PostingDayUnitRollup> PostingDayUnitRollups => Set<PostingDayUnitRollup>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<LiveSignal> LiveSignals => Set<LiveSignal>();

    public DbSet<Domain.Monitoring.MonitoringSource> MonitoringSources => Set<Domain.Monitoring.MonitoringSource>();

    public DbSet<Domain.Monitoring.ConnectorRun> ConnectorRuns => Set<Domain.Monitoring.ConnectorRun>();

    public DbSet<Domain.Monitoring.ChannelProbe> ChannelProbes => Set<Domain.Monitoring.ChannelProbe>();

    public DbSet<Domain.Monitoring.ProbeResult> ProbeResults => Set<Domain.Monitoring.ProbeResult>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name: readable in SQL and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);

        // Every DateTime is a UTC instant; SQLite hands them back unspecified, so say what they are.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
