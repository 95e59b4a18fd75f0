
namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>Between the register's stored rows and the request the deadline engine, validator and tables read.</summary>
public static class RequestMapping
{
    public static DisclosureRequest ToDomain(RegisteredRequest request, string unitName)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DisclosureRequest(request.Reference, request.Subject, unitName, request.ApplicantType,
            [.. request.Steps.OrderBy(s => s.Sequence).Select(ToEvent)]);
    }

    public static RequestEvent ToEvent(RegisteredRequestStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Kind switch
        {
            RequestStepKind.Received => new RequestReceived(step.Channel ?? ReceiptChannel.Other, step.On, step.SignedForOn, step.ConfirmedOn),
            RequestStepKind.CorrectionRequested => new CorrectionRequested(step.On, step.Note),
            RequestStepKind.CorrectionReceived => new CorrectionReceived(step.On),
            RequestStepKind.ConsultationPaused => new ConsultationPaused(step.On, step.Party ?? ConsultationParty.ThirdParty, step.Note),
            RequestStepKind.ConsultationResumed => new ConsultationResumed(step.On),
            RequestStepKind.ExtensionGranted => new ExtensionGranted(step.On, step.WorkingDays ?? 0, step.Reason ?? "", step.ApprovedBy ?? ""),
            RequestStepKind.Answered => new RequestAnswered(step.On, step.Result ?? RequestResult.OtherHandling),
            RequestStepKind.FeeCharged => new FeeCharged(step.On, (step.AmountFen ?? 0) / 100m),
            RequestStepKind.CarriedOver => new CarriedOver(step.On),
            _ => throw new InvalidOperationException($"Unknown step kind {step.Kind}."),
        };
    }

    public static RegisteredRequestStep ToStep(RequestEvent step, int sequence)
    {
        ArgumentNullException.ThrowIfNull(step);
        var row = new RegisteredRequestStep { Sequence = sequence, On = step.On };
        switch (step)
        {
            case RequestReceived received:
                row.Kind = RequestStepKind.Received;
                row.On = received.ArrivedOn;
                row.Channel = received.Channel;
                row.SignedForOn = received.SignedForOn;
                row.ConfirmedOn = received.ConfirmedOn;
                break;
            case CorrectionRequested asked:
                row.Kind = RequestStepKind.CorrectionRequested;
                row.Note = asked.Note;
                break;
            case CorrectionReceived:
                row.Kind = RequestStepKind.CorrectionReceived;
                break;
            case ConsultationPaused paused:
                row.Kind = RequestStepKind.ConsultationPaused;
                row.Party = paused.Party;
                row.Note = paused.Note;
                break;
            case ConsultationResumed:
                row.Kind = RequestStepKind.ConsultationResumed;
                break;
            case ExtensionGranted extension:
                row.Kind = RequestStepKind.ExtensionGranted;
                row.WorkingDays = extension.WorkingDays;
                row.Reason = extension.Reason;
                row.ApprovedBy = extension.ApprovedBy;
                break;
            case RequestAnswered answered:
                row.Kind = RequestStepKind.Answered;
                row.Result = answered.Result;
                break;
            case FeeCharged fee:
                row.Kind = RequestStepKind.FeeCharged;
                row.AmountFen = (long)Math.Round(fee.AmountYuan * 100, MidpointRounding.AwayFromZero);
                break;
            case CarriedOver:
                row.Kind = RequestStepKind.CarriedOver;
                break;
            default:
                throw new InvalidOperationException($"Unknown step {step.GetType().Name}.");
        }

        return row;
    }

    /// <summary>Keeps the columns the register filters on in step with the history.</summary>
    public static void Denormalise(RegisteredRequest request, DisclosureRequest domain)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(domain);
        request.Channel = domain.Receipt?.Channel ?? request.Channel;
        request.ReceivedOn = domain.Receipt?.On ?? request.ReceivedOn;
        request.AnsweredOn = domain.Answer?.On;
        request.Result = domain.Answer?.Result;
    }
}
