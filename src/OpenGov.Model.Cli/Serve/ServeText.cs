using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenGov.Model.Cli.Serve;

/// <summary>The words of the review page in its two interface languages, English and Spanish.</summary>
internal sealed class ServeText
{
    /// <summary>The English interface.</summary>
    public static readonly ServeText English = new("en", new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "OGP data review",
        ["intro"] = "Upload a report, an action plan, a dataset or any OGP document to see what it is, what is wrong and where, and what it holds. Nothing you upload is kept: it is read as it arrives and forgotten once the answer is sent.",
        ["file"] = "File",
        ["file-hint"] = "CSV, JSON, JSON rows, an .xlsx workbook or a report page saved as text.",
        ["drop"] = "or drop a file here",
        ["text"] = "Or paste text",
        ["other"] = "Compare with a newer release (optional)",
        ["other-hint"] = "A second dataset: the page then shows what changed from the first to the second.",
        ["convention"] = "Indicators",
        ["strict"] = "strict: what the IRM did not assess cannot be told",
        ["dataset"] = "dataset: the IRM dataset's own formulas",
        ["review"] = "Review",
        ["language"] = "Interface language",
        ["switch-language"] = "Español",
        ["results"] = "Review of",
        ["what"] = "What it is",
        ["kind"] = "Kind",
        ["document-kind"] = "Document",
        ["encoding"] = "Encoding",
        ["delimiter"] = "Delimiter",
        ["sheet"] = "Sheet",
        ["items"] = "Items checked",
        ["score"] = "Completeness",
        ["score-of"] = "{0} of {1} required answers given",
        ["findings"] = "Findings",
        ["no-findings"] = "No findings: nothing is wrong that the rules can see.",
        ["severity"] = "Severity",
        ["category"] = "Category",
        ["filter"] = "Show",
        ["rule"] = "Rule",
        ["count"] = "Count",
        ["location"] = "Where",
        ["message"] = "What",
        ["value"] = "Value",
        ["more"] = "{0} more in the downloads.",
        ["line"] = "line {0}",
        ["column"] = "column {0}",
        ["question"] = "question {0}",
        ["source"] = "The input, as read",
        ["source-some"] = "The lines the findings point to",
        ["contents"] = "What it holds",
        ["summary"] = "Summary",
        ["downloads"] = "Downloads",
        ["downloads-hint"] = "The file is not kept, so a download reads it again: choose the same file (pasted text is carried for you).",
        ["same-file"] = "The same file again",
        ["download"] = "Download",
        ["document-json"] = "the document as JSON",
        ["dataset-csv"] = "the dataset as CSV",
        ["validation-json"] = "the validation report as JSON",
        ["validation-csv"] = "the validation report as CSV",
        ["summary-html"] = "the summary as HTML",
        ["summary-markdown"] = "the summary as Markdown",
        ["indicators-csv"] = "the indicators as CSV",
        ["report-text"] = "the report as a page of text",
        ["difference"] = "What changed",
        ["again"] = "Review another file",
        ["unreadable"] = "This input cannot be read",
        ["stopped"] = "Reading stopped before the end of the input: what follows covers the part that was read.",
        ["error"] = "error",
        ["warning"] = "warning",
        ["info"] = "info",
        ["api"] = "The same review is an HTTP API for scripts: see the OpenAPI document",
        ["busy"] = "The server is reviewing as many files as it may at once. Try again in a few seconds.",
        ["too-large"] = "The upload is over the limit of {0} bytes this server accepts.",
        ["nothing"] = "Choose a file or paste some text to review.",
    });

    /// <summary>The Spanish interface.</summary>
    public static readonly ServeText Spanish = new("es", new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "Revisión de datos de OGP",
        ["intro"] = "Suba un informe, un plan de acción, un conjunto de datos o cualquier documento de OGP para ver qué es, qué está mal y dónde, y qué contiene. Nada de lo que sube se guarda: se lee a medida que llega y se olvida en cuanto se envía la respuesta.",
        ["file"] = "Archivo",
        ["file-hint"] = "CSV, JSON, filas JSON, un libro .xlsx o la página de un informe guardada como texto.",
        ["drop"] = "o suelte un archivo aquí",
        ["text"] = "O pegue el texto",
        ["other"] = "Comparar con una versión más reciente (opcional)",
        ["other-hint"] = "Un segundo conjunto de datos: la página muestra entonces qué cambió del primero al segundo.",
        ["convention"] = "Indicadores",
        ["strict"] = "estricta: lo que el IRM no evaluó no se puede saber",
        ["dataset"] = "del conjunto de datos: las fórmulas propias del IRM",
        ["review"] = "Revisar",
        ["language"] = "Idioma de la interfaz",
        ["switch-language"] = "English",
        ["results"] = "Revisión de",
        ["what"] = "Qué es",
        ["kind"] = "Tipo",
        ["document-kind"] = "Documento",
        ["encoding"] = "Codificación",
        ["delimiter"] = "Separador",
        ["sheet"] = "Hoja",
        ["items"] = "Elementos revisados",
        ["score"] = "Completitud",
        ["score-of"] = "{0} de {1} respuestas obligatorias dadas",
        ["findings"] = "Hallazgos",
        ["no-findings"] = "Sin hallazgos: las reglas no ven nada mal.",
        ["severity"] = "Gravedad",
        ["category"] = "Categoría",
        ["filter"] = "Mostrar",
        ["rule"] = "Regla",
        ["count"] = "Número",
        ["location"] = "Dónde",
        ["message"] = "Qué",
        ["value"] = "Valor",
        ["more"] = "{0} más en las descargas.",
        ["line"] = "línea {0}",
        ["column"] = "columna {0}",
        ["question"] = "pregunta {0}",
        ["source"] = "La entrada, tal como se leyó",
        ["source-some"] = "Las líneas a las que apuntan los hallazgos",
        ["contents"] = "Qué contiene",
        ["summary"] = "Resumen",
        ["downloads"] = "Descargas",
        ["downloads-hint"] = "El archivo no se guarda, así que una descarga lo vuelve a leer: elija el mismo archivo (el texto pegado se envía solo).",
        ["same-file"] = "El mismo archivo otra vez",
        ["download"] = "Descargar",
        ["document-json"] = "el documento en JSON",
        ["dataset-csv"] = "el conjunto de datos en CSV",
        ["validation-json"] = "el informe de validación en JSON",
        ["validation-csv"] = "el informe de validación en CSV",
        ["summary-html"] = "el resumen en HTML",
        ["summary-markdown"] = "el resumen en Markdown",
        ["indicators-csv"] = "los indicadores en CSV",
        ["report-text"] = "el informe como página de texto",
        ["difference"] = "Qué cambió",
        ["again"] = "Revisar otro archivo",
        ["unreadable"] = "Esta entrada no se puede leer",
        ["stopped"] = "La lectura se detuvo antes del final de la entrada: lo que sigue cubre la parte leída.",
        ["error"] = "error",
        ["warning"] = "advertencia",
        ["info"] = "información",
        ["api"] = "La misma revisión es una API HTTP para scripts: vea el documento OpenAPI",
        ["busy"] = "El servidor está revisando tantos archivos como puede a la vez. Vuelva a intentarlo en unos segundos.",
        ["too-large"] = "Lo subido supera el límite de {0} bytes que acepta este servidor.",
        ["nothing"] = "Elija un archivo o pegue un texto para revisar.",
    });

    private readonly Dictionary<string, string> _words;

    private ServeText(string language, Dictionary<string, string> words)
    {
        Language = language;
        _words = words;
    }

    /// <summary>Gets the language tag: en or es.</summary>
    public string Language { get; }

    /// <summary>Gets the other interface language.</summary>
    public ServeText Other => ReferenceEquals(this, English) ? Spanish : English;

    /// <summary>Gets the words for <paramref name="key"/>.</summary>
    public string this[string key] => _words[key];

    /// <summary>The words for <paramref name="key"/> with <paramref name="value"/> put in.</summary>
    public string Format(string key, string value) => _words[key].Replace("{0}", value, StringComparison.Ordinal);

    /// <summary>The words for <paramref name="key"/> with two values put in.</summary>
    public string Format(string key, string first, string second) =>
        _words[key].Replace("{0}", first, StringComparison.Ordinal).Replace("{1}", second, StringComparison.Ordinal);

    /// <summary>The interface for a <c>lang</c> value, else for the first language of an Accept-Language header that is English or Spanish.</summary>
    public static ServeText Of(string? lang, string? acceptLanguage)
    {
        if (lang is not null)
        {
            return lang.Trim().StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;
        }

        foreach (var part in (acceptLanguage ?? string.Empty).Split(','))
        {
            var pieces = part.Split(';');
            var tag = pieces[0].Trim();
            if (pieces.Skip(1).Any(p => p.Trim().Replace(" ", string.Empty, StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
            {
                // Not acceptable to the reader.
                continue;
            }

            if (tag.StartsWith("es", StringComparison.OrdinalIgnoreCase))
            {
                return Spanish;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return English;
    }
}
