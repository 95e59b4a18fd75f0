namespace OpenGovDashboard.Web.Domain.Requests;

/// <summary>申请人情况 — the six applicant columns of the annual report's table 三, in the form's order.</summary>
public enum ApplicantType
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或其他组织 · 商业企业.</summary>
    CommercialEnterprise,

    /// <summary>法人或其他组织 · 科研机构.</summary>
    ResearchInstitution,

    /// <summary>法人或其他组织 · 社会公益组织.</summary>
    PublicInterestOrganization,

    /// <summary>法人或其他组织 · 法律服务机构.</summary>
    LegalServiceInstitution,

    /// <summary>法人或其他组织 · 其他.</summary>
    OtherOrganization,
}
