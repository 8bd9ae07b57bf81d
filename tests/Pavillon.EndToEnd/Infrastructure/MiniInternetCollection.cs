namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>Every end-to-end test class shares one mini-internet per run.</summary>
[CollectionDefinition(Name)]
public sealed class MiniInternetCollection : ICollectionFixture<MiniInternet>
{
    public const string Name = "mini-internet";
}
