using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Postings_OrgUnitId",
                table: "Postings");

            migrationBuilder.DropIndex(
                name: "IX_Postings_PublishedOn",
                table: "Postings");

            migrationBuilder.CreateIndex(
                name: "IX_Postings_OrgUnitId_PublishedOn_ChannelId_ColumnId",
                table: "Postings",
                columns: new[] { "OrgUnitId", "PublishedOn", "ChannelId", "ColumnId" });

            migrationBuilder.CreateIndex(
                name: "IX_Postings_PublishedOn_ChannelId_ColumnId_OrgUnitId",
                table: "Postings",
                columns: new[] { "PublishedOn", "ChannelId", "ColumnId", "OrgUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Postings_OrgUnitId_PublishedOn_ChannelId_ColumnId",
                table: "Postings");

            migrationBuilder.DropIndex(
                name: "IX_Postings_PublishedOn_ChannelId_ColumnId_OrgUnitId",
                table: "Postings");

            migrationBuilder.CreateIndex(
                name: "IX_Postings_OrgUnitId",
                table: "Postings",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Postings_PublishedOn",
                table: "Postings",
                column: "PublishedOn");
        }
    }
}
