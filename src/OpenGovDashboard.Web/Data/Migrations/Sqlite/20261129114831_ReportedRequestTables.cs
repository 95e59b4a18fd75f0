using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportedRequestTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportedRequestTables",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedRequestTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportedRequestTables_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedRequestTables_OrgUnitId",
                table: "ReportedRequestTables",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedRequestTables_Year_OrgUnitId",
                table: "ReportedRequestTables",
                columns: new[] { "Year", "OrgUnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportedRequestTables");
        }
    }
}
