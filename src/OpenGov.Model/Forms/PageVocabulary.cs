using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>The kinds of report page the library reads and writes.</summary>
internal enum PageKind
{
    /// <summary>An OGP Local End of Commitment Report.</summary>
    EndOfCommitment,

    /// <summary>An OGP Local Inception Report.</summary>
    Inception,
}

/// <summary>The header fields of a report page.</summary>
internal enum PageField
{
    None,
    Overview,
    Evaluators,
    Email,
    Member,
    PlanTitle,
    CommitmentTitle,
    Objective,
    Problem,
}

/// <summary>The labelled parts of an answer on a report page.</summary>
internal enum PagePart
{
    None,
    Explanation,
    Evidence,
    References,
    Degree,
    Impact,
    Verifiable,
    Relevant,
    Values,
    Potential,
}

/// <summary>
/// The words of the report pages in one language: headings, header labels, section titles, question texts, the
/// labels of an answer's parts, the lines of the site's comment form, the word that joins two names, and the
/// glossary terms the site hangs pop-up text on. The first spelling of each list is the one a page is written
/// with; the others are read. Adding a language is adding one of these.
/// </summary>
internal sealed class PageVocabulary
{
    /// <summary>Gets the language's two-letter code: <c>en</c>, <c>es</c>, <c>fr</c>, <c>pt</c>.</summary>
    public string Language { get; private init; } = string.Empty;

    /// <summary>Gets the language's name in English.</summary>
    public string Name { get; private init; } = string.Empty;

    /// <summary>Gets the place of the language among the codelists' translations (0 Spanish, 1 French, 2 Portuguese), null for English.</summary>
    public int? LabelLanguage { get; private init; }

    /// <summary>Gets the headings of each kind of page (<c>End of Commitment Report</c>).</summary>
    public IReadOnlyDictionary<PageKind, string[]> Headings { get; private init; } = new Dictionary<PageKind, string[]>();

    /// <summary>Gets the labels of each header field.</summary>
    public IReadOnlyDictionary<PageField, string[]> Labels { get; private init; } = new Dictionary<PageField, string[]>();

    /// <summary>Gets the word of a section heading (<c>Section</c> in <c>Section 1.</c>).</summary>
    public string[] SectionWords { get; private init; } = [];

    /// <summary>Gets the titles of each section of each kind of page, by section number.</summary>
    public IReadOnlyDictionary<(PageKind Kind, int Section), string[]> SectionTitles { get; private init; } = new Dictionary<(PageKind, int), string[]>();

    /// <summary>Gets the wording of each question of the End of Commitment Report.</summary>
    public IReadOnlyDictionary<ReportQuestion, string> Questions { get; private init; } = new Dictionary<ReportQuestion, string>();

    /// <summary>Gets the labels of an answer's parts; for <see cref="PagePart.Impact"/>, the heading that starts the explanation of an impact.</summary>
    public IReadOnlyDictionary<PagePart, string[]> Parts { get; private init; } = new Dictionary<PagePart, string[]>();

    /// <summary>Gets a word the heading of an impact's explanation holds (<c>impact</c>), which tells it from a plain explanation.</summary>
    public string[] ImpactWords { get; private init; } = [];

    /// <summary>Gets the prefix of a question without a number (<c>Question:</c>).</summary>
    public string[] QuestionPrefixes { get; private init; } = [];

    /// <summary>Gets the word that starts a commitment's block in section 3 of the Inception Report (<c>Commitment 1: …</c>).</summary>
    public string[] CommitmentWords { get; private init; } = [];

    /// <summary>Gets the prefixes of the action plan's line under a heading (<c>- Action Plan: …</c>).</summary>
    public string[] PlanLinePrefixes { get; private init; } = [];

    /// <summary>Gets the words an action plan's title starts with (<c>Action plan – {member}, {years}</c>).</summary>
    public string[] PlanWords { get; private init; } = [];

    /// <summary>Gets the lines of the site's comment form: text, whether the line starts so, its place in the form.</summary>
    public (string Text, bool Start, int Order)[] CommentForm { get; private init; } = [];

    /// <summary>Gets the word that joins two names in a list of evaluators, with its spaces (<c> and </c>).</summary>
    public string And { get; private init; } = " and ";

    /// <summary>Gets what a page writes for a field that is not given.</summary>
    public string NotGiven { get; private init; } = "(not given)";

    /// <summary>Gets the glossary terms the site hangs pop-up text on, which a browser's copy glues to the text after the term.</summary>
    public string[] GlossaryTerms { get; private init; } = [];

    /// <summary>Gets the vocabularies, English first.</summary>
    public static IReadOnlyList<PageVocabulary> All { get; } = [English(), Spanish(), French(), Portuguese()];

    /// <summary>Gets the vocabulary of English, the language of a page when no other is asked for.</summary>
    public static PageVocabulary Default => All[0];

    /// <summary>Gets the vocabulary of a language by its code or culture name (<c>es</c>, <c>es-MX</c>); null when the library has none.</summary>
    public static PageVocabulary? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language!.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        code = dash > 0 ? code.Substring(0, dash) : code;
        foreach (var vocabulary in All)
        {
            if (string.Equals(vocabulary.Language, code, StringComparison.OrdinalIgnoreCase))
            {
                return vocabulary;
            }
        }

        return null;
    }

    /// <summary>Gets the vocabulary of a language a page is to be written in.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">The library has no vocabulary of <paramref name="language"/>.</exception>
    public static PageVocabulary Of(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Find(language) ?? throw new ArgumentException($"Report pages are written in English (en), Spanish (es), French (fr) or Portuguese (pt), not in \"{language}\".", nameof(language));
    }

    /// <summary>Gets the first label of a field, the one a page is written with.</summary>
    public string Label(PageField field) => Labels[field][0];

    /// <summary>Gets the first label of a part, the one a page is written with.</summary>
    public string Part(PagePart part) => Parts[part][0];

    /// <summary>Gets the first title of a section of a kind of page.</summary>
    public string? SectionTitle(PageKind kind, int section) => SectionTitles.TryGetValue((kind, section), out var titles) ? titles[0] : null;

    private static PageVocabulary English() => new()
    {
        Language = "en",
        Name = "English",
        Headings = new Dictionary<PageKind, string[]>
        {
            [PageKind.EndOfCommitment] = ["End of Commitment Report"],
            [PageKind.Inception] = ["Inception Report"],
        },
        Labels = new Dictionary<PageField, string[]>
        {
            [PageField.Overview] = ["Overview"],
            [PageField.Evaluators] = ["Name of Evaluator", "Name of Evaluators", "Names of Evaluators", "Evaluator", "Evaluators"],
            [PageField.Email] = ["Evaluator Email", "Email of Evaluator", "Evaluator's Email", "Evaluator’s Email", "Email", "E-mail"],
            [PageField.Member] = ["Member Name", "Member"],
            [PageField.PlanTitle] = ["Action Plan Title", "Action Plan"],
            [PageField.CommitmentTitle] = ["Commitment", "Commitment Title", "Title"],
            [PageField.Objective] = ["Objective", "Action"],
            [PageField.Problem] = ["Problem"],
        },
        SectionWords = ["Section"],
        SectionTitles = new Dictionary<(PageKind, int), string[]>
        {
            [(PageKind.EndOfCommitment, 1)] = ["Commitment completion"],
            [(PageKind.EndOfCommitment, 2)] = ["Did it open government?", "Did it open government"],
            [(PageKind.EndOfCommitment, 3)] = ["Lessons from", "Lessons", "Lessons learned"],
            [(PageKind.Inception, 1)] = ["Compliance with co-creation requirements"],
            [(PageKind.Inception, 3)] = ["Commitment design"],
        },
        Questions = new Dictionary<ReportQuestion, string>
        {
            [ReportQuestion.OverallProgress] = ReportQuestion.OverallProgress.GetText(),
            [ReportQuestion.ImplementationFactors] = ReportQuestion.ImplementationFactors.GetText(),
            [ReportQuestion.ImplementedAsPlanned] = ReportQuestion.ImplementedAsPlanned.GetText(),
            [ReportQuestion.AccessToInformation] = ReportQuestion.AccessToInformation.GetText(),
            [ReportQuestion.CivicParticipation] = ReportQuestion.CivicParticipation.GetText(),
            [ReportQuestion.PublicAccountability] = ReportQuestion.PublicAccountability.GetText(),
            [ReportQuestion.ProblemAddressed] = ReportQuestion.ProblemAddressed.GetText(),
            [ReportQuestion.Lessons] = ReportQuestion.Lessons.GetText(),
        },
        Parts = new Dictionary<PagePart, string[]>
        {
            [PagePart.Explanation] = ["Provide a brief explanation of your answer:", "Provide a brief explanation of your answer"],
            [PagePart.Evidence] = ["Provide evidence for your answer:", "Provide evidence for your answer"],
            [PagePart.References] = ["Provide references here (e.g. interviews):", "Provide references here"],
            [PagePart.Degree] = ["Degree of result"],
            [PagePart.Impact] = ["Explanation: In narrative form, what has been the impact on people or practice.", "Explanation:"],
            [PagePart.Verifiable] = ["Verifiable"],
            [PagePart.Relevant] = ["Relevant to OGP values"],
            [PagePart.Values] = ["Values"],
            [PagePart.Potential] = ["Potential for results"],
        },
        ImpactWords = ["impact"],
        QuestionPrefixes = ["Question:"],
        CommitmentWords = ["Commitment"],
        PlanLinePrefixes = ["- Action Plan:", "– Action Plan:", "Action Plan:"],
        PlanWords = ["Action plan"],
        CommentForm =
        [
            ("No comments yet", false, 0), ("Leave a Reply", false, 1), ("Leave a Comment", false, 1), ("Cancel reply", false, 2),
            ("Your email address will not be published", true, 3), ("Logged in as ", true, 3), ("Required fields are marked *", false, 4),
            ("Comment *", false, 5), ("Name *", false, 6), ("Email *", false, 7), ("Website", false, 8),
            ("Save my name, email, and website in this browser for the next time I comment", false, 9), ("Post Comment", false, 10),
        ],
        And = " and ",
        NotGiven = "(not given)",
        GlossaryTerms = ["Action Plan", "Commitment", "Member", "Evaluator", "Co-creation"],
    };

    private static PageVocabulary Spanish() => new()
    {
        Language = "es",
        Name = "Spanish",
        LabelLanguage = 0,
        Headings = new Dictionary<PageKind, string[]>
        {
            [PageKind.EndOfCommitment] = ["Informe de fin de compromiso", "Informe de cierre de compromiso"],
            [PageKind.Inception] = ["Informe Inicial", "Informe de Inicio"],
        },
        Labels = new Dictionary<PageField, string[]>
        {
            [PageField.Overview] = ["General", "Resumen"],
            [PageField.Evaluators] = ["Nombre del evaluador", "Nombre de los evaluadores", "Nombre del evaluador o evaluadora", "Evaluador", "Evaluadores"],
            [PageField.Email] = ["Correo electrónico", "Correo", "Correo del evaluador"],
            [PageField.Member] = ["Nombre de miembro", "Nombre del miembro", "Miembro"],
            [PageField.PlanTitle] = ["Título del plan de acción", "Plan de Acción Título", "Plan de acción"],
            [PageField.CommitmentTitle] = ["Compromiso", "Título del compromiso", "Título"],
            [PageField.Objective] = ["Objetivo", "Acción"],
            [PageField.Problem] = ["Problema"],
        },
        SectionWords = ["Sección", "Seccion"],
        SectionTitles = new Dictionary<(PageKind, int), string[]>
        {
            [(PageKind.EndOfCommitment, 1)] = ["Cumplimiento del compromiso"],
            [(PageKind.EndOfCommitment, 2)] = ["¿Abrió el gobierno?", "Abrió el gobierno", "¿Se abrió el gobierno?"],
            [(PageKind.EndOfCommitment, 3)] = ["Lecciones", "Lecciones aprendidas"],
            [(PageKind.Inception, 1)] = ["Cumplimiento de los requisitos de co-creación", "Conforme con requisitos de co-creación"],
            [(PageKind.Inception, 3)] = ["Diseño de los compromisos", "Diseño de compromisos"],
        },
        Questions = new Dictionary<ReportQuestion, string>
        {
            [ReportQuestion.OverallProgress] = "¿Cuál fue el nivel general de avance en la implementación del compromiso al momento de esta evaluación?",
            [ReportQuestion.ImplementationFactors] = "Describa los principales factores externos o internos que influyeron en la implementación de este compromiso y cómo se abordaron (o no).",
            [ReportQuestion.ImplementedAsPlanned] = "¿Se implementó el compromiso según lo planeado originalmente?",
            [ReportQuestion.AccessToInformation] = "¿El gobierno divulgó más información; mejoró la calidad de la información (nueva o existente); mejoró el valor de la información; mejoró los canales para divulgar o solicitar información o mejoró la accesibilidad de la información?",
            [ReportQuestion.CivicParticipation] = "¿El gobierno creó nuevas oportunidades para recoger la opinión de la ciudadanía, permitir su participación o informar o influir en las decisiones; mejoró los canales o espacios existentes para ello; o creó o mejoró capacidades en el gobierno o en el público con ese fin?",
            [ReportQuestion.PublicAccountability] = "¿El gobierno creó o mejoró canales, oportunidades o capacidades para que los funcionarios respondan por sus acciones?",
            [ReportQuestion.ProblemAddressed] = "¿Abordó el compromiso el problema de política pública que buscaba abordar según lo descrito en el plan de acción?",
            [ReportQuestion.Lessons] = "Proporcione al menos una lección o reflexión sobre la implementación de este compromiso: barreras clave, una ayuda u obstáculo inesperado, recomendaciones para futuros compromisos o si el compromiso debería continuar en el siguiente plan de acción.",
        },
        Parts = new Dictionary<PagePart, string[]>
        {
            [PagePart.Explanation] = ["Proporcione una breve explicación de su respuesta:", "Proporcione una breve explicación de su respuesta"],
            [PagePart.Evidence] = ["Proporcione evidencia para su respuesta:", "Proporcione evidencia para su respuesta", "Proporcione evidencias para su respuesta"],
            [PagePart.References] = ["Proporcione referencias aquí (p. ej., entrevistas):", "Proporcione referencias aquí", "Proporcione referencias"],
            [PagePart.Degree] = ["Grado de resultado"],
            [PagePart.Impact] = ["Explicación: En forma narrativa, ¿cuál ha sido el impacto en las personas o en la práctica?", "Explicación:"],
            [PagePart.Verifiable] = ["Verificable"],
            [PagePart.Relevant] = ["Relevante para los valores de OGP", "Relevante para los valores de la OGP"],
            [PagePart.Values] = ["Valores"],
            [PagePart.Potential] = ["Potencial de resultados", "Potencial para resultados"],
        },
        ImpactWords = ["impacto"],
        QuestionPrefixes = ["Pregunta:"],
        CommitmentWords = ["Compromiso"],
        PlanLinePrefixes = ["- Plan de acción:", "– Plan de acción:", "Plan de acción:"],
        PlanWords = ["Plan de acción"],
        CommentForm =
        [
            ("No hay comentarios", false, 0), ("Deja una respuesta", false, 1), ("Dejar un comentario", false, 1), ("Cancelar la respuesta", false, 2),
            ("Tu dirección de correo electrónico no será publicada", true, 3), ("Conectado como ", true, 3), ("Los campos obligatorios están marcados con *", false, 4),
            ("Comentario *", false, 5), ("Nombre *", false, 6), ("Correo electrónico *", false, 7), ("Web", false, 8),
            ("Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente", false, 9), ("Publicar el comentario", false, 10),
        ],
        And = " y ",
        NotGiven = "(no indicado)",
        GlossaryTerms = ["Plan de acción", "Compromiso", "Miembro", "Evaluador", "Co-creación"],
    };

    private static PageVocabulary French() => new()
    {
        Language = "fr",
        Name = "French",
        LabelLanguage = 1,
        Headings = new Dictionary<PageKind, string[]>
        {
            [PageKind.EndOfCommitment] = ["Rapport de fin d'engagement", "Rapport de fin d’engagement"],
            [PageKind.Inception] = ["Rapport initial", "Rapport de démarrage"],
        },
        Labels = new Dictionary<PageField, string[]>
        {
            [PageField.Overview] = ["Aperçu", "Vue d'ensemble"],
            [PageField.Evaluators] = ["Nom de l'évaluateur", "Nom de l’évaluateur", "Noms des évaluateurs", "Évaluateur", "Évaluateurs"],
            [PageField.Email] = ["Courriel de l'évaluateur", "Courriel de l’évaluateur", "Courriel", "Adresse électronique", "E-mail"],
            [PageField.Member] = ["Nom du membre", "Membre"],
            [PageField.PlanTitle] = ["Titre du plan d'action", "Titre du plan d’action", "Plan d'action", "Plan d’action"],
            [PageField.CommitmentTitle] = ["Engagement", "Titre de l'engagement", "Titre de l’engagement", "Titre"],
            [PageField.Objective] = ["Objectif", "Action"],
            [PageField.Problem] = ["Problème"],
        },
        SectionWords = ["Section"],
        SectionTitles = new Dictionary<(PageKind, int), string[]>
        {
            [(PageKind.EndOfCommitment, 1)] = ["Mise en œuvre de l'engagement", "Mise en œuvre de l’engagement"],
            [(PageKind.EndOfCommitment, 2)] = ["A-t-il ouvert le gouvernement ?", "A-t-il ouvert le gouvernement?"],
            [(PageKind.EndOfCommitment, 3)] = ["Leçons", "Leçons apprises"],
            [(PageKind.Inception, 1)] = ["Conformité aux exigences de co-création"],
            [(PageKind.Inception, 3)] = ["Conception des engagements"],
        },
        Questions = new Dictionary<ReportQuestion, string>
        {
            [ReportQuestion.OverallProgress] = "Quel a été le niveau global d'avancement de la mise en œuvre de l'engagement au moment de cette évaluation ?",
            [ReportQuestion.ImplementationFactors] = "Décrivez les principaux facteurs externes ou internes qui ont pesé sur la mise en œuvre de cet engagement et la façon dont ils ont été traités (ou non).",
            [ReportQuestion.ImplementedAsPlanned] = "L'engagement a-t-il été mis en œuvre comme prévu au départ ?",
            [ReportQuestion.AccessToInformation] = "Le gouvernement a-t-il divulgué davantage d'informations, amélioré la qualité de l'information (nouvelle ou existante), amélioré la valeur de l'information, amélioré les canaux de divulgation ou de demande d'information, ou amélioré l'accès à l'information ?",
            [ReportQuestion.CivicParticipation] = "Le gouvernement a-t-il créé de nouvelles occasions de recueillir l'avis des citoyens, de permettre leur participation ou d'éclairer ou d'influencer les décisions ; amélioré les canaux ou espaces existants à cette fin ; ou créé ou renforcé des capacités du gouvernement ou du public dans ce but ?",
            [ReportQuestion.PublicAccountability] = "Le gouvernement a-t-il créé ou amélioré des canaux, des occasions ou des capacités pour que les responsables rendent compte de leurs actes ?",
            [ReportQuestion.ProblemAddressed] = "L'engagement a-t-il traité le problème de politique publique qu'il visait, tel que le plan d'action le décrit ?",
            [ReportQuestion.Lessons] = "Donnez au moins une leçon ou réflexion sur la mise en œuvre de cet engagement : obstacles majeurs, aide ou difficulté inattendue, recommandations pour de futurs engagements, ou s'il faut reprendre l'engagement dans le prochain plan d'action.",
        },
        Parts = new Dictionary<PagePart, string[]>
        {
            [PagePart.Explanation] = ["Fournissez une brève explication de votre réponse :", "Fournissez une brève explication de votre réponse"],
            [PagePart.Evidence] = ["Fournissez des preuves pour votre réponse :", "Fournissez des preuves pour votre réponse"],
            [PagePart.References] = ["Fournissez des références ici (p. ex. entretiens) :", "Fournissez des références"],
            [PagePart.Degree] = ["Degré de résultat"],
            [PagePart.Impact] = ["Explication : Sous forme de récit, quel a été l'impact sur les personnes ou les pratiques ?", "Explication :", "Explication:"],
            [PagePart.Verifiable] = ["Vérifiable"],
            [PagePart.Relevant] = ["Pertinent pour les valeurs de l'OGP", "Pertinent aux valeurs de l'OGP", "Pertinent pour les valeurs de l’OGP"],
            [PagePart.Values] = ["Valeurs"],
            [PagePart.Potential] = ["Potentiel de résultats"],
        },
        ImpactWords = ["impact"],
        QuestionPrefixes = ["Question :", "Question:"],
        CommitmentWords = ["Engagement"],
        PlanLinePrefixes = ["- Plan d'action :", "- Plan d'action:", "– Plan d'action :", "Plan d'action :", "- Plan d’action :"],
        PlanWords = ["Plan d'action", "Plan d’action"],
        CommentForm =
        [
            ("Aucun commentaire pour l'instant", false, 0), ("Laisser un commentaire", false, 1), ("Annuler la réponse", false, 2),
            ("Votre adresse e-mail ne sera pas publiée", true, 3), ("Connecté en tant que ", true, 3), ("Les champs obligatoires sont indiqués avec *", false, 4),
            ("Commentaire *", false, 5), ("Nom *", false, 6), ("E-mail *", false, 7), ("Site web", false, 8),
            ("Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire", false, 9), ("Publier le commentaire", false, 10),
        ],
        And = " et ",
        NotGiven = "(non renseigné)",
        GlossaryTerms = ["Plan d'action", "Engagement", "Membre", "Évaluateur", "Co-création"],
    };

    private static PageVocabulary Portuguese() => new()
    {
        Language = "pt",
        Name = "Portuguese",
        LabelLanguage = 2,
        Headings = new Dictionary<PageKind, string[]>
        {
            [PageKind.EndOfCommitment] = ["Relatório de fim de compromisso", "Relatório de encerramento do compromisso"],
            [PageKind.Inception] = ["Relatório inicial", "Relatório de início"],
        },
        Labels = new Dictionary<PageField, string[]>
        {
            [PageField.Overview] = ["Visão geral"],
            [PageField.Evaluators] = ["Nome do avaliador", "Nome dos avaliadores", "Avaliador", "Avaliadores"],
            [PageField.Email] = ["E-mail do avaliador", "E-mail", "Correio eletrônico"],
            [PageField.Member] = ["Nome do membro", "Membro"],
            [PageField.PlanTitle] = ["Título do plano de ação", "Plano de ação"],
            [PageField.CommitmentTitle] = ["Compromisso", "Título do compromisso", "Título"],
            [PageField.Objective] = ["Objetivo", "Ação"],
            [PageField.Problem] = ["Problema"],
        },
        SectionWords = ["Seção", "Secção", "Secao"],
        SectionTitles = new Dictionary<(PageKind, int), string[]>
        {
            [(PageKind.EndOfCommitment, 1)] = ["Cumprimento do compromisso"],
            [(PageKind.EndOfCommitment, 2)] = ["Abriu o governo?", "Abriu o governo"],
            [(PageKind.EndOfCommitment, 3)] = ["Lições", "Lições aprendidas"],
            [(PageKind.Inception, 1)] = ["Cumprimento dos requisitos de cocriação", "Conformidade com os requisitos de cocriação"],
            [(PageKind.Inception, 3)] = ["Desenho dos compromissos"],
        },
        Questions = new Dictionary<ReportQuestion, string>
        {
            [ReportQuestion.OverallProgress] = "Qual foi o nível geral de progresso na implementação do compromisso no momento desta avaliação?",
            [ReportQuestion.ImplementationFactors] = "Descreva os principais fatores externos ou internos que afetaram a implementação deste compromisso e como foram tratados (ou não).",
            [ReportQuestion.ImplementedAsPlanned] = "O compromisso foi implementado conforme planejado originalmente?",
            [ReportQuestion.AccessToInformation] = "O governo divulgou mais informações; melhorou a qualidade da informação (nova ou existente); melhorou o valor da informação; melhorou os canais para divulgar ou solicitar informações ou melhorou a acessibilidade à informação?",
            [ReportQuestion.CivicParticipation] = "O governo criou novas oportunidades para ouvir os cidadãos, permitir a participação ou informar ou influenciar decisões; melhorou canais ou espaços existentes para isso; ou criou ou melhorou capacidades no governo ou no público com esse fim?",
            [ReportQuestion.PublicAccountability] = "O governo criou ou melhorou canais, oportunidades ou capacidades para que os agentes públicos respondam por suas ações?",
            [ReportQuestion.ProblemAddressed] = "O compromisso tratou o problema de política pública que pretendia tratar, conforme descrito no plano de ação?",
            [ReportQuestion.Lessons] = "Apresente pelo menos uma lição ou reflexão sobre a implementação deste compromisso: barreiras principais, uma ajuda ou obstáculo inesperado, recomendações para compromissos futuros ou se o compromisso deve seguir para o próximo plano de ação.",
        },
        Parts = new Dictionary<PagePart, string[]>
        {
            [PagePart.Explanation] = ["Forneça uma breve explicação da sua resposta:", "Forneça uma breve explicação da sua resposta"],
            [PagePart.Evidence] = ["Forneça evidências para a sua resposta:", "Forneça evidências para a sua resposta"],
            [PagePart.References] = ["Forneça referências aqui (p. ex., entrevistas):", "Forneça referências"],
            [PagePart.Degree] = ["Grau de resultado"],
            [PagePart.Impact] = ["Explicação: Em forma narrativa, qual foi o impacto nas pessoas ou na prática?", "Explicação:"],
            [PagePart.Verifiable] = ["Verificável"],
            [PagePart.Relevant] = ["Relevante para os valores da OGP"],
            [PagePart.Values] = ["Valores"],
            [PagePart.Potential] = ["Potencial de resultados"],
        },
        ImpactWords = ["impacto"],
        QuestionPrefixes = ["Pergunta:"],
        CommitmentWords = ["Compromisso"],
        PlanLinePrefixes = ["- Plano de ação:", "– Plano de ação:", "Plano de ação:"],
        PlanWords = ["Plano de ação"],
        CommentForm =
        [
            ("Nenhum comentário ainda", false, 0), ("Deixe uma resposta", false, 1), ("Deixe um comentário", false, 1), ("Cancelar resposta", false, 2),
            ("O seu endereço de e-mail não será publicado", true, 3), ("Conectado como ", true, 3), ("Campos obrigatórios são marcados com *", false, 4),
            ("Comentário *", false, 5), ("Nome *", false, 6), ("E-mail *", false, 7), ("Site", false, 8),
            ("Salvar meus dados neste navegador para a próxima vez que eu comentar", false, 9), ("Publicar comentário", false, 10),
        ],
        And = " e ",
        NotGiven = "(não informado)",
        GlossaryTerms = ["Plano de ação", "Compromisso", "Membro", "Avaliador", "Cocriação"],
    };
}
