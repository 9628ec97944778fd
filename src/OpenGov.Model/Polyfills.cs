#if !NET
using System.Runtime.CompilerServices;

namespace System;

/// <summary>The argument checks of .NET for the netstandard2.0 build, so that the library's code reads the same on both targets.</summary>
internal static class ExceptionPolyfills
{
    extension(ArgumentNullException)
    {
        /// <summary>Throws when <paramref name="argument"/> is null.</summary>
        public static void ThrowIfNull(object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }

    extension(ObjectDisposedException)
    {
        /// <summary>Throws when <paramref name="condition"/> holds.</summary>
        public static void ThrowIf(bool condition, object instance)
        {
            if (condition)
            {
                throw new ObjectDisposedException(instance?.GetType().FullName);
            }
        }
    }
}
#endif
