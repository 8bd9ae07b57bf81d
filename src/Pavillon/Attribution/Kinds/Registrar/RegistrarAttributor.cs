using System.Globalization;
using Pavillon.Evidence;
using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Attribution.Kinds.Registrar;

/// <summary>
/// The registrar of the organisation's domain, as the registry's RDAP record names it. The registrar entity is
/// matched to a provider by its IANA Registrar ID only (an identifier, never its name); a registrar without a
/// known ID is reported under the name the registry gives, marked as not in the knowledge base.
/// </summary>
public sealed class RegistrarAttributor : IServiceAttributor
{
    /// <inheritdoc/>
    public IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Evidence.Rdap is not { Registrar: { } registrar } rdap)
        {
            yield break;
        }

        var provider = registrar.IanaId is { } id ? ByIanaRegistrarId(context.Knowledge, id) : null;
        var idText = registrar.IanaId is { } known ? string.Create(CultureInfo.InvariantCulture, $"IANA Registrar ID {known}") : "no IANA Registrar ID";
        var observation = $"registrar \"{registrar.Name ?? "(no name)"}\"{(registrar.Handle is null ? string.Empty : $", handle {registrar.Handle}")}, {idText}";
        var rule = provider is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{provider.Id}: iana-registrar-id {registrar.IanaId}")
            : registrar.IanaId is null ? "registrar without an IANA Registrar ID" : "IANA Registrar ID not in the knowledge base";
        yield return new Dependency
        {
            Service = ServiceKind.Registrar,
            Provider = provider is not null ? AttributionContext.Ref(provider) : AttributionContext.Unknown(registrar.Name ?? registrar.Handle ?? "unnamed registrar"),
            Confidence = provider is not null ? Confidence.High : Confidence.Low,
            Subject = rdap.Domain,
            Evidence = [new EvidenceItem("rdap", rdap.Url ?? rdap.Domain, observation, rule)],
        };
    }

    /// <summary>The provider that claims <paramref name="ianaId"/>; the first by id should two claim it.</summary>
    internal static Provider? ByIanaRegistrarId(ProviderKnowledge knowledge, int ianaId) =>
        knowledge.Providers.FirstOrDefault(p => p.Identify.IanaRegistrarIds.Contains(ianaId));
}
