using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ChannelMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChannelProbes",
                columns: table => new
                {
                    ChannelId = table.Column<int>(type: "int", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelProbes", x => x.ChannelId);
                    table.ForeignKey(
                        name: "FK_ChannelProbes_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ChannelId = table.Column<int>(type: "int", nullable: false),
                    ColumnId = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Account = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ItemSelector = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    LinkSelector = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    TitleSelector = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    DateSelector = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    NextPageSelector = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PageUrlPattern = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    MaxPages = table.Column<int>(type: "int", nullable: false),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringSources_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringSources_Columns_ColumnId",
                        column: x => x.ColumnId,
                        principalTable: "Columns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProbeResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ChannelId = table.Column<int>(type: "int", nullable: false),
                    ProbedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProbedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: true),
                    ElapsedMs = table.Column<int>(type: "int", nullable: false),
                    Failed = table.Column<bool>(type: "bit", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProbeResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProbeResults_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectorRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SourceKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceId = table.Column<int>(type: "int", nullable: true),
                    ChannelId = table.Column<int>(type: "int", nullable: false),
                    ColumnId = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    Fetched = table.Column<int>(type: "int", nullable: false),
                    Added = table.Column<int>(type: "int", nullable: false),
                    Duplicates = table.Column<int>(type: "int", nullable: false),
                    Skipped = table.Column<int>(type: "int", nullable: false),
                    SkippedSample = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ErrorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ErrorMessage = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectorRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectorRuns_MonitoringSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "MonitoringSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorRuns_SourceId",
                table: "ConnectorRuns",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorRuns_SourceKey_Id",
                table: "ConnectorRuns",
                columns: new[] { "SourceKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectorRuns_StartedAtUtc",
                table: "ConnectorRuns",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSources_ChannelId",
                table: "MonitoringSources",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSources_ColumnId",
                table: "MonitoringSources",
                column: "ColumnId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringSources_Name",
                table: "MonitoringSources",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProbeResults_ChannelId_ProbedOn",
                table: "ProbeResults",
                columns: new[] { "ChannelId", "ProbedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProbeResults_ProbedOn",
                table: "ProbeResults",
                column: "ProbedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelProbes");

            migrationBuilder.DropTable(
                name: "ConnectorRuns");

            migrationBuilder.DropTable(
                name: "ProbeResults");

            migrationBuilder.DropTable(
                name: "MonitoringSources");
        }
    }
}
