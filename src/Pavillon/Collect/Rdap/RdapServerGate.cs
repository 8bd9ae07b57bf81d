namespace Pavillon.Collect.Rdap;

/// <summary>
/// Politeness towards one RDAP server: at most a few requests in flight, and a least interval between the starts
/// of two requests. Registries answer bulk clients with 429 or blocks; a scan of hundreds of communes in .fr
/// would otherwise hit AFNIC with all of them at once.
/// </summary>
internal sealed class RdapServerGate(int concurrency, TimeSpan minimumInterval) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, concurrency));
    private readonly Lock _clock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    /// <summary>Waits for a slot and for the interval; dispose the result to free the slot.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (_clock)
            {
                var now = DateTimeOffset.UtcNow;
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + minimumInterval;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            return new Slot(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
