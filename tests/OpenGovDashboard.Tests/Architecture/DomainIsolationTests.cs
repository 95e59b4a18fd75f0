using System.Reflection;
using OpenGovDashboard.Web.Domain;

namespace OpenGovDashboard.Tests.Architecture;

/// <summary>Domain/ (and its sub-namespaces such as Domain.Requests) holds entities and pure rules: no EF Core, MudBlazor, Hangfire or ASP.NET in its signatures.</summary>
public sealed class DomainIsolationTests
{
    private static readonly string[] ForbiddenAssemblyPrefixes =
        ["Microsoft.EntityFrameworkCore", "MudBlazor", "Hangfire", "Microsoft.AspNetCore", "Npgsql"];

    [Fact]
    public void DomainTypesReferenceNoInfrastructure()
    {
        var domainTypes = typeof(OrgUnit).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == typeof(OrgUnit).Namespace || ns.StartsWith(typeof(OrgUnit).Namespace + ".", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(domainTypes);

        var offenders = domainTypes
            .SelectMany(t => ReferencedTypes(t).Select(r => (Owner: t, Referenced: r)))
            .Where(x => ForbiddenAssemblyPrefixes.Any(p => x.Referenced.Assembly.GetName().Name!.StartsWith(p, StringComparison.Ordinal)))
            .Select(x => $"{x.Owner.Name} → {x.Referenced.FullName}")
            .Distinct()
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var a in type.GetCustomAttributes(false))
        {
            yield return a.GetType();
        }

        foreach (var f in type.GetFields(all))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(all))
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var parameter in m.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }
    }
}
