namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>
/// 办理记录校验 — whether a request's history is one the 条例 allows, step by step: it starts with a receipt whose date
/// Art. 31 can tell, runs in date order up to today, asks 补正 once (Art. 30), pauses and resumes in pairs, extends once by
/// 1–20 working days before the period ends (Art. 33), answers once with a result of the answer year's form, and has
/// nothing after the answer but a fee. A command saves a history only when this finds no problem.
/// </summary>
public static class RequestValidator
{
    public static IReadOnlyList<RequestProblem> Validate(
        DisclosureRequest request, WorkingDayCalendar calendar, DateOnly asOf, RequestDeadlineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendar);
        var problems = new List<RequestProblem>();
        if (request.Events.Count == 0 || request.Events[0] is not RequestReceived receipt)
        {
            problems.Add(new("events", "Requests.Error.NotReceived", []));
            return problems;
        }

        ValidateReceipt(receipt, problems);
        var receivedOn = receipt.On;
        bool asked = false, corrected = false, paused = false, extended = false;
        RequestAnswered? answer = null;
        for (var i = 0; i < request.Events.Count; i++)
        {
            var step = request.Events[i];
            string Field(string name) => $"events[{i}].{name}";
            void Problem(string field, string key, params object[] arguments) => problems.Add(new(Field(field), key, arguments));

            if (step.On > asOf)
            {
                Problem("on", "Requests.Error.InFuture", step.On, asOf);
            }

            if (i == 0)
            {
                continue;
            }

            if (step.On < receivedOn)
            {
                Problem("on", "Requests.Error.BeforeReceipt", step, step.On, receivedOn);
            }
            else if (step.On < request.Events[i - 1].On)
            {
                Problem("on", "Requests.Error.OutOfOrder", step.On, request.Events[i - 1].On);
            }

            if (answer is not null && step is not (FeeCharged or RequestAnswered))
            {
                Problem("on", "Requests.Error.AfterAnswer", answer.On, step);
            }

            switch (step)
            {
                case RequestReceived:
                    Problem("on", "Requests.Error.ReceivedTwice");
                    break;
                case CorrectionRequested:
                    if (asked)
                    {
                        Problem("on", "Requests.Error.CorrectionAskedTwice");
                    }

                    asked = true;
                    break;
                case CorrectionReceived:
                    if (!asked || corrected)
                    {
                        Problem("on", "Requests.Error.CorrectionReceivedWithoutRequest");
                    }

                    corrected = true;
                    break;
                case ConsultationPaused:
                    if (paused)
                    {
                        Problem("on", "Requests.Error.PauseWhilePaused");
                    }

                    paused = true;
                    break;
                case ConsultationResumed:
                    if (!paused)
                    {
                        Problem("on", "Requests.Error.ResumeWithoutPause");
                    }

                    paused = false;
                    break;
                case ExtensionGranted extension:
                    if (extended)
                    {
                        Problem("on", "Requests.Error.ExtensionTwice");
                    }

                    ValidateExtension(extension, Problem);
                    if (problems.Count == 0)
                    {
                        // The period in force the day before the extension, from the history so far.
                        var before = request with { Events = [.. request.Events.Take(i)] };
                        var deadline = RequestDeadlineEngine.Compute(before, calendar, extension.On, settings);
                        if (deadline.Status == RequestStatus.Overdue && deadline.DueDate is { } due)
                        {
                            Problem("on", "Requests.Error.ExtensionAfterDue", due);
                        }
                    }

                    extended = true;
                    break;
                case RequestAnswered answered:
                    if (answer is not null)
                    {
                        Problem("on", "Requests.Error.AnsweredTwice");
                    }

                    ValidateResult(answered, asked, corrected, Problem);
                    answer ??= answered;
                    break;
                case FeeCharged { AmountYuan: <= 0 }:
                    Problem("amountYuan", "Requests.Error.Fee");
                    break;
                case CarriedOver carried when carried.On is not { Month: 12, Day: 31 }:
                    Problem("on", "Requests.Error.CarriedOverDate", carried.On);
                    break;
                default:
                    break;
            }
        }

        return problems;
    }

    private static void ValidateReceipt(RequestReceived receipt, List<RequestProblem> problems)
    {
        if (receipt.ReceiptDate is null)
        {
            problems.Add(receipt.Channel == ReceiptChannel.Letter
                ? new("events[0].signedForOn", "Requests.Error.ReceiptDateMissingLetter", [])
                : new("events[0].confirmedOn", "Requests.Error.ReceiptDateMissing", [receipt.Channel]));
        }

        foreach (var (field, date) in new[] { ("signedForOn", receipt.SignedForOn), ("confirmedOn", receipt.ConfirmedOn) })
        {
            if (date is { } d && d < receipt.ArrivedOn)
            {
                problems.Add(new($"events[0].{field}", "Requests.Error.ReceiptBeforeArrival", [d, receipt.ArrivedOn]));
            }
        }
    }

    private static void ValidateExtension(ExtensionGranted extension, Action<string, string, object[]> problem)
    {
        if (extension.WorkingDays is < 1 or > StatutoryPeriods.MaxExtensionWorkingDays)
        {
            problem("workingDays", "Requests.Error.ExtensionDays", [extension.WorkingDays]);
        }

        if (string.IsNullOrWhiteSpace(extension.Reason))
        {
            problem("reason", "Requests.Error.ExtensionReason", []);
        }

        if (string.IsNullOrWhiteSpace(extension.ApprovedBy))
        {
            problem("approvedBy", "Requests.Error.ExtensionApprover", []);
        }
    }

    private static void ValidateResult(RequestAnswered answered, bool asked, bool corrected, Action<string, string, object[]> problem)
    {
        var form = RequestReportForms.FormFor(answered.On.Year);
        if (!RequestReportForms.ResultsOf(form).Contains(answered.Result))
        {
            var otherForm = form == ReportForm.Form2019 ? ReportForm.Form2021 : ReportForm.Form2019;
            problem("result", "Requests.Error.ResultNotInForm",
                [RequestReportForms.LabelOf(answered.Result, otherForm), answered.On.Year, FormName(form)]);
        }

        if (answered.Result == RequestResult.UnavailableUnclearAfterCorrection && !corrected)
        {
            problem("result", "Requests.Error.UnclearNeedsCorrection", []);
        }

        if (answered.Result == RequestResult.OtherNoCorrection && !(asked && !corrected))
        {
            problem("result", "Requests.Error.NoCorrectionNeedsPendingRequest", []);
        }
    }

    private static string FormName(ReportForm form) => form == ReportForm.Form2019 ? "2019" : "2021";
}
