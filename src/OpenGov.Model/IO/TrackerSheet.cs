using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenGov.Model.Mapping;
using OpenGov.Model.Validation;

namespace OpenGov.Model;

/// <summary>
/// Reads an implementation tracker from a sheet (the rows of a CSV file, of JSON rows or of a workbook's sheet):
/// headers matched by meaning, in any of three layouts: one row per sub-commitment, one row per sub-commitment
/// and update round, or one status column (with progress, narrative, evidence) per round.
/// </summary>
internal sealed class TrackerSheet
{
    private static readonly Dictionary<string, Field> Aliases = BuildAliases();

    private readonly List<string> _headers;
    private readonly ImportFindings _findings;
    private readonly Field?[] _fields;
    private readonly string?[] _roundOf;
    private readonly List<string> _rounds = [];
    private readonly Dictionary<(Field Field, string? Round), int> _columns = [];
    private readonly string[] _extraNames;
    private readonly Dictionary<(string Commitment, string Item), (int Commitment, int Item)> _index = new(KeyComparer.Instance);
    private readonly List<CommitmentBuilder> _commitments = [];
    private readonly Dictionary<string, int> _commitmentIndex = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a column holds.</summary>
    internal enum Field
    {
        CommitmentId,
        CommitmentTitle,
        ItemId,
        ItemTitle,
        Theme,
        LeadAgency,
        Weight,
        Start,
        End,
        Round,
        AsOf,
        Status,
        Progress,
        Narrative,
        Evidence,
        Member,
        ActionPlanId,
        ActionPlanTitle,
        PlanStart,
        PlanEnd,
    }

    private TrackerSheet(IReadOnlyList<string> headers, ImportFindings findings)
    {
        _headers = [.. headers.Select(h => h ?? string.Empty)];
        _findings = findings;
        _fields = new Field?[_headers.Count];
        _roundOf = new string?[_headers.Count];
        var seen = new Dictionary<(Field, string?), int>();
        var roundNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _headers.Count; i++)
        {
            if (Match(_headers[i], out var field, out var round))
            {
                // One round however its columns write it: June 2023, Jun 2023 and 2023-06; Round 1 and round 01.
                if (round is not null)
                {
                    var key = RoundNames.Key(round);
                    if (roundNames.TryGetValue(key, out var first0))
                    {
                        round = first0;
                    }
                    else
                    {
                        roundNames[key] = round;
                    }
                }

                if (seen.TryGetValue((field, round), out var first))
                {
                    _findings.Add(ValidationRules.Finding(
                        ValidationRules.DuplicateColumn,
                        "/columns/" + i.ToString(CultureInfo.InvariantCulture),
                        $"Columns {first + 1} (\"{Excerpt.Of(_headers[first])}\") and {i + 1} (\"{Excerpt.Of(_headers[i])}\") both give the {Describe(field)}{(round is null ? string.Empty : " of round " + round)}; the first is read, the second is kept as a column the library does not map.",
                        _headers[i],
                        1,
                        i + 1));
                    continue;
                }

                seen[(field, round)] = i;
                _columns[(field, round)] = i;
                _fields[i] = field;
                _roundOf[i] = round;
                if (round is not null && !_rounds.Contains(round))
                {
                    _rounds.Add(round);
                }
            }
        }

        // Each column the library does not map keeps its cells under its header; a header given twice, or none,
        // gets a name of its own so that no cell is lost.
        _extraNames = new string[_headers.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _headers.Count; i++)
        {
            if (_fields[i] is not null)
            {
                continue;
            }

            var name = _headers[i].Length > 0 ? _headers[i] : "Column " + (i + 1).ToString(CultureInfo.InvariantCulture);
            var unique = name;
            for (var n = 2; !names.Add(unique) || (unique != _headers[i] && _headers.Contains(unique)); n++)
            {
                unique = name + " (column " + (i + 1).ToString(CultureInfo.InvariantCulture) + (n > 2 ? ", " + n.ToString(CultureInfo.InvariantCulture) : string.Empty) + ")";
            }

            _extraNames[i] = unique;
        }
    }


    /// <summary>
    /// Gets whether a sheet is a tracker's rather than the IRM dataset's: its header names a commitment or
    /// sub-commitment and gives a status or progress, and either has no <c>Commitment Unique Identifier</c>
    /// column or few other columns of the dataset (a tracker keyed by the IRM's identifiers).
    /// </summary>
    public static bool IsTracker(IReadOnlyList<string> headers) =>
        IsTrackerHeader(headers) && (!DatasetRowMapper.IsIdentityHeader(headers) || DatasetRowMapper.KnownColumnCount(headers) < 10);

    /// <summary>Gets whether a header row is a tracker's: it names a commitment or sub-commitment (by identifier or title), and gives a status or progress.</summary>
    public static bool IsTrackerHeader(IReadOnlyList<string> headers)
    {
        bool names = false, status = false;
        foreach (var header in headers)
        {
            if (!Match(header ?? string.Empty, out var field, out _))
            {
                continue;
            }

            names |= field is Field.CommitmentId or Field.ItemId or Field.CommitmentTitle or Field.ItemTitle;
            status |= field is Field.Status or Field.Progress;
        }

        return names && status;
    }

    /// <summary>Reads a tracker from its header and its rows.</summary>
    /// <returns>The tracker, and the line of each sub-commitment's first row and of each update's row by JSON Pointer (none for a line of 0).</returns>
    public static (ImplementationTracker Tracker, IReadOnlyDictionary<string, int> Lines) Read(IReadOnlyList<string> headers, IEnumerable<(IReadOnlyList<string> Cells, int Line)> rows, ImportFindings findings)
    {
        var sheet = new TrackerSheet(headers, findings);
        var plan = new PlanCells();
        foreach (var (cells, line) in rows)
        {
            sheet.Add(cells, line, plan);
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var commitments = new List<TrackedCommitment>();
        for (var c = 0; c < sheet._commitments.Count; c++)
        {
            commitments.Add(sheet._commitments[c].Build("/commitments/" + c.ToString(CultureInfo.InvariantCulture), lines));
        }

        return (new ImplementationTracker
        {
            ActionPlanId = plan.Get(Field.ActionPlanId) is { } id && ActionPlanId.TryParse(id, out var planId) ? planId : null,
            MemberName = plan.Get(Field.Member),
            ActionPlanTitle = plan.Get(Field.ActionPlanTitle),
            Start = PartialDate.Read(plan.Get(Field.PlanStart)),
            End = PartialDate.Read(plan.Get(Field.PlanEnd)),
            Commitments = ValueList.CreateRange(commitments),
        }, lines);
    }

    /// <summary>Matches a header to a field: exactly by an alias, or as a field's alias followed by the name of an update round (<c>Status (June 2023)</c>).</summary>
    internal static bool Match(string header, out Field field, out string? round)
    {
        round = null;
        var key = LabelKey.Create(header);
        if (Aliases.TryGetValue(key, out field))
        {
            return true;
        }

        // The longest alias the header starts with, followed by a round's name (which names a number, a year or a date).
        var best = 0;
        foreach (var pair in Aliases)
        {
            var (alias, candidate) = (pair.Key, pair.Value);
            if (candidate is not (Field.Status or Field.Progress or Field.Narrative or Field.Evidence or Field.AsOf) || alias.Length < 4 || alias.Length <= best
                || key.Length == alias.Length || !key.StartsWith(alias, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = RoundText(header, alias.Length);
            if (rest.Any(char.IsDigit))
            {
                (field, round, best) = (candidate, rest, alias.Length);
            }
        }

        if (best > 0)
        {
            return true;
        }

        field = default;
        return false;
    }

    /// <summary>The text of a header after its first <paramref name="letters"/> letters and digits, without the punctuation around it.</summary>
    private static string RoundText(string header, int letters)
    {
        var i = 0;
        for (var seen = 0; i < header.Length && seen < letters; i++)
        {
            if (char.IsLetterOrDigit(header[i]))
            {
                seen++;
            }
        }

        return header.Substring(i).Trim().Trim('(', ')', '[', ']', '-', '–', '—', ':', ',', '/', ' ', '_').Trim();
    }

    private static string Describe(Field field) => field switch
    {
        Field.CommitmentId => "commitment's identifier",
        Field.CommitmentTitle => "commitment's title",
        Field.ItemId => "sub-commitment's identifier",
        Field.ItemTitle => "sub-commitment's title",
        Field.LeadAgency => "lead agency",
        Field.AsOf => "as-of date",
        Field.ActionPlanId => "action plan's identifier",
        Field.ActionPlanTitle => "action plan's title",
        _ => field.ToString().ToLowerInvariant(),
    };

    private void Add(IReadOnlyList<string> cells, int line, PlanCells plan)
    {
        string? Cell(Field field, string? round = null) =>
            _columns.TryGetValue((field, round), out var i) && i < cells.Count ? Text(cells[i]) : null;

        var commitmentCell = Cell(Field.CommitmentId);
        var itemId = Cell(Field.ItemId);
        var itemTitle = Cell(Field.ItemTitle);
        var commitmentTitle = Cell(Field.CommitmentTitle);
        if (commitmentCell is null && commitmentTitle is null && itemId is null && itemTitle is null && cells.All(c => string.IsNullOrWhiteSpace(c)))
        {
            return;
        }

        // A sub-commitment's identifier such as US0113.1 names its commitment when no column does.
        var commitmentKey = commitmentCell ?? (itemId is not null && itemId.LastIndexOf('.') is > 0 and var dot && Text(itemId.Substring(0, dot)) is { } prefix ? prefix : null) ?? commitmentTitle ?? string.Empty;
        if (CommitmentId.TryParse(commitmentKey, out var canonical))
        {
            commitmentKey = canonical.ToString();
        }

        if (!_commitmentIndex.TryGetValue(commitmentKey, out var c))
        {
            c = _commitments.Count;
            _commitmentIndex[commitmentKey] = c;
            _commitments.Add(new CommitmentBuilder(commitmentCell ?? (commitmentKey.Length == 0 ? null : commitmentKey)));
        }

        var commitment = _commitments[c];
        commitment.Fill(Cell(Field.Theme), Cell(Field.LeadAgency));
        var itemKey = itemId ?? itemTitle ?? string.Empty;
        ItemBuilder item;
        if (_index.TryGetValue((commitmentKey, itemKey), out var at))
        {
            item = _commitments[at.Commitment].Items[at.Item];
        }
        else
        {
            item = new ItemBuilder { Id = itemId, Line = line };
            _index[(commitmentKey, itemKey)] = (c, commitment.Items.Count);
            commitment.Items.Add(item);
        }

        // Each cell of a plan, commitment or sub-commitment is taken from the first row that gives it; a later row
        // that gives another keeps it with its update, so that nothing is lost.
        var extraOfUpdate = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstRow = item.Rows++ == 0;
        for (var i = 0; i < cells.Count; i++)
        {
            if (i < _fields.Length && _fields[i] is { } field)
            {
                if (_roundOf[i] is not null)
                {
                    continue;
                }

                var first = field switch
                {
                    Field.Member or Field.ActionPlanTitle or Field.ActionPlanId or Field.PlanStart or Field.PlanEnd => plan.First,
                    Field.CommitmentTitle => commitment.First,
                    Field.ItemTitle or Field.Theme or Field.LeadAgency or Field.Weight or Field.Start or Field.End => item.First,
                    _ => null,
                };
                var text = Text(cells[i]);
                if (first is null || text is null)
                {
                    continue;
                }

                if (field == Field.ActionPlanId && !ActionPlanId.TryParse(text, out _))
                {
                    // An identifier that is none is kept as written, as a cell of its own.
                    Keep(_headers[i], cells[i]);
                }
                else if (!first.TryGetValue(field, out var kept))
                {
                    first[field] = text;
                }
                else if (kept != text)
                {
                    extraOfUpdate[_headers[i]] = cells[i];
                }

                continue;
            }

            Keep(i < _extraNames.Length ? _extraNames[i] : "Column " + (i + 1).ToString(CultureInfo.InvariantCulture) + " past the header", cells[i]);
        }

        // A cell of a column the library does not map: the sub-commitment's first row gives its value; a later row
        // that differs (an empty cell included) keeps its own with its update.
        void Keep(string name, string value)
        {
            if (firstRow)
            {
                if (value.Length > 0 && !item.ExtraColumns.ContainsKey(name))
                {
                    item.ExtraColumns[name] = value;
                }
            }
            else if (value != (item.ExtraColumns.TryGetValue(name, out var kept) ? kept : string.Empty))
            {
                extraOfUpdate[name] = value;
            }
        }

        // One update from the columns without a round, then one per round column. When every status is given by
        // round, a narrative or evidence column without one belongs to the latest round the row gives.
        var plainStatus = Cell(Field.Round) is not null || Cell(Field.AsOf) is not null || Cell(Field.Status) is not null || Cell(Field.Progress) is not null;
        var byRound = new List<ImplementationUpdate>();
        foreach (var round in _rounds)
        {
            var update = Update(round, Cell(Field.AsOf, round), Cell(Field.Status, round), Cell(Field.Progress, round), Cell(Field.Narrative, round), Cell(Field.Evidence, round));
            if (update is not null)
            {
                byRound.Add(update);
            }
        }

        if (!plainStatus && byRound.Count > 0)
        {
            var last = byRound[byRound.Count - 1];
            var extraText = Update(last.Round, null, null, null, Cell(Field.Narrative), Cell(Field.Evidence));
            if (extraText is not null)
            {
                byRound[byRound.Count - 1] = last with
                {
                    Narrative = Join(last.Narrative, extraText.Narrative),
                    Evidence = ValueList.CreateRange(last.Evidence.Concat(extraText.Evidence.Where(e => !last.Evidence.Contains(e)))),
                };
            }
        }
        else if (Update(Cell(Field.Round), Cell(Field.AsOf), Cell(Field.Status), Cell(Field.Progress), Cell(Field.Narrative), Cell(Field.Evidence)) is { } plain)
        {
            item.Add(plain with { ExtraColumns = ValueDictionary<string, string>.Create(extraOfUpdate) }, line);
            extraOfUpdate.Clear();
        }

        // The row's own cells go with its first update; a row without one keeps them with the item.
        if (extraOfUpdate.Count > 0 && byRound.Count > 0)
        {
            byRound[0] = byRound[0] with { ExtraColumns = ValueDictionary<string, string>.Create(extraOfUpdate) };
        }
        else
        {
            foreach (var pair in extraOfUpdate)
            {
                if (!item.ExtraColumns.ContainsKey(pair.Key))
                {
                    item.ExtraColumns[pair.Key] = pair.Value;
                }
            }
        }

        foreach (var update in byRound)
        {
            item.Add(update, line);
        }
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "\n" + second;

    private static ImplementationUpdate? Update(string? round, string? asOf, string? status, string? progress, string? narrative, string? evidence)
    {
        if (asOf is null && status is null && progress is null && narrative is null && evidence is null)
        {
            return null;
        }

        var links = new List<Evidence>();
        var narrativeText = narrative is null ? null : Html.ToText(narrative, links);
        var evidenceText = evidence is null ? null : Html.ToText(evidence, links);
        if (evidenceText is not null)
        {
            // The text of a link is its description, not a document of its own.
            links.InsertRange(0, SplitEvidence(evidenceText).Where(e => !links.Any(l => l.Reference == e.Reference || l.Description == e.Reference)));
        }

        // A round named by a date (June 2023, 2023-06) is the update's as-of date when no column gives one.
        var date = PartialDate.Read(asOf);
        if (date.State == RecordedState.NotAnswered && round is not null && PartialDate.TryParse(round, out var roundDate))
        {
            date = roundDate;
        }

        // A status wrapped in markup (Complete<br>, <span>Delayed</span>, Complete&nbsp;) is read without it;
        // text that names no status is kept as written.
        var read = Codelist<ImplementationStatus>.Default.ReadAbbreviated(status);
        if (read.IsUnrecognized && Codelist<ImplementationStatus>.Default.ReadAbbreviated(Text(System.Net.WebUtility.HtmlDecode(Html.ToText(status!, [])))) is { HasValue: true } cleaned)
        {
            read = cleaned;
        }

        return new ImplementationUpdate
        {
            Round = round,
            AsOf = date,
            Status = read,
            Progress = Percent(progress),
            Narrative = narrativeText,
            Evidence = ValueList.CreateRange(links),
        };
    }

    /// <summary>
    /// A percentage or weight: <c>45%</c>, <c>45</c>, or a fraction such as <c>0.45</c> as a spreadsheet keeps a
    /// percent cell. A whole number is read whatever its range (validation tells one out of range); a number with
    /// a fraction of a percent, or text, is kept as written.
    /// </summary>
    private static Recorded<int> Percent(string? text)
    {
        if (text is null)
        {
            return Recorded<int>.NotAnswered;
        }

        var trimmed = text.Trim();
        var percent = trimmed.Length > 0 && trimmed[trimmed.Length - 1] == '%';
        var number = percent ? trimmed.Substring(0, trimmed.Length - 1).Trim() : trimmed;
        if (MissingTokens.TryParse(number.AsSpan(), out var state))
        {
            return Recorded<int>.Missing(state);
        }

        if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (!percent && number.AsSpan().IndexOf('.') >= 0 && value is >= 0 and <= 1)
            {
                value *= 100;
            }

            if (value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
            {
                return (int)value;
            }
        }

        return Recorded<int>.Unrecognized(text);
    }

    /// <summary>
    /// The pieces of an evidence cell: one per line, or per <c>;</c> or <c>|</c> when every piece between them
    /// holds a link. A piece with a link is the link and, around it, its description (<c>Report (https://…)</c>);
    /// a piece <c>text (reference)</c> whose reference is a path or an address is read the same; a piece that
    /// says there is none (<c>N/A</c>, <c>none</c>, <c>-</c>) is kept as a description without a reference.
    /// </summary>
    private static IEnumerable<Evidence> SplitEvidence(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split(';', '|');
            var pieces = parts.Length > 1 && parts.All(p => Html.FindUrl(p).Start >= 0) ? parts : [line];
            foreach (var part in pieces)
            {
                var piece = part.Trim();
                if (piece.Length == 0)
                {
                    continue;
                }

                var (start, length) = Html.FindUrl(piece);
                if (start >= 0)
                {
                    var rest = piece.Remove(start, length).Trim().Trim(':', '-', '–', '(', ')').Trim();
                    yield return new Evidence { Reference = piece.Substring(start, length), Description = rest.Length == 0 ? null : rest };
                }
                else if (NoEvidence(piece))
                {
                    yield return new Evidence { Description = piece };
                }
                else if (piece.Length > 3 && piece[piece.Length - 1] == ')' && piece.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open
                    && piece.Substring(open + 2, piece.Length - open - 3) is { Length: > 0 } reference && reference.IndexOf(' ') < 0 && reference.IndexOfAny(['/', ':', '.']) >= 0)
                {
                    yield return new Evidence { Reference = reference, Description = piece.Substring(0, open).Trim() };
                }
                else
                {
                    yield return new Evidence { Reference = piece };
                }
            }
        }
    }

    /// <summary>Whether a piece of an evidence cell says there is none.</summary>
    private static bool NoEvidence(string piece) =>
        MissingTokens.TryParse(piece.AsSpan(), out _)
        || piece.Trim('-', '–', '—', '.', ' ').Length == 0
        || Array.IndexOf(NoEvidenceWords, LabelKey.Create(piece)) >= 0;

    private static readonly string[] NoEvidenceWords = ["NONE", "NIL", "NO", "NOEVIDENCE", "NOTYET", "PENDING", "TBD", "NINGUNA", "NINGUNO", "SINEVIDENCIA", "AUCUNE", "AUCUN", "NENHUMA", "NENHUM"];

    /// <summary>A cell without the blanks around it (zero-width and no-break spaces too); null when nothing is left.</summary>
    private static string? Text(string? cell)
    {
        if (cell is null || Blank.Is(cell))
        {
            return null;
        }

        int start = 0, end = cell.Length;
        while (Blank.IsBlankChar(cell[start]))
        {
            start++;
        }

        while (Blank.IsBlankChar(cell[end - 1]))
        {
            end--;
        }

        return start == 0 && end == cell.Length ? cell : cell.Substring(start, end - start);
    }

    private static Dictionary<string, Field> BuildAliases()
    {
        var aliases = new Dictionary<string, Field>(StringComparer.Ordinal);
        void Add(Field field, params string[] names)
        {
            foreach (var name in names)
            {
                aliases[LabelKey.Create(name)] = field;
            }
        }

        Add(Field.CommitmentId, "Commitment ID", "Commitment Unique Identifier", "commitment_id", "Commitment", "Commitment number", "Commitment No", "Commitment #", "Commitment code", "Commitment reference", "Compromiso", "Número de compromiso", "N° de compromiso", "ID compromiso", "Engagement", "Numéro d'engagement", "Compromisso");
        Add(Field.CommitmentTitle, "Commitment title", "commitment_title", "Commitment name", "commitment_name", "Título del compromiso", "Nombre del compromiso", "Titre de l'engagement", "Título do compromisso");
        Add(Field.ItemId, "Sub-commitment ID", "ID del subcompromiso", "ID du sous-engagement", "ID du jalon", "ID do marco", "ID do subcompromisso", "Subcommitment ID", "sub_commitment_id", "Sub-commitment number", "Milestone ID", "milestone_id", "Milestone number", "Milestone #", "Milestone No", "commitment_detail_sub_id", "Sub ID", "Activity ID", "ID del hito", "Número de hito", "ID de l'étape");
        Add(Field.ItemTitle, "Sub-commitment", "Subcompromiso", "Sous-engagement", "Subcompromisso", "Sub-commitment title", "Subcommitment", "Sub-commitment description", "Milestone", "Milestone title", "Milestone description", "Milestone name", "commitment_detail", "commitment_detail_title", "commitment_detail_name", "Activity", "Deliverable", "Hito", "Actividad", "Descripción del hito", "Étape", "Jalon", "Marco");
        Add(Field.Theme, "Theme", "commitment_theme_name", "commitment_theme", "Topic", "Policy area", "Tema", "Eje", "Eje temático", "Thème", "Thématique");
        Add(Field.LeadAgency, "Lead agency", "commitment_agency", "Agency", "Lead institution", "Lead organization", "Lead organisation", "Responsible agency", "Responsible institution", "Responsible", "Institución responsable", "Entidad responsable", "Dependencia responsable", "Responsable", "Institution responsable", "Órgão responsável");
        Add(Field.Weight, "Weight", "Weighting", "Weight (%)", "Peso", "Ponderación", "Ponderación (%)", "Pondération", "Ponderação");
        Add(Field.Start, "Start", "Start date", "Begin", "Begin date", "commitment_start_date", "Fecha de inicio", "Inicio", "Date de début", "Data de início");
        Add(Field.End, "End", "End date", "Due", "Due date", "Deadline", "commitment_end_date", "Fecha de término", "Fecha de fin", "Fecha de finalización", "Fin", "Date de fin", "Data de término", "Data de conclusão");
        Add(Field.Round, "Round", "Update round", "Reporting period", "Reporting round", "Period", "Ronda", "Periodo de reporte", "Période", "Rodada");
        Add(Field.AsOf, "As of", "As-of date", "Date of update", "Update date", "Last updated", "Reporting date", "Status date", "Fecha de corte", "Fecha de actualización", "Date de mise à jour", "Data de atualização");
        Add(Field.Status, "Status", "Current status", "Latest status", "Status (latest)", "Overall status", "Estado actual", "Statut actuel", "commitment_status", "Progress status", "Implementation status", "Completion status", "Estado", "Estatus", "Estado de avance", "Statut", "Situação", "Status de implementação");
        Add(Field.Progress, "Progress", "Percent complete", "Progress (%)", "Percentage complete", "commitment_progress", "Avance", "Avance (%)", "Porcentaje de avance", "% de avance", "Avancement", "Progresso", "Percentual de execução");
        Add(Field.Narrative, "Narrative", "Progress narrative", "Progress update", "Progress description", "Description of progress", "commitment_status_narrative", "commitment_narrative", "Update", "Comments", "Notes", "Descripción del avance", "Avances", "Comentarios", "Commentaires", "Descrição do progresso");
        Add(Field.Evidence, "Evidence", "Evidência", "Preuve", "Justificatifs", "Verificación", "Evidence links", "Evidence link", "Links", "Evidence URL", "commitment_evidence", "Supporting documents", "Means of verification", "Evidencia", "Evidencias", "Medios de verificación", "Preuves", "Evidências");
        Add(Field.Member, "Member", "Country", "Government", "Miembro", "País", "Membre", "Pays");
        Add(Field.ActionPlanId, "Action plan ID", "Action plan identifier", "action_plan_id");
        Add(Field.ActionPlanTitle, "Action plan", "Action plan title", "Plan de acción", "Plan d'action", "Plano de ação");
        Add(Field.PlanStart, "Plan start", "Action plan start", "Inicio del plan");
        Add(Field.PlanEnd, "Plan end", "Action plan end", "Fin del plan");
        return aliases;
    }

    /// <summary>Commitments and sub-commitments are told apart by their identifiers in any case.</summary>
    private sealed class KeyComparer : IEqualityComparer<(string Commitment, string Item)>
    {
        public static KeyComparer Instance { get; } = new();

        public bool Equals((string Commitment, string Item) x, (string Commitment, string Item) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Commitment, y.Commitment) && StringComparer.OrdinalIgnoreCase.Equals(x.Item, y.Item);

        public int GetHashCode((string Commitment, string Item) obj) =>
            Hash.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Commitment), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item));
    }

    /// <summary>The cells of a plan, a commitment or a sub-commitment, each from the first row that gives it.</summary>
    private class FirstCells
    {
        public Dictionary<Field, string> First { get; } = [];

        public string? Get(Field field) => First.TryGetValue(field, out var text) ? text : null;
    }

    private sealed class PlanCells : FirstCells;

    private sealed class CommitmentBuilder(string? reference) : FirstCells
    {
        private string? _theme;
        private string? _agency;

        public List<ItemBuilder> Items { get; } = [];

        public void Fill(string? theme, string? agency)
        {
            _theme ??= theme;
            _agency ??= agency;
        }

        public TrackedCommitment Build(string path, Dictionary<string, int> lines)
        {
            CommitmentId? id = reference is not null && CommitmentId.TryParse(reference, out var parsed) ? parsed : null;
            if (Items.Count > 0 && Items[0].Line > 0)
            {
                lines[path] = Items[0].Line;
            }

            return new TrackedCommitment
            {
                Id = id,
                Number = id is null ? reference : null,
                Title = Get(Field.CommitmentTitle),
                Theme = _theme,
                LeadAgency = _agency,
                Items = ValueList.CreateRange(Items.Select((item, i) => item.Build(path + "/items/" + i.ToString(CultureInfo.InvariantCulture), lines))),
            };
        }
    }

    private sealed class ItemBuilder : FirstCells
    {
        public string? Id { get; init; }

        public int Rows { get; set; }

        public int Line { get; init; }

        public List<ImplementationUpdate> Updates { get; } = [];

        public Dictionary<string, string> ExtraColumns { get; } = new(StringComparer.Ordinal);

        private List<int> UpdateLines { get; } = [];

        public void Add(ImplementationUpdate update, int line)
        {
            Updates.Add(update);
            UpdateLines.Add(line);
        }

        public TrackedItem Build(string path, Dictionary<string, int> lines)
        {
            // Updates dated throughout are put in date order, and rounds numbered throughout (Round 2, Round 10) in
            // the order of their numbers; the sheet's order is kept otherwise.
            List<int> order = Updates.TrueForAll(u => u.AsOf.HasValue)
                ? [.. Enumerable.Range(0, Updates.Count).OrderBy(i => Updates[i].AsOf.Value.Start).ThenBy(i => i)]
                : Updates.TrueForAll(u => RoundNames.Number(u.Round) is not null)
                    ? [.. Enumerable.Range(0, Updates.Count).OrderBy(i => RoundNames.Number(Updates[i].Round)).ThenBy(i => i)]
                    : [.. Enumerable.Range(0, Updates.Count)];
            var updates = order.Select(i => Updates[i]).ToList();
            if (Line > 0)
            {
                lines[path] = Line;
            }

            for (var u = 0; u < order.Count; u++)
            {
                if (UpdateLines[order[u]] > 0)
                {
                    lines[path + "/updates/" + u.ToString(CultureInfo.InvariantCulture)] = UpdateLines[order[u]];
                }
            }

            return new TrackedItem
            {
                Id = Id,
                Title = Get(Field.ItemTitle),
                Theme = Get(Field.Theme),
                LeadAgency = Get(Field.LeadAgency),
                Weight = Percent(Get(Field.Weight)),
                Start = PartialDate.Read(Get(Field.Start)),
                End = PartialDate.Read(Get(Field.End)),
                Updates = ValueList.CreateRange(updates),
                ExtraColumns = ValueDictionary<string, string>.Create(ExtraColumns),
            };
        }
    }
}
