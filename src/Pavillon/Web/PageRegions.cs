namespace Pavillon.Web;

/// <summary>The values of <see cref="Evidence.PageLink.Region"/>: where on the page a link sits.</summary>
public static class PageRegions
{
    /// <summary>The page banner: &lt;header&gt; at page level, role="banner", or a "site-header"-like class or id.</summary>
    public const string Header = "header";

    /// <summary>Navigation: &lt;nav&gt;, role="navigation", or a "navbar"/"main-menu"-like class or id.</summary>
    public const string Nav = "nav";

    /// <summary>The page footer: &lt;footer&gt; at page level, role="contentinfo", or a "footer"-like class or id.</summary>
    public const string Footer = "footer";

    /// <summary>The main content: &lt;main&gt;, role="main", or a "main-content"-like class or id.</summary>
    public const string Main = "main";

    /// <summary>A sidebar: &lt;aside&gt;, role="complementary", or a "sidebar"-like class or id.</summary>
    public const string Aside = "aside";

    /// <summary>None of the above.</summary>
    public const string Other = "other";
}
