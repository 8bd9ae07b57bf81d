using System.Globalization;
using Pavillon.Collect.Dns;
using Pavillon.Evidence;
using PuppeteerSharp;

namespace Pavillon.Collect.Render;

/// <summary>
/// The --render deep mode: loads a home page in Debian's headless Chromium (driven with PuppeteerSharp, never a
/// downloaded browser) and records every request the page makes before any consent click, within a time budget.
/// Chromium reaches the network only through <see cref="RenderProxy"/>; one browser serves the whole scan, each
/// page gets its own incognito context.
/// </summary>
public sealed class ChromiumRenderer : IAsyncDisposable
{
    private readonly ScanOptions _options;
    private readonly DnsResolver _dns;
    private readonly SemaphoreSlim _pages;
    private readonly SemaphoreSlim _launch = new(1);
    private RenderProxy? _proxy;
    private IBrowser? _browser;
    private string? _profile;
    private string? _launchError;

    /// <summary>Creates the renderer; the proxy and the browser start with the first page.</summary>
    public ChromiumRenderer(ScanOptions options, DnsResolver dns)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _dns = dns ?? throw new ArgumentNullException(nameof(dns));
        _pages = new SemaphoreSlim(Math.Max(1, options.RenderConcurrency));
    }

    /// <summary>
    /// The Chromium command-line switches besides those PuppeteerSharp adds: every connection through the proxy,
    /// loopback included; no name resolved by Chromium itself; no background traffic of its own.
    /// </summary>
    public static IReadOnlyList<string> Arguments(string proxyAddress, string profileDirectory)
    {
        var arguments = new List<string>
        {
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--disable-domain-reliability",
            "--no-pings",
            "--dns-prefetch-disable",
            $"--user-data-dir={profileDirectory}",
            $"--proxy-server={proxyAddress}",
            "--proxy-bypass-list=<-loopback>",
            // Should a request ever skip the proxy, it finds no name rather than the system resolver. Quoted because
            // PuppeteerSharp hands the switches to the process as one command line.
            "--host-resolver-rules=\"MAP * ~NOTFOUND , EXCLUDE 127.0.0.1\"",
        };
        return arguments;
    }

    /// <summary>Loads <paramref name="url"/> and records its requests; every failure is returned in <see cref="RenderFetch.Error"/>.</summary>
    public async Task<RenderFetch> RenderAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var browser = await EnsureBrowserAsync(cancellationToken).ConfigureAwait(false);
        if (browser is null)
        {
            return new RenderFetch(url.AbsoluteUri) { Error = _launchError };
        }

        await _pages.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RenderPageAsync(browser, url, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pages.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PuppeteerException or IOException or InvalidOperationException)
            {
                // The browser is already gone.
            }

            await _browser.DisposeAsync().ConfigureAwait(false);
        }

        if (_proxy is not null)
        {
            await _proxy.DisposeAsync().ConfigureAwait(false);
        }

        if (_profile is not null)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary profile is harmless.
            }
        }

        _pages.Dispose();
        _launch.Dispose();
    }

    private async Task<RenderFetch> RenderPageAsync(IBrowser browser, Uri url, CancellationToken cancellationToken)
    {
        var requests = new List<RenderedRequest>();
        var context = await browser.CreateBrowserContextAsync().ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var page = await context.NewPageAsync().ConfigureAwait(false);
            await page.SetUserAgentAsync(_options.UserAgent).ConfigureAwait(false);
            page.Request += (_, e) =>
            {
                var request = e.Request;

                // A script-initiated request names its script in the top frame of the initiator's stack.
                var initiatorUrl = request.Initiator?.Url;
                if (string.IsNullOrEmpty(initiatorUrl))
                {
                    initiatorUrl = request.Initiator?.Stack?.CallFrames?.Select(f => f.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u));
                }

                var recorded = new RenderedRequest(request.Url, request.ResourceType.ToString().ToLowerInvariant())
                {
                    InitiatorType = request.Initiator?.Type.ToString().ToLowerInvariant(),
                    InitiatorUrl = string.IsNullOrEmpty(initiatorUrl) ? null : initiatorUrl,
                };
                lock (requests)
                {
                    requests.Add(recorded);
                }
            };

            var budget = (int)_options.RenderBudget.TotalMilliseconds;
            var started = Environment.TickCount64;
            string? error = null;
            var exhausted = false;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                var response = await page.GoToAsync(url.AbsoluteUri, new NavigationOptions { Timeout = budget, WaitUntil = [WaitUntilNavigation.Load] }).ConfigureAwait(false);
                if (response is null)
                {
                    error = "the browser got no response for the page";
                }

                var left = budget - (int)(Environment.TickCount64 - started);
                if (left > 0)
                {
                    // Scripts added at run time load after the load event: wait until the network is quiet.
                    await page.WaitForNetworkIdleAsync(new WaitForNetworkIdleOptions { IdleTime = 500, Timeout = left }).ConfigureAwait(false);
                }
                else
                {
                    exhausted = true;
                }
            }
            catch (WaitTaskTimeoutException)
            {
                exhausted = true;
            }
            catch (TimeoutException)
            {
                exhausted = true;
            }
            catch (NavigationException ex)
            {
                error = $"the browser could not load {url}: {ex.Message}";
            }
            catch (PuppeteerException ex)
            {
                error = $"the browser failed on {url}: {ex.Message}";
            }

            var finalUrl = error is null ? page.Url : null;
            List<RenderedRequest> snapshot;
            lock (requests)
            {
                snapshot = [.. requests];
            }

            return new RenderFetch(url.AbsoluteUri)
            {
                FinalUrl = finalUrl,
                Requests = snapshot,
                BudgetExhausted = exhausted,
                Error = error,
            };
        }
    }

    private async Task<IBrowser?> EnsureBrowserAsync(CancellationToken cancellationToken)
    {
        await _launch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_browser is not null || _launchError is not null)
            {
                return _browser;
            }

            if (!File.Exists(_options.ChromiumPath))
            {
                _launchError = $"--render needs Chromium at {_options.ChromiumPath} (on Debian: apt-get install chromium); the page was not rendered";
                return null;
            }

            _proxy = new RenderProxy(_options, _dns);
            _profile = Directory.CreateTempSubdirectory("pavillon-chromium-").FullName;
            var launch = new LaunchOptions
            {
                ExecutablePath = _options.ChromiumPath,
                Headless = true,
                Args = [.. Arguments(_proxy.Address, _profile)],

                // With --ca-cert the proxy validates every certificate (system roots and the extra CA) before it
                // opens a tunnel, so the browser's own check, which knows only the system roots, is switched off.
                AcceptInsecureCerts = _proxy.ChecksCertificates,
                Timeout = (int)Math.Max(30_000, _options.Timeout.TotalMilliseconds * 3),
            };
            try
            {
                _browser = await Puppeteer.LaunchAsync(launch).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ProcessException or PuppeteerException or IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                _launchError = string.Create(CultureInfo.InvariantCulture, $"Chromium ({_options.ChromiumPath}) did not start: {ex.Message}");
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }
}
