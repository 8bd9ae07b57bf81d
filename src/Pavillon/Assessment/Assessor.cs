using Pavillon.KnowledgeBase;
using Pavillon.Model;

namespace Pavillon.Assessment;

/// <summary>
/// The assess stage: rates every dependency under a jurisdiction policy, scores each organisation from the
/// weights table, proposes the most useful changes and compares groups. Pure: no I/O, deterministic.
/// </summary>
public sealed class Assessor
{
    /// <summary>Changes proposed per organisation.</summary>
    public const int MaxChanges = 3;

    /// <summary>Alternatives listed per change.</summary>
    public const int MaxAlternatives = 4;

    private const string SelfId = "self";
    private const string UnknownId = "unknown";

    private readonly JurisdictionPolicy _policy;
    private readonly WeightsVersion _weights;
    private readonly ProviderKnowledge? _knowledge;
    private readonly Reasons _reasons;

    /// <param name="policy">The policy to apply.</param>
    /// <param name="data">Laws, country names and the weights table.</param>
    /// <param name="knowledge">The knowledge base, for alternatives; null proposes changes without alternatives.</param>
    /// <param name="weightsVersion">The weights table version to use; default (null) the latest.</param>
    /// <exception cref="ArgumentException">The weights version does not exist, or lacks the policy's scale.</exception>
    public Assessor(JurisdictionPolicy policy, PolicyData data, ProviderKnowledge? knowledge = null, int? weightsVersion = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(data);
        _policy = policy;
        _weights = weightsVersion is { } version
            ? data.Weights.Get(version) ?? throw new ArgumentException($"no weights version {version}", nameof(weightsVersion))
            : data.Weights.Latest;
        if (!_weights.Scales.ContainsKey(policy.Scale))
        {
            throw new ArgumentException($"weights version {_weights.Version} has no scale '{policy.Scale}'", nameof(policy));
        }

        _knowledge = knowledge;
        _reasons = new Reasons(data);
    }

    /// <summary>The result with every organisation assessed and the groups compared.</summary>
    public ScanResult Assess(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var organisations = result.Organisations.Select(organisation => organisation with { Assessment = Assess(organisation) }).ToList();
        return result with
        {
            Organisations = organisations,
            Assessment = new ScanAssessment
            {
                Policy = new PolicyInfo(_policy.Id, _policy.Version, _policy.Name, _weights.Version),
                Groups = GroupComparison.Compare(organisations),
            },
        };
    }

    /// <summary>The verdict on one organisation (its home country is the organisation's own).</summary>
    public OrganisationAssessment Assess(OrganisationResult organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var home = organisation.Organisation.HomeCountry;
        var verdicts = organisation.Dependencies.Select(dependency => Rate(dependency, home)).ToList();
        var services = new List<ServiceAssessment>();
        foreach (var kind in Enum.GetValues<ServiceKind>())
        {
            var ofKind = organisation.Dependencies.Zip(verdicts).Where(pair => pair.First.Service == kind).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            var weight = _weights.Services.GetValueOrDefault(kind) ?? new ServiceWeight(0, Combine.Worst);
            var (weakestDependency, weakest) = ofKind.MinBy(pair => (pair.Second.Points, -(int)pair.Second.Rating));
            var points = weight.Combine == Combine.Worst
                ? weakest.Points
                : (int)Math.Round(ofKind.Average(pair => pair.Second.Points), MidpointRounding.AwayFromZero);
            services.Add(new ServiceAssessment
            {
                Service = kind,
                Rating = weakest.Rating,
                Accepted = ofKind.All(pair => pair.Second.Accepted),
                Points = points,
                Weight = weight.Weight,
                ProviderId = weakestDependency.Provider.Id,
                ProviderName = weakestDependency.Provider.Name,
                Country = weakest.Country,
                Reason = weakest.Reason,
            });
        }

        var observed = organisation.Status is OrganisationStatus.Ok or OrganisationStatus.Partial;
        var totalWeight = services.Sum(service => service.Weight);
        int? score = observed && totalWeight > 0
            ? (int)Math.Round((double)services.Sum(service => service.Weight * service.Points) / totalWeight, MidpointRounding.AwayFromZero)
            : null;
        return new OrganisationAssessment
        {
            Score = score,
            Services = services,
            Dependencies = verdicts,
            Changes = score is null ? [] : Changes(services, totalWeight, home),
        };
    }

    /// <summary>The verdict on one dependency for an organisation whose home country is <paramref name="home"/>.</summary>
    public DependencyVerdict Rate(Dependency dependency, string home)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        var (rating, country, reason) = Rate(dependency.Provider, dependency.Location, home);
        return new DependencyVerdict
        {
            Service = dependency.Service,
            ProviderId = dependency.Provider.Id,
            Subject = dependency.Subject,
            Rating = rating,
            Accepted = _policy.Accepted.Contains(rating),
            Points = _weights.Points(_policy.Scale, rating),
            Country = country,
            Reason = reason,
        };
    }

    private (Rating Rating, string? Country, LocalizedText Reason) Rate(ProviderRef provider, string? location, string home)
    {
        if (provider.Id == SelfId)
        {
            return (Rating.SelfHosted, null, _reasons.SelfHosted());
        }

        if (provider.Id == UnknownId)
        {
            return (Rating.Unknown, null, _reasons.NoProvider());
        }

        if (provider.Jurisdiction is not { } jurisdiction)
        {
            return (Rating.Unknown, null, _reasons.NoCountry(provider));
        }

        // The ultimate parent decides under the usual policies; the strict one also checks every entity on the way.
        var ultimate = provider.Parents.Count > 0 ? provider.Parents[^1].Name : provider.Name;
        var chain = new List<(string Entity, string Country)>();
        if (_policy.Chain == ChainScope.EveryEntity)
        {
            chain.Add((provider.Name, provider.Country ?? jurisdiction));
            chain.AddRange(provider.Parents.Select(parent => (parent.Name, parent.Country)));
        }

        chain.Add((ultimate, jurisdiction));
        var (entity, worstCountry) = chain.MaxBy(link => Zone(link.Country, home));
        var zone = Zone(worstCountry, home);
        if (zone == Rating.Foreign)
        {
            return (Rating.Foreign, worstCountry, _reasons.Foreign(provider, entity, worstCountry));
        }

        if (location is not null && !LocationAccepted(location, home))
        {
            return (Rating.LocatedAbroad, worstCountry, _reasons.LocatedAbroad(provider, worstCountry, location));
        }

        return zone switch
        {
            Rating.Home => (Rating.Home, worstCountry, _reasons.Home(provider, worstCountry)),
            Rating.Eu => (Rating.Eu, worstCountry, _reasons.Eu(provider, worstCountry)),
            _ => (Rating.Adequate, worstCountry, _reasons.Adequate(provider, worstCountry)),
        };
    }

    // Home, Eu, Adequate or Foreign: the law a country puts a company under, as this policy sees it.
    private Rating Zone(string country, string home) =>
        country == home ? Rating.Home
        : Countries.EuropeanEconomicArea.Contains(country) ? Rating.Eu
        : _policy.Adequacy.Contains(country) ? Rating.Adequate
        : Rating.Foreign;

    private bool LocationAccepted(string location, string home) => _policy.Locations.Any(zone => zone switch
    {
        Assessment.Zone.Home => location == home,
        Assessment.Zone.EuEea => Countries.EuropeanEconomicArea.Contains(location),
        _ => _policy.Adequacy.Contains(location),
    });

    private List<SuggestedChange> Changes(List<ServiceAssessment> services, int totalWeight, string home) =>
        [.. services
            .Where(service => service.Points < 100 && service.Weight > 0)
            .Select(service => (Service: service, Gain: (double)service.Weight * (100 - service.Points) / totalWeight))
            .OrderByDescending(candidate => candidate.Gain)
            .ThenBy(candidate => candidate.Service.Service)
            .Take(MaxChanges)
            .Select(candidate => new SuggestedChange
            {
                Service = candidate.Service.Service,
                ProviderId = candidate.Service.ProviderId,
                ProviderName = candidate.Service.ProviderName,
                Gain = Math.Max(1, (int)Math.Round(candidate.Gain, MidpointRounding.AwayFromZero)),
                Alternatives = Alternatives(candidate.Service.ProviderId, home),
            })];

    // The provider's own alternatives; when it names none, those named by providers sharing a category with it.
    private List<Alternative> Alternatives(string providerId, string home)
    {
        if (_knowledge?.ById(providerId) is not { } provider)
        {
            return [];
        }

        var names = provider.Alternatives.Count > 0
            ? provider.Alternatives
            : [.. _knowledge.Providers
                .Where(other => other.Id != provider.Id && other.Categories.Intersect(provider.Categories, StringComparer.Ordinal).Any())
                .SelectMany(other => other.Alternatives)
                .Distinct(StringComparer.Ordinal)];
        var alternatives = new List<Alternative>();
        foreach (var name in names)
        {
            if (_knowledge.ById(name) is not { } known)
            {
                // Named without a file of its own ("Matrix (free software)"): nothing to rate, worth showing.
                alternatives.Add(new Alternative(name));
                continue;
            }

            var reference = new ProviderRef
            {
                Id = known.Id,
                Name = known.Name,
                Country = known.Country,
                Jurisdiction = known.Jurisdiction,
                Parents = [.. known.Parents.Select(parent => new ParentRef(parent.Id, parent.Name, parent.Country))],
            };
            if (known.Id != provider.Id && _policy.Accepted.Contains(Rate(reference, null, home).Rating))
            {
                alternatives.Add(new Alternative(known.Name, known.Id, known.Jurisdiction));
            }
        }

        return [.. alternatives.DistinctBy(alternative => alternative.Id ?? alternative.Name).Take(MaxAlternatives)];
    }
}
