namespace OpenGovDashboard.Web.Auth;

/// <summary>A caller tried to read or write a unit outside their scope, or to write with a read-only one; endpoints answer 403.</summary>
public sealed class UnitScopeViolationException : Exception
{
    public UnitScopeViolationException()
        : base("The unit is outside your scope. / 该单位不在您的权限范围内。")
    {
    }

    public UnitScopeViolationException(int? unitId)
        : base($"Unit {unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} is outside your scope. / 该单位不在您的权限范围内。")
    {
        UnitId = unitId;
    }

    public const string ReadOnlyMessage = "You may read but not enter data. / 您只能查看，不能录入或修改数据。";

    public UnitScopeViolationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public int? UnitId { get; }
}
