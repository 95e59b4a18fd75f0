using OpenGovDashboard.Web.Domain.AnnualReports;

namespace OpenGovDashboard.Tests.AnnualReports;

/// <summary>Section 六's 信息处理费 sentence: drafted in 2021-form years, placed into the office's own text without losing it.</summary>
public sealed class SectionSixTextTests
{
    [Fact]
    public void A2021FormYearStatesTheFeesChargedOrThatNoneWere()
    {
        Assert.Equal("本年度共收取信息处理费3件、1250.5元。", SectionSixText.FeeSentence(2021, 3, 1250.50m));
        Assert.Equal("本年度无收取信息处理费情况，收取信息处理费0元。", SectionSixText.FeeSentence(2024, 0, 0));
        Assert.Null(SectionSixText.FeeSentence(2020, 2, 100));
        Assert.Equal("无。", SectionSixText.Draft(2019, 0, 0));
    }

    [Fact]
    public void TheFeeSentenceReplacesTheFeeLineOrJoinsTheOfficesTextAsALineOfItsOwn()
    {
        const string Fee = "本年度共收取信息处理费1件、30元。";
        Assert.Equal(Fee, SectionSixText.WithFeeSentence("无。", Fee));
        Assert.Equal(Fee, SectionSixText.WithFeeSentence("", Fee));
        Assert.Equal("落实年度政务公开工作要点情况见附件。\n" + Fee, SectionSixText.WithFeeSentence("落实年度政务公开工作要点情况见附件。", Fee));
        Assert.Equal("本年度人大代表建议办理结果已全部公开。\n" + Fee + "\n其他无。",
            SectionSixText.WithFeeSentence("本年度人大代表建议办理结果已全部公开。\n本年度无收取信息处理费情况，收取信息处理费0元。\n其他无。", Fee));
    }
}
