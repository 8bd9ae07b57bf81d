using Pavillon.Evidence;
using Pavillon.Model;

namespace Pavillon.Attribution;

/// <summary>
/// One service kind beyond the three main questions (hosting, e-mail, social networks). Each lives in its own
/// folder under Attribution/Kinds and is registered by one line in <see cref="ServiceAttributors"/>.
/// </summary>
public interface IServiceAttributor
{
    /// <summary>The dependencies of this kind found in the evidence; pure.</summary>
    IEnumerable<Dependency> Attribute(AttributionContext context, WebFetch? homePage);
}
