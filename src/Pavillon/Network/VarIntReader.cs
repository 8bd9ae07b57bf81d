using System.Text;

namespace Pavillon.Network;

/// <summary>Reads what <see cref="VarIntWriter"/> wrote, from a decompressed body held in memory.</summary>
internal ref struct VarIntReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position == _data.Length;

    public ulong ReadUInt64()
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = Next();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
            if (shift > 63)
            {
                throw new InvalidDataException("Malformed integer in the IP data snapshot.");
            }
        }
    }

    public UInt128 ReadUInt128()
    {
        UInt128 value = 0;
        var shift = 0;
        while (true)
        {
            var b = Next();
            value |= (UInt128)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
            if (shift > 127)
            {
                throw new InvalidDataException("Malformed integer in the IP data snapshot.");
            }
        }
    }

    public int ReadCount()
    {
        var value = ReadUInt64();
        return value <= int.MaxValue ? (int)value : throw new InvalidDataException("Count out of range in the IP data snapshot.");
    }

    public byte ReadByte() => Next();

    public string ReadString()
    {
        var length = ReadCount();
        if (length > _data.Length - _position)
        {
            throw new InvalidDataException("The IP data snapshot is truncated.");
        }

        var text = Encoding.UTF8.GetString(_data.Slice(_position, length));
        _position += length;
        return text;
    }

    private byte Next()
    {
        if (_position >= _data.Length)
        {
            throw new InvalidDataException("The IP data snapshot is truncated.");
        }

        return _data[_position++];
    }
}
