using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Tests.Requests;

/// <summary>Table 三 of the 2019 and 2021 forms and where each result is counted (docs/domain.md §1.5).</summary>
public sealed class RequestTaxonomyTests
{
    [Theory]
    [InlineData(2019, ReportForm.Form2019)]
    [InlineData(2020, ReportForm.Form2019)]
    [InlineData(2021, ReportForm.Form2021)]
    [InlineData(2025, ReportForm.Form2021)]
    public void TheFormFollowsTheReportingYear(int year, ReportForm form) => Assert.Equal(form, RequestReportForms.FormFor(year));

    [Fact]
    public void The2019FormHas23DataRowsAndThe2021FormHas25()
    {
        Assert.Equal(23, RequestReportForms.Rows(ReportForm.Form2019).Count);
        Assert.Equal(25, RequestReportForms.Rows(ReportForm.Form2021).Count);
        Assert.Equal(19, RequestReportForms.ResultsOf(ReportForm.Form2019).Count);
        Assert.Equal(21, RequestReportForms.ResultsOf(ReportForm.Form2021).Count);
        Assert.Equal(7, RequestReportForms.Columns.Count);
    }

    [Fact]
    public void The2021SubItemsOfOtherHandlingAllFallIntoThe2019FormsSingleRow()
    {
        foreach (var result in new[] { RequestResult.OtherNoCorrection, RequestResult.OtherFeeUnpaid, RequestResult.OtherHandlingOther, RequestResult.OtherHandling })
        {
            var row = RequestReportForms.RowFor(result, ReportForm.Form2019);
            Assert.Equal("3.6", row.Key);
            Assert.Equal(["三、本年度办理结果", "（六）其他处理"], row.Path);
        }
    }

    [Fact]
    public void The2021FormSplitsOtherHandlingIntoThreeRows()
    {
        Assert.Equal("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            RequestReportForms.RowFor(RequestResult.OtherNoCorrection, ReportForm.Form2021).Label);
        Assert.Equal("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            RequestReportForms.RowFor(RequestResult.OtherFeeUnpaid, ReportForm.Form2021).Label);
        Assert.Equal("3.6.3", RequestReportForms.RowFor(RequestResult.OtherHandlingOther, ReportForm.Form2021).Key);
        // A 2019-form result printed on the 2021 form is not lost: it lands in "3.其他".
        Assert.Equal("3.6.3", RequestReportForms.RowFor(RequestResult.OtherHandling, ReportForm.Form2021).Key);
    }

    [Fact]
    public void EveryOtherResultHasTheSameRowInBothForms()
    {
        foreach (var result in RequestReportForms.ResultsOf(ReportForm.Form2019).Where(r => r != RequestResult.OtherHandling))
        {
            Assert.Equal(
                RequestReportForms.RowFor(result, ReportForm.Form2019),
                RequestReportForms.RowFor(result, ReportForm.Form2021),
                new RowComparer());
        }

        Assert.Equal("（三）不予公开 1.属于国家秘密", RequestReportForms.LabelOf(RequestResult.WithheldStateSecret, ReportForm.Form2019));
    }

    [Fact]
    public void EveryResultRowIsALeafAndEveryResultHasARowInEitherForm()
    {
        foreach (var form in Enum.GetValues<ReportForm>())
        {
            var resultRows = RequestReportForms.Rows(form).Where(r => r.Kind == RequestTableRowKind.Result).ToList();
            Assert.Equal(RequestReportForms.ResultsOf(form).Count, resultRows.Count);
            Assert.All(Enum.GetValues<RequestResult>(), r => Assert.Contains(RequestReportForms.RowFor(r, form), resultRows));
        }
    }

    private sealed class RowComparer : IEqualityComparer<RequestTableRow>
    {
        public bool Equals(RequestTableRow? x, RequestTableRow? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Path.SequenceEqual(y.Path) && x.Kind == y.Kind;

        public int GetHashCode(RequestTableRow obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
