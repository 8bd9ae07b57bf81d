using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace Pavillon.Network;

/// <summary>Formats an inclusive address range as CIDR when it is exactly one prefix, else as "first-last".</summary>
internal static class IpRangeText
{
    // Formatted into a stack buffer: the first lookup of every range pays for this, so it is kept cheap.
    public static string FormatV4(uint first, uint last)
    {
        Span<char> text = stackalloc char[40];
        var length = WriteV4(text, first);
        var size = (ulong)last - first + 1;
        if (ulong.IsPow2(size) && (first & (size - 1)) == 0)
        {
            length += WritePrefix(text[length..], 32 - BitOperations.Log2(size));
        }
        else
        {
            text[length++] = '-';
            length += WriteV4(text[length..], last);
        }

        return new string(text[..length]);
    }

    public static string FormatV6(UInt128 first, UInt128 last)
    {
        Span<char> text = stackalloc char[100];
        var length = WriteV6(text, first);
        var span = last - first;
        if (span == UInt128.MaxValue)
        {
            length += WritePrefix(text[length..], 0);
        }
        else if (UInt128.IsPow2(span + 1) && (first & span) == UInt128.Zero)
        {
            length += WritePrefix(text[length..], 128 - (int)UInt128.Log2(span + 1));
        }
        else
        {
            text[length++] = '-';
            length += WriteV6(text[length..], last);
        }

        return new string(text[..length]);
    }

    private static int WriteV4(Span<char> text, uint value)
    {
        var length = 0;
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            ((byte)(value >> shift)).TryFormat(text[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
            if (shift > 0)
            {
                text[length++] = '.';
            }
        }

        return length;
    }

    private static int WriteV6(Span<char> text, UInt128 value)
    {
        ToAddress(value).TryFormat(text, out var written);
        return written;
    }

    private static int WritePrefix(Span<char> text, int prefix)
    {
        text[0] = '/';
        prefix.TryFormat(text[1..], out var written, default, CultureInfo.InvariantCulture);
        return written + 1;
    }

    public static IPAddress ToAddress(uint value) =>
        new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    public static IPAddress ToAddress(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new IPAddress(bytes);
    }

    public static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    public static UInt128 ToUInt128(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
