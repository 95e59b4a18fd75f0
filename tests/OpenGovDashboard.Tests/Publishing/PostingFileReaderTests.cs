using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using OpenGovDashboard.Web.Features.Publishing.Import;
using OpenGovDashboard.Web.Resources;

namespace OpenGovDashboard.Tests.Publishing;

/// <summary>The import file reader on in-memory files: time formats, encodings, row numbers, header and size problems.</summary>
public sealed class PostingFileReaderTests
{
    private const string Header = "渠道,栏目,单位,标题,链接,发布时间,外部编号\r\n";

    public PostingFileReaderTests()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Theory]
    [InlineData("2019-11-06 09:30", "2019-11-06T01:30:00Z")]
    [InlineData("2019-11-06 09:30:15", "2019-11-06T01:30:15Z")]
    [InlineData("2019/11/6 9:30", "2019-11-06T01:30:00Z")]
    [InlineData("2019/1/6 9:05:07", "2019-01-06T01:05:07Z")]
    [InlineData("2019-11-06T09:30:00+08:00", "2019-11-06T01:30:00Z")]
    [InlineData("2019-11-06T01:30:00Z", "2019-11-06T01:30:00Z")]
    [InlineData("2019-11-06T09:30:00", "2019-11-06T01:30:00Z")]
    [InlineData("2019年11月6日 9:30", "2019-11-06T01:30:00Z")]
    [InlineData("2019-11-06", "2019-11-05T16:00:00Z")]
    public void PublicationTimesWithoutAnOffsetAreShanghaiTime(string text, string expectedUtc)
    {
        var instant = PostingFileReader.Instant(text);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture), instant);
    }

    [Theory]
    [InlineData("昨天")]
    [InlineData("06/11/2019")]
    [InlineData("2019-13-01 09:00")]
    [InlineData("2019-11-06 25:00")]
    public void UnreadablePublicationTimesAreNull(string text) => Assert.Null(PostingFileReader.Instant(text));

    [Fact]
    public void ExcelDateCellsAndSerialNumbersAreShanghaiTime()
    {
        Assert.Equal(new DateTimeOffset(2019, 11, 6, 9, 30, 0, TimeSpan.FromHours(8)), PostingFileReader.Instant(new DateTime(2019, 11, 6, 9, 30, 0)));
        Assert.Equal(new DateTimeOffset(2019, 11, 6, 12, 0, 0, TimeSpan.FromHours(8)), PostingFileReader.Instant(new DateTime(2019, 11, 6, 12, 0, 0).ToOADate()));
    }

    [Fact]
    public void Utf8CsvWhoseChineseTextCrossesTheSniffedPrefixIsStillUtf8()
    {
        // Well over 64 KB of three-byte characters, so that one of them is cut at the edge of the part looked at.
        var title = new string('罗', 30_000);
        var before = Header + "山水湖城·玉都罗甸,a,,";
        Assert.NotEqual(0, ((64 * 1024) - Encoding.UTF8.GetByteCount(before)) % 3);
        var csv = Encoding.UTF8.GetBytes(before + $"{title},,2018-03-01 09:00,x\r\n");
        var file = Reader().Read(new MemoryStream(csv), PostingFileFormat.Csv, CancellationToken.None);
        Assert.Empty(file.Errors);
        Assert.Equal(title, Assert.Single(file.Items).Title);
    }

    [Fact]
    public void Gb18030CsvIsDecoded()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var file = Reader().Read(new MemoryStream(gb18030.GetBytes(Header + "山水湖城·玉都罗甸,,,玉都罗甸见闻,,2018-03-01 09:00,x\r\n")), PostingFileFormat.Csv, CancellationToken.None);
        Assert.Empty(file.Errors);
        Assert.Equal(("山水湖城·玉都罗甸", "玉都罗甸见闻"), (file.Items[0].Channel, file.Items[0].Title));
    }

    [Fact]
    public void BlankRowsAboveTheHeaderMoveTheRowNumbers()
    {
        var file = Reader().Read(new MemoryStream(Encoding.UTF8.GetBytes("\r\n,,,\r\n" + Header + "a,,,t,,昨天,x\r\n")), PostingFileFormat.Csv, CancellationToken.None);
        Assert.Equal(4, file.FirstRow);
        var error = Assert.Single(file.Errors);
        Assert.Equal((4, "publishedAt"), (error.Row, error.Field));
    }

    [Fact]
    public void DuplicateHeadersAreNamed()
    {
        var file = Reader().Read(new MemoryStream(Encoding.UTF8.GetBytes("渠道,标题,发布时间,title\r\na,t,2018-03-01 09:00,u\r\n")), PostingFileFormat.Csv, CancellationToken.None);
        Assert.False(file.IsReadable);
        var error = Assert.Single(file.Errors);
        Assert.Equal((1, "title"), (error.Row, error.Field));
        Assert.Equal("表头“title”（第 D 列）重复出现。", error.Message);
    }

    [Fact]
    public void FilesWithMoreRowsThanTheLimitStopWithAnError()
    {
        var rows = Enumerable.Range(1, 5).Select(i => new Dictionary<string, object?> { ["渠道"] = "a", ["标题"] = $"t{i}", ["发布时间"] = "2018-03-01 09:00" }).ToList();
        using var workbook = new MemoryStream();
        workbook.SaveAs(rows, excelType: ExcelType.XLSX);
        workbook.Position = 0;

        var file = Reader(maxRows: 3).Read(workbook, PostingFileFormat.Xlsx, CancellationToken.None);

        Assert.False(file.IsReadable);
        var error = Assert.Single(file.Errors);
        Assert.Equal((5, "file"), (error.Row, error.Field));
        Assert.Equal("文件的数据行超过 3 行，请拆分成几个文件分别导入。", error.Message);
    }

    private static PostingFileReader Reader(int maxRows = 1000)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return new PostingFileReader(
            services.GetRequiredService<IStringLocalizer<SharedResource>>(),
            Options.Create(new PostingImportOptions { MaxRows = maxRows }),
            NullLogger<PostingFileReader>.Instance);
    }
}
