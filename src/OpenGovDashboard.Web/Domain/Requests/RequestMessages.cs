using System.Globalization;

namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// The zh-CN and en-US texts of <see cref="RequestProblem"/> keys and of the <see cref="TableCheck"/> details, chosen by culture like the app's resources
/// (zh-CN is the neutral language). They live here, not in SharedResource.resx, only until the request feature's
/// persistence and pages land: the keys are already resource keys, so moving them is a copy.
/// </summary>
public static class RequestMessages
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["Requests.Error.NotReceived"] = ("办理记录须以“收到申请”开始。", "The history must start with the receipt of the request."),
        ["Requests.Error.ReceivedTwice"] = ("一件申请只能收到一次。", "A request is received only once."),
        ["Requests.Error.ReceiptDateMissingLetter"] = (
            "信函须填写签收日期；无需签收的平常信函填写与申请人确认的日期（条例第三十一条）。",
            "A letter needs the day it was signed for or, for an ordinary letter, the day receipt was confirmed with the applicant (Art. 31)."),
        ["Requests.Error.ReceiptDateMissing"] = (
            "通过{0}收到的申请须填写双方确认的日期（条例第三十一条）。",
            "A request received by {0} needs the day both sides confirmed it (Art. 31)."),
        ["Requests.Error.ReceiptBeforeArrival"] = ("签收或确认日期 {0} 不能早于到达日期 {1}。", "The day signed for or confirmed, {0}, cannot be before the day it arrived, {1}."),
        ["Requests.Error.BeforeReceipt"] = ("{0}的日期 {1} 早于收到申请之日 {2}。", "The {0} on {1} is before the request was received on {2}."),
        ["Requests.Error.OutOfOrder"] = ("记录须按日期先后排列：{0} 早于前一步的 {1}。", "Steps must be in date order: {0} is before the previous step's {1}."),
        ["Requests.Error.InFuture"] = ("日期 {0} 晚于今天（{1}）。", "The date {0} is after today ({1})."),
        ["Requests.Error.AfterAnswer"] = ("申请已于 {0} 答复，其后不能再记录{1}。", "The request was answered on {0}; no {1} can follow."),
        ["Requests.Error.AnsweredTwice"] = ("申请只能答复一次。", "A request is answered only once."),
        ["Requests.Error.CorrectionAskedTwice"] = ("补正须一次性告知（条例第三十条），不能再次要求补正。", "A 补正 is asked once, for everything at once (Art. 30)."),
        ["Requests.Error.CorrectionReceivedWithoutRequest"] = ("没有待收回的补正告知，不能记录收到补正。", "No 补正 notice is awaiting an answer, so no corrected application can be received."),
        ["Requests.Error.PauseWhilePaused"] = ("征求意见尚未结束，不能再次暂停计时。", "A consultation is already open; the clock is already stopped."),
        ["Requests.Error.ResumeWithoutPause"] = ("没有正在进行的征求意见，不能恢复计时。", "No consultation is open, so the clock cannot resume."),
        ["Requests.Error.ExtensionTwice"] = ("答复期限只能延长一次（条例第三十三条）。", "The answer period can be extended only once (Art. 33)."),
        ["Requests.Error.ExtensionDays"] = ("延长期限须为1至20个工作日（条例第三十三条），填写的是{0}。", "An extension is 1 to 20 working days (Art. 33); {0} was given."),
        ["Requests.Error.ExtensionReason"] = ("延长答复期限须填写理由。", "An extension needs a reason."),
        ["Requests.Error.ExtensionApprover"] = ("延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人。", "An extension needs the approval of the head of the disclosure office: name the approver."),
        ["Requests.Error.ExtensionAfterDue"] = ("答复期限已于 {0} 届满，不能再延长。", "The answer period ended on {0}; it can no longer be extended."),
        ["Requests.Error.ResultNotInForm"] = ("答复结果“{0}”不在{1}年适用的{2}年报格式中。", "The result “{0}” is not in the {2} report form that applies to {1}."),
        ["Requests.Error.UnclearNeedsCorrection"] = ("“补正后申请内容仍不明确”须先收到补正。", "“Still unclear after 补正” needs a received 补正."),
        ["Requests.Error.NoCorrectionNeedsPendingRequest"] = ("“逾期不补正”须有补正告知且未收到补正。", "“No 补正 in time” needs a 补正 notice that was never answered."),
        ["Requests.Error.Fee"] = ("信息处理费须大于0元。", "The processing fee must be more than 0 yuan."),
        ["Requests.Error.CarriedOverDate"] = ("结转下年度须记在12月31日，填写的是 {0}。", "Carrying over is recorded on 31 December; {0} was given."),
        ["Requests.Check.Passed"] = ("检查的{0}项均相符。", "All {0} checked agree."),
        ["Requests.Check.Separator"] = ("；", "; "),
        ["Requests.Check.Balance"] = (
            "{0}列：一 {1} + 二 {2} = {3}，而三（七）{4} + 四 {5} = {6}",
            "column {0}: 一 {1} + 二 {2} = {3}, but 三（七） {4} + 四 {5} = {6}"),
        ["Requests.Check.ResultsTotal"] = ("{0}列：办理结果各项之和为 {1}，而（七）总计为 {2}", "column {0}: the results add up to {1}, but （七）总计 is {2}"),
        ["Requests.Check.RowTotals"] = ("“{0}”行：六类申请人之和为 {1}，而总计为 {2}", "row “{0}”: the six applicant columns add up to {1}, but 总计 is {2}"),
        ["Requests.Check.ReviewTotals"] = ("“{0}”：四项之和为 {1}，而总计为 {2}", "“{0}”: the four parts add up to {1}, but it says {2}"),
        ["Requests.Check.CarryOver"] = (
            "{0}列：{1}年结转下年度 {2}，而{3}年上年结转 {4}",
            "column {0}: {1} carried {2} into the next year, but {3} took over {4}"),
    };

    private static readonly Dictionary<Type, (string Zh, string En)> EventLabels = new()
    {
        [typeof(RequestReceived)] = ("收到申请", "receipt"),
        [typeof(CorrectionRequested)] = ("补正告知", "补正 notice"),
        [typeof(CorrectionReceived)] = ("收到补正", "corrected application"),
        [typeof(ConsultationPaused)] = ("征求意见", "consultation"),
        [typeof(ConsultationResumed)] = ("恢复计时", "resumption"),
        [typeof(ExtensionGranted)] = ("延长答复期限", "extension"),
        [typeof(RequestAnswered)] = ("答复", "answer"),
        [typeof(FeeCharged)] = ("信息处理费", "fee"),
        [typeof(CarriedOver)] = ("结转下年度", "carry-over"),
    };

    private static readonly Dictionary<ReceiptChannel, (string Zh, string En)> ChannelLabels = new()
    {
        [ReceiptChannel.Online] = ("网络", "the Internet"),
        [ReceiptChannel.Letter] = ("信函", "letter"),
        [ReceiptChannel.InPerson] = ("当面", "hand"),
        [ReceiptChannel.Fax] = ("传真", "fax"),
        [ReceiptChannel.Email] = ("电子邮件", "e-mail"),
        [ReceiptChannel.Other] = ("其他方式", "other means"),
    };

    /// <summary>The message of <paramref name="problem"/> in <paramref name="culture"/> (English for any "en" culture, Chinese otherwise).</summary>
    public static string Format(RequestProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(culture);
        return Text(problem.Key, culture, [.. problem.Arguments]);
    }

    public static FieldError ToFieldError(RequestProblem problem, CultureInfo culture) => new(problem.Field, Format(problem, culture));

    /// <summary>The problems as the app's command outcome: succeeded when there are none.</summary>
    public static CommandResult ToCommandResult(IEnumerable<RequestProblem> problems, CultureInfo culture) =>
        new([.. problems.Select(p => ToFieldError(p, culture))]);

    /// <summary>Every key with a text, for a test that no problem lacks one.</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;

    internal static string Text(string key, CultureInfo culture, params object[] arguments) =>
        string.Format(culture, Pick(Texts[key], culture), [.. arguments.Select(a => Argument(a, culture))]);

    private static string Argument(object argument, CultureInfo culture) => argument switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReceiptChannel channel => Pick(ChannelLabels[channel], culture),
        RequestEvent step => Pick(EventLabels[step.GetType()], culture),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => argument.ToString() ?? "",
    };

    private static string Pick((string Zh, string En) text, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? text.En : text.Zh;
}
