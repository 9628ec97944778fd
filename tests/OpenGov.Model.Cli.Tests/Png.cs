using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace OpenGov.Model.Cli.Tests;

/// <summary>
/// Reads the pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what a headless browser's screenshot
/// is) and counts the pixels of each colour.
/// </summary>
internal sealed class Png
{
    private Png(int width, int height, Dictionary<int, int> colors)
    {
        Width = width;
        Height = height;
        Colors = colors;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The number of pixels of each colour, keyed by 0xRRGGBB (alpha ignored).</summary>
    public IReadOnlyDictionary<int, int> Colors { get; }

    public int CountOf(int rgb) => Colors.TryGetValue(rgb, out var count) ? count : 0;

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0, bytesPerPixel = 0;
        using var compressed = new MemoryStream();
        for (var position = 8; position + 12 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(position));
            var type = System.Text.Encoding.ASCII.GetString(bytes, position + 4, 4);
            var data = bytes.AsSpan(position + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colorType, interlace) = (data[8], data[9], data[12]);
                if (depth != 8 || interlace != 0 || (colorType != 2 && colorType != 6))
                {
                    throw new InvalidDataException($"{path}: only 8-bit non-interlaced RGB or RGBA is read (depth {depth}, colour type {colorType}, interlace {interlace}).");
                }

                bytesPerPixel = colorType == 2 ? 3 : 4;
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            position += length + 12;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.GetBuffer();
        var stride = width * bytesPerPixel;
        var previous = new byte[stride];
        var line = new byte[stride];
        var colors = new Dictionary<int, int>();
        for (var y = 0; y < height; y++)
        {
            var offset = y * (stride + 1);
            var filter = raw[offset];
            Array.Copy(raw, offset + 1, line, 0, stride);
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? line[x - bytesPerPixel] : 0, up = previous[x], upLeft = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
                line[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"{path}: unknown filter {filter} on line {y}."),
                });
            }

            for (var x = 0; x < stride; x += bytesPerPixel)
            {
                var rgb = (line[x] << 16) | (line[x + 1] << 8) | line[x + 2];
                colors[rgb] = colors.TryGetValue(rgb, out var count) ? count + 1 : 1;
            }

            (previous, line) = (line, previous);
        }

        return new Png(width, height, colors);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
