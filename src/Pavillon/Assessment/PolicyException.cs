namespace Pavillon.Assessment;

/// <summary>A policy or weights file is missing, malformed or inconsistent; the message names the file and the field.</summary>
public sealed class PolicyException : Exception
{
    public PolicyException()
    {
    }

    public PolicyException(string message)
        : base(message)
    {
    }

    public PolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
