namespace OpenGov.Model;

/// <summary>Hash combining that works the same on every target framework.</summary>
internal static class Hash
{
    public static int Combine(int hash, int value) => unchecked((hash * -1521134295) + value);

    public static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);
}
