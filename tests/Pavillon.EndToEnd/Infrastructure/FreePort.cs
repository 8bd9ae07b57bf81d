using System.Net;
using System.Net.Sockets;

namespace Pavillon.EndToEnd.Infrastructure;

/// <summary>Loopback ports nobody listens on at the time of asking.</summary>
public static class FreePort
{
    /// <summary>A port free for both TCP and UDP on 127.0.0.1 (DNS needs both).</summary>
    public static int TcpAndUdp()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = Tcp();
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // Taken for UDP only: try another one.
            }
        }

        throw new InvalidOperationException("No loopback port is free for both TCP and UDP.");
    }

    /// <summary>A TCP port free on 127.0.0.1; nothing listens there afterwards, so connecting is refused.</summary>
    public static int Tcp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
