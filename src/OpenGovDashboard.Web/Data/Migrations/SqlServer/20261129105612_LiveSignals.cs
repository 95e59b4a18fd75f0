using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGovDashboard.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LiveSignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveSignals",
                columns: table => new
                {
                    Topic = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveSignals", x => x.Topic);
                });

            migrationBuilder.InsertData(
                table: "LiveSignals",
                columns: new[] { "Topic", "Version" },
                values: new object[] { "postings", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiveSignals");
        }
    }
}
