using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ChannelId = table.Column<int>(type: "int", nullable: false),
                    ColumnKey = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostingDayRollups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostingMonthRollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    ChannelId = table.Column<int>(type: "int", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
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
