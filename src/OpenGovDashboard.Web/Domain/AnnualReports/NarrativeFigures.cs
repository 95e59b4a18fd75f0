using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenGovDashboard.Web.Domain.Requests;

namespace OpenGovDashboard.Web.Domain.AnnualReports;

/// <summary>
/// Finds the figures a report's narrative quotes ("收到政府信息公开申请12件", "主动公开政府信息10621条", "培训150余人次") by a
/// small set of label phrases, each tied to a table cell or a count, and compares them with what the tables and the data
/// hold. A disagreement is a <see cref="NarrativeWarning"/>: the narrative is free text (docs/domain.md §1.7, rule 6),
/// so it never fails a check. A phrase the set does not know is left alone.
/// </summary>
public static class NarrativeFigures
{
    /// <summary>A number as reports write it, with "余"/"多" for "at least".</summary>
    private const string N = @"(?<n>\d{1,3}(?:,\d{3})+|\d+)(?<approx>余|多)?";

    /// <summary>Characters of one clause: no comma, full stop or semicolon.</summary>
    private const string Clause = "[^,，。;；]";

    /// <summary>
    /// Phrase → figures, tried in this order; a later phrase never reuses text an earlier one matched (so "行政复议、提起
    /// 行政诉讼共3件" is not also read as "行政诉讼3件"). A phrase without a number says the figures are 0.
    /// </summary>
    private static readonly (Regex Phrase, NarrativeFigure[] Figures)[] Phrases =
    [
        (P(@"没有(?:收到)?(?:因政府信息公开(?:工作)?)?被?(?:申请)?行政复议[、和及与]?(?:提起)?行政诉讼"), [NarrativeFigure.Reviews, NarrativeFigure.Litigation]),
        (P($@"行政复议[、和及与](?:提起)?行政诉讼(?:的|情况|案件)?(?:共计?|合计)?{N}(?:件|起)"), [NarrativeFigure.ReviewsAndLitigation]),
        (P($@"行政复议(?:案件)?(?:共计?|合计)?{N}(?:件|起)"), [NarrativeFigure.Reviews]),
        (P($@"行政诉讼(?:案件)?(?:共计?|合计)?{N}(?:件|起)"), [NarrativeFigure.Litigation]),
        (P($@"(?:收到|新收|受理|办理)(?:各类)?(?:政府信息公开|依申请公开(?:政府信息)?)(?:申请)?(?:共计?|合计)?{N}(?:件|条|个)"), [NarrativeFigure.RequestsReceived]),
        (P(@"(?:没有|无)(?:结转|转结)下年度"), [NarrativeFigure.RequestsCarriedOver]),
        (P($@"(?:结转|转结)下年度(?:继续)?(?:办理)?的?(?:申请)?(?:共计?|合计)?{N}(?:件|条)"), [NarrativeFigure.RequestsCarriedOver]),
        (P($@"部分公开(?:\([^)]*\))?的?(?:申请)?(?:共计?|合计)?{N}(?:件|条)"), [NarrativeFigure.RequestsPartiallyDisclosed]),
        (P($@"(?<!部分)予以(?:全部)?公开的?(?:申请)?(?:共计?|合计)?{N}(?:件|条)"), [NarrativeFigure.RequestsDisclosed]),
        (P($@"主动公开政府信息(?:共计?|合计)?{N}(?:条|件)"), [NarrativeFigure.ProactivePostings]),
        (P($@"(?:门户网站|政府网站|门户网|政府网)(?:(?!微信|微博|公众号|客户端){Clause}){{0,12}}?(?:发布|公开|更新)(?:政府)?信息(?:共计?|合计)?{N}条"), [NarrativeFigure.PortalPostings]),
        (P($@"概况类(?:信息)?(?:更新|发布)?(?:信息)?{N}条"), [NarrativeFigure.OverviewPostings]),
        (P($@"政务动态类?(?:信息)?(?:更新|发布)?(?:信息)?{N}条"), [NarrativeFigure.NewsPostings]),
        (P($@"信息公开目录类?(?:信息)?(?:更新|发布)?(?:信息)?{N}条"), [NarrativeFigure.CatalogPostings]),
        (P($@"{N}件人大代表建议|人大代表建议(?:办理(?:结果|情况))?(?:共计?|合计)?{N}件"), [NarrativeFigure.NpcSuggestions]),
        (P($@"{N}件政协(?:委员)?提案|政协(?:委员)?提案(?:办理(?:结果|情况))?(?:共计?|合计)?{N}件"), [NarrativeFigure.CppccProposals]),
        (P($@"办事指南{Clause}{{0,20}}?(?:共计?|合计)?{N}(?:条|项|个)"), [NarrativeFigure.ServiceGuideItems]),
        (P($@"(?:APP|App|app|客户端)注册用户(?:共计?|合计)?{N}(?:个|户|人)"), [NarrativeFigure.ExtranetMobileUsers]),
        (P($@"外网(?:注册)?用户(?:共计?|合计)?{N}(?:个|户|人)"), [NarrativeFigure.ExtranetUsers]),
        (P($@"{N}个(?:行政)?村(?:\((?:居委会|居|社区)\))?{Clause}{{0,16}}?(?:接入|开通)"), [NarrativeFigure.ExtranetVillages]),
        (P($@"培训(?:干部|工作人员|人员)?(?:共计?|合计)?{N}人次"), [NarrativeFigure.TrainingAttendees]),
        (P($@"培训(?:会|班)?(?:共计?|合计)?{N}(?:次|期|场)"), [NarrativeFigure.TrainingSessions]),
    ];

    /// <summary>Every figure the text quotes, in the order of the phrase list and then of the text.</summary>
    public static IReadOnlyList<NarrativeQuote> Find(string? text)
    {
        var compact = Normalise(text ?? "");
        var taken = new bool[compact.Length];
        var quotes = new List<NarrativeQuote>();
        foreach (var (phrase, figures) in Phrases)
        {
            MatchCollection matches;
            try
            {
                matches = phrase.Matches(compact);
                _ = matches.Count; // evaluates every match now, inside the timeout's catch
            }
            catch (RegexMatchTimeoutException)
            {
                continue; // a pathological text: that phrase is not judged (warnings are advice, never a failure)
            }

            foreach (Match match in matches)
            {
                if (Enumerable.Range(match.Index, match.Length).Any(i => taken[i]))
                {
                    continue;
                }

                var number = match.Groups["n"];
                var value = 0m;
                if (number.Success && !decimal.TryParse(number.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out value))
                {
                    continue; // more digits than any count: not a figure to compare
                }

                Array.Fill(taken, true, match.Index, match.Length);
                quotes.AddRange(figures.Select(f => new NarrativeQuote(f, value, match.Groups["approx"].Success, match.Value)));
            }
        }

        return quotes;
    }

    /// <summary>
    /// The quotes of each section that contradict <paramref name="facts"/> (figure → the values that would agree; a figure
    /// missing there, or blank in the tables, is not judged).
    /// </summary>
    public static IReadOnlyList<NarrativeWarning> Check(IEnumerable<(string Section, string? Text)> sections, IReadOnlyDictionary<NarrativeFigure, IReadOnlyList<decimal>> facts)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(facts);
        return [.. sections.SelectMany(s => Find(s.Text)
            .Where(q => facts.TryGetValue(q.Figure, out var expected) && expected.Count > 0 && !expected.Any(q.Agrees))
            .Select(q => new NarrativeWarning(s.Section, q, facts[q.Figure])))];
    }

    /// <summary>What tables 三 and 四 say of the figures a narrative quotes; blank cells give nothing to compare.</summary>
    public static Dictionary<NarrativeFigure, IReadOnlyList<decimal>> TableFacts(AnnualReportData report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = new Dictionary<NarrativeFigure, IReadOnlyList<decimal>>();
        var table = report.ToRequestTable();
        void Add(NarrativeFigure figure, params int?[] values)
        {
            if (values.All(v => v is not null))
            {
                facts[figure] = [values.Sum(v => (decimal)v!.Value)];
            }
        }

        int? Total(string key) => table.Lines.FirstOrDefault(l => l.Row.Key == key)?.Values[RequestTable.TotalColumn];
        Add(NarrativeFigure.RequestsReceived, Total("1"));
        Add(NarrativeFigure.RequestsCarriedOver, Total("4"));
        Add(NarrativeFigure.RequestsDisclosed, Total("3.1"));
        Add(NarrativeFigure.RequestsPartiallyDisclosed, Total("3.2"));
        var reviews = report.ToReviewTable();
        int? Group(ReviewCaseKind kind) => reviews.Value(kind, null);
        Add(NarrativeFigure.Reviews, Group(ReviewCaseKind.AdministrativeReview));
        Add(NarrativeFigure.Litigation, Group(ReviewCaseKind.LitigationWithoutReview), Group(ReviewCaseKind.LitigationAfterReview));
        Add(NarrativeFigure.ReviewsAndLitigation, Group(ReviewCaseKind.AdministrativeReview), Group(ReviewCaseKind.LitigationWithoutReview), Group(ReviewCaseKind.LitigationAfterReview));
        return facts;
    }

    /// <summary>The first exact figure the text quotes for each figure it quotes (what a parsed report says of itself).</summary>
    public static IReadOnlyDictionary<NarrativeFigure, decimal> Extract(string? text) =>
        Find(text).Where(q => !q.Approximate).GroupBy(q => q.Figure).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>Full-width digits and brackets folded (NFKC), whitespace dropped: "收到 申请 １２ 件" reads as "收到申请12件".</summary>
    private static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static Regex P(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
