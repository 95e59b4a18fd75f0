using OpenGovDashboard.Web.Auth;
using OpenGovDashboard.Web.Components;
using OpenGovDashboard.Web.Data;
using OpenGovDashboard.Web.Features.Administration;
using OpenGovDashboard.Web.Features.Alerts;
using OpenGovDashboard.Web.Features.AnnualReports;
using OpenGovDashboard.Web.Features.Api;
using OpenGovDashboard.Web.Features.Calendar;
using OpenGovDashboard.Web.Features.Channels;
using OpenGovDashboard.Web.Features.Health;
using OpenGovDashboard.Web.Features.Monitoring;
using OpenGovDashboard.Web.Features.Operations;
using OpenGovDashboard.Web.Features.Overview;
using OpenGovDashboard.Web.Features.Publishing;
using OpenGovDashboard.Web.Features.Requests;
using OpenGovDashboard.Web.Features.Targets;
using OpenGovDashboard.Web.Features.Trainings;
using OpenGovDashboard.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);

builder.AddDashboardData();
builder.AddDashboardAuth();
builder.AddDashboardJobs();
builder.AddDashboardHealth();
builder.AddDashboardApi();
builder.AddDashboardUi();
builder.AddOverview();
builder.AddChannels();
builder.AddPublishing();
builder.AddTrainings();
builder.AddTargets();
builder.AddRequests();
builder.AddAlerts();
builder.AddAnnualReports();
builder.AddAdministration();
builder.AddCalendar();
builder.AddMonitoring();
builder.AddOperations();

var app = builder.Build();

app.UseOperations();
app.UseDashboardUi();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapDashboardHealth();
app.MapDashboardApi();
app.MapDashboardJobs();
app.MapDashboardUi();

app.Run();

/// <summary>The app's entry point; public so that tests can host it.</summary>
public partial class Program;
