using OpenGovDashboard.Web.Features.Monitoring.Connectors;

namespace OpenGovDashboard.Tests.Monitoring;

public sealed class ConnectorDatesTests
{
    private static readonly DateOnly RunDate = new(2019, 11, 10);

    [Theory]
    [InlineData("2019-11-06", 2019, 11, 6)]
    [InlineData("发布时间：2019/11/06", 2019, 11, 6)]
    [InlineData("2019年11月6日", 2019, 11, 6)]
    [InlineData("2019 年 1 月 6 日", 2019, 1, 6)]
    [InlineData("2019.11.06", 2019, 11, 6)]
    [InlineData("[11-06]", 2019, 11, 6)]
    [InlineData("11-10", 2019, 11, 10)]
    [InlineData("11-11", 2018, 11, 11)]
    [InlineData("(12-30)", 2018, 12, 30)]
    [InlineData("3月5日", 2019, 3, 5)]
    public void ListDatesInEveryPortalForm(string text, int year, int month, int day)
    {
        Assert.True(ConnectorDates.TryFindListDate(text, RunDate, out var value));
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(8)), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("待定")]
    [InlineData("2019-13-01")]
    [InlineData("02-30")]
    public void TextWithoutAValidDateIsNotADate(string text) => Assert.False(ConnectorDates.TryFindListDate(text, RunDate, out _));

    [Theory]
    [InlineData("Tue, 05 Nov 2019 09:30:00 +0800", "2019-11-05T01:30:00Z")]
    [InlineData("Tue, 5 Nov 2019 01:30:00 GMT", "2019-11-05T01:30:00Z")]
    [InlineData("05 Nov 2019 09:30 CST", "2019-11-05T01:30:00Z")]
    [InlineData("2019-11-05T09:30:00+08:00", "2019-11-05T01:30:00Z")]
    [InlineData("2019-11-05T01:30:00Z", "2019-11-05T01:30:00Z")]
    [InlineData("2019-11-05 09:30:00", "2019-11-05T01:30:00Z")]
    [InlineData("2019年11月5日", "2019-11-04T16:00:00Z")]
    public void FeedTimesInRfc822AndIsoFormsAreInstants(string text, string utc)
    {
        Assert.True(ConnectorDates.TryParseFeedDate(text, RunDate, out var value));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void WeiboCreatedAtKeepsItsOffset()
    {
        Assert.True(ConnectorDates.TryParseWeibo("Tue Nov 05 09:30:00 +0800 2019", out var value));
        Assert.Equal(new DateTimeOffset(2019, 11, 5, 9, 30, 0, TimeSpan.FromHours(8)), value);
    }

    [Fact]
    public void UnixSecondsAreShownInShanghai() =>
        Assert.Equal(new DateTimeOffset(2019, 12, 22, 15, 33, 20, TimeSpan.FromHours(8)), ConnectorDates.FromUnixSeconds(1577000000));
}
