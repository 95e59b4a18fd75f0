using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.PostgreSql
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ChannelId = table.Column<int>(type: "integer", nullable: false),
                    ColumnKey = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ChannelId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitKey = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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
