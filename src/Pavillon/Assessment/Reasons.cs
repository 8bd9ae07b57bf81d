using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>Writes the reason of a verdict in words, in English and French.</summary>
internal sealed class Reasons(PolicyData data)
{
    public LocalizedText SelfHosted() =>
        new("Run by the organisation itself.", "Géré par l'organisation elle-même.");

    public LocalizedText NoProvider() =>
        new("No provider could be identified.", "Aucun prestataire n'a pu être identifié.");

    public LocalizedText NoCountry(ProviderRef provider) =>
        new($"The country of {provider.Name} is not known.", $"Le pays de {provider.Name} n'est pas connu.");

    public LocalizedText Home(ProviderRef provider, string country) => Fallback(provider, new(
        $"{provider.Name} is under the law of {Name(country).En}, the organisation's own country.",
        $"{provider.Name} relève du droit {Name(country).FrOf}, le pays de l'organisation."));

    public LocalizedText Eu(ProviderRef provider, string country) => Fallback(provider, new(
        $"{provider.Name} is under the law of {Name(country).En}, in the EU/EEA, where the GDPR applies.",
        $"{provider.Name} relève du droit {Name(country).FrOf}, dans l'UE/EEE, où le RGPD s'applique."));

    public LocalizedText Adequate(ProviderRef provider, string country) => Fallback(provider, new(
        $"{provider.Name} is under the law of {Name(country).En}, which has an EU adequacy decision.",
        $"{provider.Name} relève du droit {Name(country).FrOf}, qui bénéficie d'une décision d'adéquation de l'UE."));

    public LocalizedText LocatedAbroad(ProviderRef provider, string jurisdiction, string location) => Fallback(provider, new(
        $"{provider.Name} is under the law of {Name(jurisdiction).En}, but its servers answered from {Name(location).En}.",
        $"{provider.Name} relève du droit {Name(jurisdiction).FrOf}, mais ses serveurs ont été vus {Name(location).FrIn}."));

    /// <summary>"Microsoft 365 can be compelled under the CLOUD Act and FISA section 702 through Microsoft Corporation, under US law."</summary>
    public LocalizedText Foreign(ProviderRef provider, string entity, string country)
    {
        var name = Name(country);
        var through = string.Equals(entity, provider.Name, StringComparison.Ordinal);
        if (data.Laws.TryGetValue(country, out var law))
        {
            return Fallback(provider, through
                ? new($"{provider.Name}, under the law of {name.En}, can be compelled to hand over data under {law.En}.",
                      $"{provider.Name}, qui relève du droit {name.FrOf}, peut être contraint de livrer des données (lois en cause : {law.Fr}).")
                : new($"{provider.Name} can be compelled to hand over data through its parent {entity} ({name.En}), under {law.En}.",
                      $"{provider.Name} peut être contraint de livrer des données par sa maison mère {entity} ({name.Fr}) ; lois en cause : {law.Fr}."));
        }

        return Fallback(provider, through
            ? new($"{provider.Name} is under the law of {name.En}, outside the jurisdictions this policy accepts.",
                  $"{provider.Name} relève du droit {name.FrOf}, hors des juridictions acceptées par cette politique.")
            : new($"{provider.Name} is under the law of {name.En} through {entity}, outside the jurisdictions this policy accepts.",
                  $"{provider.Name} relève du droit {name.FrOf} par {entity}, hors des juridictions acceptées par cette politique."));
    }

    // A network outside the knowledge base is described from the IP registry: say so, the country may be a reseller's.
    private static LocalizedText Fallback(ProviderRef provider, LocalizedText text) => provider.InKnowledgeBase
        ? text
        : new(text.En + " (Country from the network's registry: not in the knowledge base.)",
              text.Fr + " (Pays d'après le registre du réseau : hors base de connaissances.)");

    private CountryName Name(string code) => data.CountryName(code);
}
