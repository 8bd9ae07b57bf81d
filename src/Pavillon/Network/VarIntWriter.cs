namespace Pavillon.Network;

/// <summary>Appends unsigned LEB128 integers to a growing buffer: small gaps and lengths take one or two bytes.</summary>
internal sealed class VarIntWriter
{
    private readonly MemoryStream _buffer = new();

    public long Length => _buffer.Length;

    public void Write(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer.WriteByte((byte)value);
    }

    public void Write(UInt128 value)
    {
        while (value >= 0x80)
        {
            _buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer.WriteByte((byte)value);
    }

    public void WriteByte(byte value) => _buffer.WriteByte(value);

    public void WriteString(string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        Write((ulong)bytes.Length);
        _buffer.Write(bytes);
    }

    public void CopyTo(Stream destination)
    {
        _buffer.Position = 0;
        _buffer.CopyTo(destination);
    }
}
