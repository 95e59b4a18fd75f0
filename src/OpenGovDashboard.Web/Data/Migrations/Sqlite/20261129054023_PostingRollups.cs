using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostingRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PostingDayRollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    ColumnKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostingDayRollups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostingMonthRollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostingMonthRollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostingDayRollups_ChannelId_Day",
                table: "PostingDayRollups",
                columns: new[] { "ChannelId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PostingDayRollups_Day_ChannelId_ColumnKey",
                table: "PostingDayRollups",
                columns: new[] { "Day", "ChannelId", "ColumnKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostingMonthRollups_OrgUnitKey_Year_Month",
                table: "PostingMonthRollups",
                columns: new[] { "OrgUnitKey", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PostingMonthRollups_Year_Month_ChannelId_OrgUnitKey",
                table: "PostingMonthRollups",
                columns: new[] { "Year", "Month", "ChannelId", "OrgUnitKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostingDayRollups");

            migrationBuilder.DropTable(
                name: "PostingMonthRollups");
        }
    }
}
