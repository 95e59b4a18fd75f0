namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// Tables 三 and 四 of a year from the register: pure counts over the requests and cases the caller chose (one unit, or
/// the whole county).
/// </summary>
public static class RequestTables
{
    /// <summary>
    /// Table 三 for <paramref name="year"/> in that year's form. Each request counts in its applicant's column and in 总计:
    /// 一 when received (Art. 31) in the year; 二 when received earlier and still open on 31 December of the year before;
    /// 三 under the row of its result (in this year's form) when answered in the year, and in （七）总计; 四 when still open
    /// on 31 December. Carry-over comes from the dates, so 一 + 二 = 三（七）+ 四 holds for any valid register.
    /// </summary>
    public static RequestTable BuildTableThree(int year, IEnumerable<DisclosureRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var form = RequestReportForms.FormFor(year);
        var yearEnd = new DateOnly(year, 12, 31);
        var lastYearEnd = new DateOnly(year - 1, 12, 31);
        var counts = RequestReportForms.Rows(form).ToDictionary(r => r.Key, _ => new int[6]);
        foreach (var request in requests)
        {
            var received = request.ReceivedOn
                ?? throw new ArgumentException($"Request {request.Reference} has no receipt date.", nameof(requests));
            var column = (int)request.ApplicantType;
            if (received.Year == year)
            {
                counts["1"][column]++;
            }

            if (request.IsOpenAt(lastYearEnd))
            {
                counts["2"][column]++;
            }

            if (request.Answer is { } answer && answer.On.Year == year)
            {
                counts[RequestReportForms.RowFor(answer.Result, form).Key][column]++;
                counts["3.7"][column]++;
            }

            if (request.IsOpenAt(yearEnd))
            {
                counts["4"][column]++;
            }
        }

        return new RequestTable(year, form, [.. RequestReportForms.Rows(form).Select(row =>
            new RequestTableLine(row, [.. counts[row.Key].Select(c => (int?)c), counts[row.Key].Sum()]))]);
    }

    /// <summary>
    /// Table 四 for <paramref name="year"/>: the cases filed in the year, each under its outcome as known on 31 December
    /// (undecided by then: 尚未审结), with each group's 总计.
    /// </summary>
    public static ReviewTable BuildTableFour(int year, IEnumerable<ReviewCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var yearEnd = new DateOnly(year, 12, 31);
        var values = new int?[15];
        Array.Fill(values, 0);
        foreach (var reviewCase in cases.Where(c => c.FiledOn.Year == year))
        {
            values[ReviewTable.IndexOf(reviewCase.Kind, reviewCase.OutcomeOn(yearEnd))]++;
            values[ReviewTable.IndexOf(reviewCase.Kind, null)]++;
        }

        return new ReviewTable(year, values);
    }
}
