using System.Text.Json;
using Pavillon.Collect.Tenant;
using Pavillon.Evidence;

namespace Pavillon.Tests.Collect.Tenant;

public sealed class MicrosoftRealmProbeTests
{
    private static readonly TenantRealmFetch Asked = new(MicrosoftRealmProbe.ServiceName, "commune-exemple.ch", MicrosoftRealmProbe.RealmUrl("commune-exemple.ch").AbsoluteUri);

    [Fact]
    public void Should_ask_for_a_mailbox_of_the_domain_in_json()
    {
        Assert.Equal(
            "https://login.microsoftonline.com/getuserrealm.srf?login=postmaster%40commune-exemple.ch&json=1",
            MicrosoftRealmProbe.RealmUrl("commune-exemple.ch").AbsoluteUri);
    }

    [Theory]
    [InlineData("Managed", true)]
    [InlineData("Federated", true)]
    [InlineData("Unknown", false)]
    public void Should_read_the_namespace_type_and_say_whether_a_tenant_verified_the_domain(string namespaceType, bool registered)
    {
        using var document = JsonDocument.Parse($$"""{"State":4,"UserState":1,"Login":"postmaster@commune-exemple.ch","NameSpaceType":"{{namespaceType}}","CloudInstanceName":"microsoftonline.com"}""");

        var fetch = MicrosoftRealmProbe.Read(Asked, document.RootElement);

        Assert.Equal(namespaceType, fetch.NamespaceType);
        Assert.Equal("microsoftonline.com", fetch.CloudInstance);
        Assert.Equal(registered, fetch.Registered);
        Assert.Null(fetch.Error);
    }

    [Fact]
    public void Should_keep_an_answer_without_namespace_type_as_an_error_not_as_unregistered()
    {
        using var document = JsonDocument.Parse("""{"error":"throttled"}""");

        var fetch = MicrosoftRealmProbe.Read(Asked, document.RootElement);

        Assert.Null(fetch.NamespaceType);
        Assert.False(fetch.Registered);
        Assert.Contains("NameSpaceType", fetch.Error, StringComparison.Ordinal);
    }
}
