using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit;

namespace OpenGov.Model.Tests.IO;

/// <summary>The scaling tests run alone, so that other tests do not share the machine while they time the readers.</summary>
[CollectionDefinition(nameof(PageReaderScalingTests), DisableParallelization = true)]
public sealed class PageReaderScalingRunsAlone;

/// <summary>
/// Reading a report page takes time linear in the page, whatever its shape: thousands of comment-form lines (with or
/// without a question after them), repeated labels and headings, thousands of questions, one line of megabytes,
/// thousands of blank lines, many evaluators joined by "and". Each shape is read at a size and at eight times that size;
/// the larger may take at most 20 times as long (8 times, for linear time, with room for a noisy machine; quadratic time would take 64).
/// </summary>
[Collection(nameof(PageReaderScalingTests))]
public class PageReaderScalingTests
{
    private const string Lesson = "3. Provide at least one lesson or reflection relating to the implementation of this commitment.";

    private static readonly string EndOfCommitmentPage = Fixture.Read(Fixture.MexicoReportPagePath);

    /// <summary>The Mexico page without its comment footer: it ends with its lesson.</summary>
    private static readonly string EndOfCommitmentBody = EndOfCommitmentPage.Substring(0, EndOfCommitmentPage.IndexOf("No comments yet", StringComparison.Ordinal));

    private static readonly string InceptionPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages", "inception-layout-b.txt"));

    /// <summary>The pathological End of Commitment pages, each made at a size n, and the n whose page takes some 50 ms or more to read.</summary>
    private static readonly Dictionary<string, (Func<int, string> Make, int Size)> EndOfCommitmentShapes = new()
    {
        ["comment-form lines"] = (n => EndOfCommitmentBody + Repeat("Leave a Reply\n", n), 64_000),
        ["comment-form lines, then a question"] = (n => EndOfCommitmentBody + Repeat("Leave a Reply\n\n", n) + Lesson + "\n\nA lesson.\n", 32_000),
        ["comment-form lines between lessons"] = (n => EndOfCommitmentBody + Repeat("No comments yet\n\nA lesson.\n\n", n), 32_000),
        ["repeated labels"] = (n => EndOfCommitmentBody.Replace("Member Name\n", Repeat("Member Name\nRiverside\n\n", n), StringComparison.Ordinal), 20_000),
        ["repeated headings"] = (n => EndOfCommitmentBody.Replace("Degree of result:\n", Repeat("Degree of result:\nMajor\n\nProvide a brief explanation of your answer:\nSome.\n", n), StringComparison.Ordinal), 10_000),
        ["questions"] = (n => EndOfCommitmentBody + Repeat(Lesson + "\n\nA lesson.\n\n", n), 10_000),
        ["one enormous line"] = (n => EndOfCommitmentBody + Repeat("lesson words aB c d e f... ", n) + "\n", 100_000),
        ["one enormous header line"] = (n => EndOfCommitmentBody.Replace("Member Name\n\n", "Member Name\n\n" + Repeat("cityAb c d e f g... ", n), StringComparison.Ordinal), 8_000),
        ["blank lines"] = (n => EndOfCommitmentBody.Replace("Member Name\n", "Member Name\n" + Repeat("\n", n), StringComparison.Ordinal) + Repeat("\n", n), 400_000),
        ["evaluators joined by and"] = (n => EndOfCommitmentBody.Replace("Name of Evaluator\n\n", "Name of Evaluator\n\n" + Repeat("Ana María López and ", n) + "Juan Pérez\n", StringComparison.Ordinal), 20_000),
    };

    /// <summary>The pathological Inception pages, each made at a size n, and the n whose page takes some 50 ms or more to read.</summary>
    private static readonly Dictionary<string, (Func<int, string> Make, int Size)> InceptionShapes = new()
    {
        ["comment-form lines"] = (n => InceptionPage + "\n" + Repeat("Leave a Reply\n", n), 64_000),
        ["comment-form lines, then a question"] = (n => InceptionPage.Replace("Section 3.", Repeat("Leave a Reply\n\n", n) + "1.9 Is the forum open?\n\nSection 3.", StringComparison.Ordinal), 16_000),
        ["comment-form lines, then a commitment"] = (n => InceptionPage + "\n" + Repeat("No comments yet\n", n) + "Commitment 3: More\n\nVerifiable:\n\nYes\n", 16_000),
        ["repeated labels"] = (n => InceptionPage.Replace("Member Name\n", Repeat("Member Name\nRiverside\n\n", n), StringComparison.Ordinal), 20_000),
        ["repeated headings"] = (n => InceptionPage.Replace("Section 3.", Repeat("Provide a brief explanation of your answer:\nSome.\n\nProvide evidence for your answer:\nminutes.pdf\n", n) + "Section 3.", StringComparison.Ordinal), 20_000),
        ["questions"] = (n => InceptionPage.Replace("Section 3.", Repeat("1.9 Is the forum open?\n\nYes\n\nProvide a brief explanation of your answer:\nIt is.\n\n", n) + "Section 3.", StringComparison.Ordinal), 5_000),
        ["commitments"] = (n => InceptionPage + Repeat("\nCommitment 3: More\n\nVerifiable:\n\nYes\n", n), 12_000),
        ["one enormous line"] = (n => InceptionPage + "\n" + Repeat("explanation words aB c d e f... ", n) + "\n", 100_000),
        ["one enormous header line"] = (n => InceptionPage.Replace("Member Name\n", "Member Name\n" + Repeat("cityAb c d e f g... ", n) + "\n", StringComparison.Ordinal), 8_000),
        ["blank lines"] = (n => InceptionPage.Replace("Member Name\n", "Member Name\n" + Repeat("\n", n), StringComparison.Ordinal) + Repeat("\n", n), 400_000),
        ["evaluators joined by and"] = (n => InceptionPage.Replace("Name of Evaluator\n", "Name of Evaluator\n" + Repeat("Ana María López and ", n) + "Juan Pérez\n", StringComparison.Ordinal), 20_000),
    };

    public static TheoryData<string> EndOfCommitmentShapeNames => [.. EndOfCommitmentShapes.Keys];

    public static TheoryData<string> InceptionShapeNames => [.. InceptionShapes.Keys];

    [Theory]
    [MemberData(nameof(EndOfCommitmentShapeNames))]
    public void Reading_an_End_of_Commitment_page_takes_linear_time(string shape)
    {
        var (make, size) = EndOfCommitmentShapes[shape];
        Scaling.AssertLinear(make, size, text => Imports.Page(text));
    }

    [Theory]
    [MemberData(nameof(InceptionShapeNames))]
    public void Reading_an_Inception_page_takes_linear_time(string shape)
    {
        var (make, size) = InceptionShapes[shape];
        Scaling.AssertLinear(make, size, text => Imports.InceptionPage(text));
    }

    [Fact]
    public void The_pathological_pages_are_read_as_pages()
    {
        var form = Imports.Page(EndOfCommitmentShapes["comment-form lines, then a question"].Make(10));
        Assert.Equal(["A lesson."], form.Report.Lessons);
        var lessons = Imports.Page(EndOfCommitmentShapes["comment-form lines between lessons"].Make(3)).Report.Lessons;
        Assert.Equal(7, lessons.Count);
        Assert.Equal(201 + 3, Imports.Page(EndOfCommitmentShapes["evaluators joined by and"].Make(200)).Report.Evaluators.Count);
        Assert.Equal(201 + 2, Imports.InceptionPage(InceptionShapes["evaluators joined by and"].Make(200)).Inception.Evaluators.Count);
        Assert.Equal(2 + 10, Imports.InceptionPage(InceptionShapes["commitments"].Make(10)).Inception.Commitments.Count);
        Assert.Equal(4 + 10, Imports.InceptionPage(InceptionShapes["questions"].Make(10)).Inception.Requirements.Count);
        Assert.Equal(3, Imports.InceptionPage(InceptionShapes["comment-form lines, then a commitment"].Make(10)).Inception.Commitments.Count);
    }

    private static string Repeat(string text, int count)
    {
        var builder = new StringBuilder(text.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}
