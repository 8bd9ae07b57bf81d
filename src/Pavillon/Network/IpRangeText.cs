using System.Globalization;
using System.Net;
using System.Numerics;

namespace Pavillon.Network;

/// <summary>Formats an inclusive address range as CIDR when it is exactly one prefix, else as "first-last".</summary>
internal static class IpRangeText
{
    public static string FormatV4(uint first, uint last)
    {
        var size = (ulong)last - first + 1;
        if (ulong.IsPow2(size) && (first & (size - 1)) == 0)
        {
            var prefix = 32 - BitOperations.Log2(size);
            return string.Create(CultureInfo.InvariantCulture, $"{ToAddress(first)}/{prefix}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{ToAddress(first)}-{ToAddress(last)}");
    }

    public static string FormatV6(UInt128 first, UInt128 last)
    {
        var span = last - first;
        if (span == UInt128.MaxValue)
        {
            return "::/0";
        }

        var size = span + 1;
        if (UInt128.IsPow2(size) && (first & (size - 1)) == UInt128.Zero)
        {
            var prefix = 128 - (int)UInt128.Log2(size);
            return string.Create(CultureInfo.InvariantCulture, $"{ToAddress(first)}/{prefix}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{ToAddress(first)}-{ToAddress(last)}");
    }

    public static IPAddress ToAddress(uint value) =>
        new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    public static IPAddress ToAddress(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 15; i >= 0; i--)
        {
            bytes[i] = (byte)value;
            value >>= 8;
        }

        return new IPAddress(bytes);
    }

    public static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
    }

    public static UInt128 ToUInt128(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        UInt128 value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
