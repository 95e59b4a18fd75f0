using System.Globalization;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Web.Features.Calendar;

/// <summary>
/// The 国务院办公厅 部分节假日安排 of 2019–2026, the one place these facts live (docs/domain.md §4, after
/// NateScarlet/holiday-cn @ d4e53bf). Off ranges include the weekend days inside them; every 班 make-up day is
/// listed. Ordinary weekends merely next to a holiday are not listed, as in the notices.
/// </summary>
public static class OfficialHolidays
{
    private const string NewYear = "元旦";
    private const string SpringFestival = "春节";
    private const string QingMing = "清明节";
    private const string LabourDay = "劳动节";
    private const string DragonBoat = "端午节";
    private const string MidAutumn = "中秋节";
    private const string NationalDay = "国庆节";
    private const string NationalDayAndMidAutumn = "国庆节、中秋节";

    public static IReadOnlyList<OfficialHolidayYear> Years { get; } =
    [
        Year(2019, "http://www.gov.cn/zhengce/content/2018-12/06/content_5346276.htm",
            // The 2019-03 notice lengthened 劳动节 to 05-01…05-04 with make-up days 04-28 and 05-05.
            "http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm",
            WorkOn(NewYear, "2018-12-29"), OffRange(NewYear, "2018-12-30", "2019-01-01"),
            WorkOn(SpringFestival, "2019-02-02", "2019-02-03"), OffRange(SpringFestival, "2019-02-04", "2019-02-10"),
            OffOn(QingMing, "2019-04-05"),
            WorkOn(LabourDay, "2019-04-28", "2019-05-05"), OffRange(LabourDay, "2019-05-01", "2019-05-04"),
            OffOn(DragonBoat, "2019-06-07"),
            OffOn(MidAutumn, "2019-09-13"),
            WorkOn(NationalDay, "2019-09-29", "2019-10-12"), OffRange(NationalDay, "2019-10-01", "2019-10-07")),
        Year(2020, "http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm",
            // COVID-19: the 2020-01-27 notice extended 春节 to 02-02; 02-01 stopped being a make-up day.
            "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm",
            OffOn(NewYear, "2020-01-01"),
            WorkOn(SpringFestival, "2020-01-19"), OffRange(SpringFestival, "2020-01-24", "2020-02-02"),
            OffRange(QingMing, "2020-04-04", "2020-04-06"),
            WorkOn(LabourDay, "2020-04-26", "2020-05-09"), OffRange(LabourDay, "2020-05-01", "2020-05-05"),
            OffRange(DragonBoat, "2020-06-25", "2020-06-27"), WorkOn(DragonBoat, "2020-06-28"),
            WorkOn(NationalDayAndMidAutumn, "2020-09-27", "2020-10-10"), OffRange(NationalDayAndMidAutumn, "2020-10-01", "2020-10-08")),
        Year(2021, "http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm", null,
            OffRange(NewYear, "2021-01-01", "2021-01-03"),
            WorkOn(SpringFestival, "2021-02-07", "2021-02-20"), OffRange(SpringFestival, "2021-02-11", "2021-02-17"),
            OffRange(QingMing, "2021-04-03", "2021-04-05"),
            WorkOn(LabourDay, "2021-04-25", "2021-05-08"), OffRange(LabourDay, "2021-05-01", "2021-05-05"),
            OffRange(DragonBoat, "2021-06-12", "2021-06-14"),
            WorkOn(MidAutumn, "2021-09-18"), OffRange(MidAutumn, "2021-09-19", "2021-09-21"),
            WorkOn(NationalDay, "2021-09-26", "2021-10-09"), OffRange(NationalDay, "2021-10-01", "2021-10-07")),
        Year(2022, "http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm", null,
            OffRange(NewYear, "2022-01-01", "2022-01-03"),
            WorkOn(SpringFestival, "2022-01-29", "2022-01-30"), OffRange(SpringFestival, "2022-01-31", "2022-02-06"),
            WorkOn(QingMing, "2022-04-02"), OffRange(QingMing, "2022-04-03", "2022-04-05"),
            WorkOn(LabourDay, "2022-04-24", "2022-05-07"), OffRange(LabourDay, "2022-04-30", "2022-05-04"),
            OffRange(DragonBoat, "2022-06-03", "2022-06-05"),
            OffRange(MidAutumn, "2022-09-10", "2022-09-12"),
            OffRange(NationalDay, "2022-10-01", "2022-10-07"), WorkOn(NationalDay, "2022-10-08", "2022-10-09")),
        Year(2023, "http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm", null,
            OffRange(NewYear, "2022-12-31", "2023-01-02"),
            OffRange(SpringFestival, "2023-01-21", "2023-01-27"), WorkOn(SpringFestival, "2023-01-28", "2023-01-29"),
            OffOn(QingMing, "2023-04-05"),
            WorkOn(LabourDay, "2023-04-23", "2023-05-06"), OffRange(LabourDay, "2023-04-29", "2023-05-03"),
            OffRange(DragonBoat, "2023-06-22", "2023-06-24"), WorkOn(DragonBoat, "2023-06-25"),
            OffRange(NationalDayAndMidAutumn, "2023-09-29", "2023-10-06"), WorkOn(NationalDayAndMidAutumn, "2023-10-07", "2023-10-08")),
        Year(2024, "https://www.gov.cn/zhengce/content/202310/content_6911528.htm", null,
            OffOn(NewYear, "2024-01-01"),
            WorkOn(SpringFestival, "2024-02-04", "2024-02-18"), OffRange(SpringFestival, "2024-02-10", "2024-02-17"),
            OffRange(QingMing, "2024-04-04", "2024-04-06"), WorkOn(QingMing, "2024-04-07"),
            WorkOn(LabourDay, "2024-04-28", "2024-05-11"), OffRange(LabourDay, "2024-05-01", "2024-05-05"),
            OffOn(DragonBoat, "2024-06-10"),
            WorkOn(MidAutumn, "2024-09-14"), OffRange(MidAutumn, "2024-09-15", "2024-09-17"),
            WorkOn(NationalDay, "2024-09-29", "2024-10-12"), OffRange(NationalDay, "2024-10-01", "2024-10-07")),
        Year(2025, "https://www.gov.cn/zhengce/content/202411/content_6986383.htm", null,
            OffOn(NewYear, "2025-01-01"),
            WorkOn(SpringFestival, "2025-01-26", "2025-02-08"), OffRange(SpringFestival, "2025-01-28", "2025-02-04"),
            OffRange(QingMing, "2025-04-04", "2025-04-06"),
            WorkOn(LabourDay, "2025-04-27"), OffRange(LabourDay, "2025-05-01", "2025-05-05"),
            OffRange(DragonBoat, "2025-05-31", "2025-06-02"),
            WorkOn(NationalDayAndMidAutumn, "2025-09-28", "2025-10-11"), OffRange(NationalDayAndMidAutumn, "2025-10-01", "2025-10-08")),
        Year(2026, "https://www.gov.cn/zhengce/content/202511/content_7047091.htm", null,
            OffRange(NewYear, "2026-01-01", "2026-01-03"), WorkOn(NewYear, "2026-01-04"),
            WorkOn(SpringFestival, "2026-02-14", "2026-02-28"), OffRange(SpringFestival, "2026-02-15", "2026-02-23"),
            OffRange(QingMing, "2026-04-04", "2026-04-06"),
            OffRange(LabourDay, "2026-05-01", "2026-05-05"), WorkOn(LabourDay, "2026-05-09"),
            OffRange(DragonBoat, "2026-06-19", "2026-06-21"),
            OffRange(MidAutumn, "2026-09-25", "2026-09-27"),
            WorkOn(NationalDay, "2026-09-20", "2026-10-10"), OffRange(NationalDay, "2026-10-01", "2026-10-07")),
    ];

    /// <summary>The holiday names the notices use, in calendar order (offered as suggestions when entering a year).</summary>
    public static IReadOnlyList<string> Names { get; } =
        [NewYear, SpringFestival, QingMing, LabourDay, DragonBoat, MidAutumn, NationalDay, NationalDayAndMidAutumn];

    /// <summary>The notice title in the form every year's 国务院办公厅 notice uses.</summary>
    public static string NoticeTitleFor(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"国务院办公厅关于{year}年部分节假日安排的通知");

    /// <summary>A calendar of exactly these years, without the database.</summary>
    public static WorkingDayCalendar BuildCalendar() =>
        new(Years.Select(y => y.Year), Years.SelectMany(y => y.Days));

    private static OfficialHolidayYear Year(int year, string noticeUrl, string? amendmentUrl, params IEnumerable<HolidayDay>[] groups) =>
        new(year, NoticeTitleFor(year), noticeUrl, amendmentUrl, [.. groups.SelectMany(g => g).OrderBy(d => d.Date)]);

    /// <summary>Every day from <paramref name="first"/> to <paramref name="last"/> inclusive off.</summary>
    private static IEnumerable<HolidayDay> OffRange(string name, string first, string last)
    {
        for (var date = Parse(first); date <= Parse(last); date = date.AddDays(1))
        {
            yield return new HolidayDay(date, true, name);
        }
    }

    private static IEnumerable<HolidayDay> OffOn(string name, string date) => [new HolidayDay(Parse(date), true, name)];

    /// <summary>Make-up workdays (班): each date given, not a range.</summary>
    private static IEnumerable<HolidayDay> WorkOn(string name, params string[] dates) =>
        dates.Select(d => new HolidayDay(Parse(d), false, name));

    private static DateOnly Parse(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
