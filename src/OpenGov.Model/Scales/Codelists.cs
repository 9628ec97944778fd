using System;
using System.Runtime.CompilerServices;

namespace OpenGov.Model;

/// <summary>The definitions of every codelist of the library: labels, aliases, codes, definitions, sources.</summary>
internal static class Codelists
{
    private const string Glossary = "https://www.opengovpartnership.org/glossary/";
    private const string EndOfCommitmentForm = "https://www.opengovpartnership.org/ogp-local-end-of-commitment-assessment-form";
    private const string CoCreationStandards = "https://www.opengovpartnership.org/ogp-participation-co-creation-standards/";

    /// <summary>Registers every codelist with <see cref="Codelist{T}.Default"/> when the assembly loads; each is built when first asked for.</summary>
#pragma warning disable CA2255 // The registration is the codelists' part of the values layer, not application start-up code.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        CodelistRegistry.Add(Completion);
        CodelistRegistry.Add(OpenGovernment);
        CodelistRegistry.Add(EarlyResults);
        CodelistRegistry.Add(PotentialImpactList);
        CodelistRegistry.Add(PotentialForResultsList);
        CodelistRegistry.Add(SpecificityList);
        CodelistRegistry.Add(VerifiabilityList);
        CodelistRegistry.Add(CompletionChangeList);
        CodelistRegistry.Add(OgpValues);
        CodelistRegistry.Add(Regions);
        CodelistRegistry.Add(MemberKinds);
        CodelistRegistry.Add(PlannedImplementations);
        CodelistRegistry.Add(ProblemAddressedList);
        CodelistRegistry.Add(ImmediateResults);
        CodelistRegistry.Add(RequirementStatuses);
        CodelistRegistry.Add(PublicInfluences);
        CodelistRegistry.Add(ImplementationStatuses);
    }

    private static CodelistEntry<T> E<T>(T value, string label, int ordinal, int? code, string definition, params string[] aliases)
        where T : struct, Enum =>
        new(value, LabelKey.Kebab(label), label, ordinal, code, definition, ValueList.Create(aliases));

    private static CodelistEntry<T> T<T>(T value, string token, string label, int ordinal, string definition, params string[] aliases)
        where T : struct, Enum =>
        new(value, token, label, ordinal, null, definition, ValueList.Create(aliases));

    /// <summary>Gives an entry its labels in Spanish, French and Portuguese (the library's own words), which reading also accepts.</summary>
    private static CodelistEntry<TValue> In<TValue>(this CodelistEntry<TValue> entry, string spanish, string french, string portuguese)
        where TValue : struct, Enum =>
        entry with { Translations = [spanish, french, portuguese] };

    private static Codelist<CompletionLevel> Completion() => new(
        "completion",
        "Completion",
        "The level of completion of a commitment, assessed at mid-term (progress report) and at the end of term.",
        Glossary + "completion/",
        isOrdered: true,
        [
            E(CompletionLevel.Withdrawn, "Withdrawn", 0, 0, "The commitment was withdrawn from the action plan.").In("Retirado", "Retiré", "Retirado"),
            E(CompletionLevel.Unclear, "Unclear", 1, 1, "The assessor could not determine the completion.").In("Poco claro", "Peu clair", "Pouco claro"),
            E(CompletionLevel.NoEvidenceAvailable, "No Evidence Available", 1, null, "No evidence of progress was available to the assessor.", "No evidence").In("Sin evidencia disponible", "Aucune preuve disponible", "Sem evidência disponível"),
            E(CompletionLevel.NotStarted, "Not Started", 2, 2, "Implementation has not started.", "No iniciado", "Non commencé", "Não iniciado").In("No iniciado", "Non commencé", "Não iniciado"),
            E(CompletionLevel.Limited, "Limited", 3, 3, "Limited progress: some activities have started or a small part is done.", "Limitado", "Limité").In("Limitado", "Limité", "Limitado"),
            E(CompletionLevel.Substantial, "Substantial", 4, 4, "Substantial progress: a significant part of the commitment is done.", "Sustancial", "Substantiel", "Substancial").In("Sustancial", "Substantiel", "Substancial"),
            E(CompletionLevel.Complete, "Complete", 5, 5, "The commitment is fully or almost fully implemented.", "Completed", "Full", "Fully complete", "Completo", "Complet").In("Completo", "Complet", "Completo"),
        ]);

    private static Codelist<OpenGovernmentResult> OpenGovernment() => new(
        "did-it-open-government",
        "Did it Open Government?",
        "How far the commitment changed government practice in areas relevant to OGP values, overall or for one value.",
        Glossary + "early-results/",
        isOrdered: true,
        [
            E(OpenGovernmentResult.Worsened, "Worsened", 0, 0, "Government openness worsened as a result of the commitment.", "Worsens", "Worse", "Empeoró", "Détérioré", "Piorou").In("Empeoró", "Détérioré", "Piorou"),
            E(OpenGovernmentResult.DidNotChange, "Did not change", 1, 1, "No changes in government practice.", "Did Not Change", "No change", "No cambió", "N'a pas changé", "Não mudou").In("No cambió", "N'a pas changé", "Não mudou"),
            E(OpenGovernmentResult.NoEarlyResultsYet, "No early results to report yet", 1, 1, "The assessor had no early results to report yet.", "No early results yet").In("Aún no hay resultados tempranos que reportar", "Pas encore de premiers résultats à signaler", "Ainda não há resultados iniciais a relatar"),
            E(OpenGovernmentResult.Marginal, "Marginal", 2, 2, "Some change, but minor in terms of its effect on the level of openness.").In("Marginal", "Marginal", "Marginal"),
            E(OpenGovernmentResult.Major, "Major", 3, 3, "A step forward for government openness in the policy area, but limited in scope or scale.", "Significativo", "Mayor", "Majeur").In("Significativo", "Majeur", "Significativo"),
            E(OpenGovernmentResult.Outstanding, "Outstanding", 4, 4, "A reform that transformed \"business as usual\" in the policy area by opening government.", "Excepcional", "Exceptionnel").In("Excepcional", "Exceptionnel", "Excepcional"),
        ]);

    private static Codelist<EarlyResultsLevel> EarlyResults() => new(
        "early-results",
        "Early results",
        "The early results of a commitment in the IRM Results Report (action plans from 2020/2021).",
        Glossary + "early-results/",
        isOrdered: true,
        [
            E(EarlyResultsLevel.NoNotableResults, "No notable results", 0, 0, "The commitment had no notable early results.", "None", "Sin resultados notables", "Aucun résultat notable", "Sem resultados notáveis").In("Sin resultados notables", "Aucun résultat notable", "Sem resultados notáveis"),
            E(EarlyResultsLevel.Moderate, "Moderate", 1, 1, "Moderate early results.", "Moderate results", "Moderados", "Modérés").In("Moderados", "Modérés", "Moderados"),
            E(EarlyResultsLevel.Significant, "Significant", 2, 2, "Significant early results.", "Significant results", "Significativos", "Significatifs").In("Significativos", "Significatifs", "Significativos"),
            E(EarlyResultsLevel.Outstanding, "Outstanding", 3, 3, "Outstanding early results (inferred level).", "Outstanding results", "Excepcionales", "Exceptionnels", "Excepcionais").In("Excepcionales", "Exceptionnels", "Excepcionais"),
        ]);

    private static Codelist<PotentialImpact> PotentialImpactList() => new(
        "potential-impact",
        "Potential impact",
        "How far the commitment, if fully implemented, could change government practice (IRM method before 2020).",
        Glossary + "ambition/",
        isOrdered: true,
        [
            E(PotentialImpact.None, "None", 0, 0, "The commitment would not change government practice.", "Ninguno", "Aucun", "Nenhum").In("Ninguno", "Aucun", "Nenhum"),
            E(PotentialImpact.Minor, "Minor", 1, 1, "An incremental but positive step in the relevant policy area.", "Menor", "Mineur").In("Menor", "Mineur", "Menor"),
            E(PotentialImpact.Moderate, "Moderate", 2, 2, "A major step forward in the relevant policy area, but limited in scale or scope.", "Moderado", "Modéré").In("Moderado", "Modéré", "Moderado"),
            E(PotentialImpact.Transformative, "Transformative", 3, 3, "A reform that could potentially transform \"business as usual\" in the relevant policy area.", "Transformador", "Transformateur", "Transformadora").In("Transformador", "Transformateur", "Transformador"),
        ]);

    private static Codelist<PotentialForResults> PotentialForResultsList() => new(
        "potential-for-results",
        "Potential for results",
        "The potential of a commitment to produce results, as the IRM Action Plan Review rates it (action plans from 2020).",
        Glossary + "ambition/",
        isOrdered: true,
        [
            E(PotentialForResults.Unclear, "Unclear", 0, 0, "The potential for results is unclear.", "Unclear potential", "Poco claro", "Peu clair", "Pouco claro").In("Poco claro", "Peu clair", "Pouco claro"),
            E(PotentialForResults.Modest, "Modest", 1, 1, "A positive but stand-alone initiative or change to processes, practice or policies.", "Modest potential", "Modesto", "Modeste").In("Modesto", "Modeste", "Modesto"),
            E(PotentialForResults.Substantial, "Substantial", 2, 2, "A possible game changer to rules, policies, practices or institutions that govern a policy area.", "Substantial potential", "Sustancial", "Substantiel", "Substancial").In("Sustancial", "Substantiel", "Substancial"),
        ]);

    private static Codelist<Specificity> SpecificityList() => new(
        "specificity",
        "Specificity",
        "How specific and measurable the commitment's milestones are (IRM method before 2020).",
        null,
        isOrdered: true,
        [
            E(Specificity.None, "None", 0, 0, "The commitment language contains no verifiable deliverables or milestones.", "Ninguna", "Aucune", "Nenhuma").In("Ninguna", "Aucune", "Nenhuma"),
            E(Specificity.Low, "Low", 1, 1, "Activities that can be construed as verifiable with some interpretation.", "Baja", "Faible", "Baixa").In("Baja", "Faible", "Baixa"),
            E(Specificity.Medium, "Medium", 2, 2, "Objectively verifiable activities, without clearly measurable milestones or deliverables.", "Media", "Moyenne", "Média").In("Media", "Moyenne", "Média"),
            E(Specificity.High, "High", 3, 3, "Objectively verifiable activities with clearly measurable milestones.", "Alta", "Élevée").In("Alta", "Élevée", "Alta"),
        ]);

    private static Codelist<Verifiability> VerifiabilityList() => new(
        "verifiability",
        "Verifiable",
        "Whether the commitment has objectively verifiable activities (IRM Action Plan Review, action plans from 2020).",
        null,
        isOrdered: true,
        [
            E(Verifiability.NotVerifiable, "No", 0, 0, "The commitment is not verifiable.", "Not verifiable", "Non", "Não").In("No", "Non", "Não"),
            E(Verifiability.Verifiable, "Yes", 1, 1, "The commitment is verifiable.", "Verifiable", "Sí", "Si", "Oui", "Sim").In("Sí", "Oui", "Sim"),
        ]);

    private static Codelist<CompletionChange> CompletionChangeList() => new(
        "change-in-completion",
        "Change in completion",
        "How completion changed from the mid-term assessment to the end-of-term assessment.",
        null,
        isOrdered: true,
        [
            E(CompletionChange.Decrease, "Decrease", 0, null, "Completion at the end of term is lower than at mid-term.", "Decreased").In("Disminución", "Baisse", "Diminuição"),
            E(CompletionChange.NoChange, "No Change", 1, null, "Completion is the same at the end of term as at mid-term.", "Unchanged").In("Sin cambio", "Aucun changement", "Sem alteração"),
            E(CompletionChange.Increase, "Increase", 2, null, "Completion at the end of term is higher than at mid-term.", "Increased").In("Aumento", "Hausse", "Aumento"),
        ]);

    private static Codelist<OgpValue> OgpValues() => new(
        "ogp-value",
        "OGP values",
        "The values of the Open Government Declaration against which the IRM assesses a commitment's relevance.",
        null,
        isOrdered: false,
        [
            E(OgpValue.AccessToInformation, "Access to Information", 0, null, "The commitment discloses more or better information, or improves access to it.", "Acceso a la información", "Accès à l'information", "Acesso à informação").In("Acceso a la información", "Accès à l'information", "Acesso à informação"),
            E(OgpValue.CivicParticipation, "Civic Participation", 1, null, "The commitment creates or improves opportunities for the public to inform or influence decisions.", "Participación cívica", "Participación ciudadana", "Participation civique", "Participação cívica").In("Participación cívica", "Participation civique", "Participação cívica"),
            E(OgpValue.PublicAccountability, "Public Accountability", 2, null, "The commitment creates or improves rules and mechanisms that call on officials to justify their actions.", "Rendición de cuentas", "Rendición de cuentas pública", "Redevabilité publique", "Prestação de contas").In("Rendición de cuentas", "Redevabilité publique", "Prestação de contas"),
            E(OgpValue.TechnologyAndInnovation, "Technology and Innovation for Transparency and Accountability", 3, null, "The commitment uses technology and innovation to advance one of the other values.", "Technology", "Technology and Innovation", "Tecnología e innovación", "Technologie et innovation", "Tecnologia e inovação").In("Tecnología e innovación para la transparencia y la rendición de cuentas", "Technologie et innovation pour la transparence et la redevabilité", "Tecnologia e inovação para a transparência e a prestação de contas"),
        ]);

    private static Codelist<Region> Regions() => new(
        "region",
        "Region",
        "The OGP region of a member.",
        null,
        isOrdered: false,
        [
            E(Region.AfricaAndTheMiddleEast, "Africa and the Middle East", 0, null, "Members in Africa and the Middle East.", "Africa & Middle East", "Africa").In("África y Oriente Medio", "Afrique et Moyen-Orient", "África e Oriente Médio"),
            E(Region.Americas, "Americas", 1, null, "Members in the Americas.", "The Americas").In("Américas", "Amériques", "Américas"),
            E(Region.AsiaAndThePacific, "Asia and the Pacific", 2, null, "Members in Asia and the Pacific.", "Asia Pacific", "Asia-Pacific").In("Asia y el Pacífico", "Asie et Pacifique", "Ásia e Pacífico"),
            E(Region.Europe, "Europe", 3, null, "Members in Europe.").In("Europa", "Europe", "Europa"),
        ]);

    private static Codelist<MemberKind> MemberKinds() => new(
        "member-kind",
        "Kind of member",
        "Whether a member is a national government or a local one.",
        null,
        isOrdered: false,
        [
            E(MemberKind.National, "National", 0, null, "A national government.").In("Nacional", "National", "Nacional"),
            E(MemberKind.Local, "Local", 1, null, "A local government of OGP Local (2020 onwards).", "OGP Local", "Subnational").In("Local", "Local", "Local"),
            E(MemberKind.LegacyLocal, "Legacy Local", 2, null, "A local pioneer of the subnational programme before 2020.", "Legacy").In("Local pionero", "Local pionnier", "Local pioneiro"),
            E(MemberKind.Other, "Other", 3, null, "Another kind of member.").In("Otro", "Autre", "Outro"),
        ]);

    private static Codelist<PlannedImplementation> PlannedImplementations() => new(
        "planned-implementation",
        "Implemented as planned",
        "The choice of question 1.3 of the End of Commitment Report: was the commitment implemented as originally planned?",
        EndOfCommitmentForm,
        isOrdered: true,
        [
            T(PlannedImplementation.NoMilestones, "no-milestones", "None of the commitment milestones were implemented as planned", 0, "No milestone was implemented as planned (inferred option).", "None of the milestones", "Ninguno de los hitos del compromiso se implementó según lo planeado", "Ninguno de los hitos").In("Ninguno de los hitos del compromiso se implementó según lo planeado", "Aucun des jalons de l'engagement n'a été mis en œuvre comme prévu", "Nenhum dos marcos do compromisso foi implementado conforme o planejado"),
            T(PlannedImplementation.SomeMilestones, "some-milestones", "Some of the commitment milestones were implemented as planned", 1, "Some milestones were implemented as planned (inferred option).", "Some of the milestones", "Algunos de los hitos del compromiso se implementaron según lo planeado", "Algunos de los hitos").In("Algunos de los hitos del compromiso se implementaron según lo planeado", "Certains jalons de l'engagement ont été mis en œuvre comme prévu", "Alguns dos marcos do compromisso foram implementados conforme o planejado"),
            T(PlannedImplementation.AllMilestones, "all-milestones", "All of the commitment milestones were implemented as planned", 2, "Every milestone was implemented as planned.", "All of the milestones", "Todos los hitos del compromiso se implementaron según lo planeado", "Todos los hitos").In("Todos los hitos del compromiso se implementaron según lo planeado", "Tous les jalons de l'engagement ont été mis en œuvre comme prévu", "Todos os marcos do compromisso foram implementados conforme o planejado"),
        ]);

    private static Codelist<ProblemAddressed> ProblemAddressedList() => new(
        "problem-addressed",
        "Problem addressed",
        "The choice of question 2.2 of the End of Commitment Report: did the commitment address the public policy problem it intended to address?",
        EndOfCommitmentForm,
        isOrdered: true,
        [
            E(ProblemAddressed.No, "No", 0, null, "The commitment did not address the problem.", "Non", "Não").In("No", "Non", "Não"),
            E(ProblemAddressed.Partially, "Partially", 1, null, "The commitment partially addressed the problem.", "Partly", "In part", "Parcialmente", "Partiellement").In("Parcialmente", "Partiellement", "Parcialmente"),
            E(ProblemAddressed.Yes, "Yes", 2, null, "The commitment addressed the problem.", "Sí", "Si", "Oui", "Sim").In("Sí", "Oui", "Sim"),
        ]);

    private static Codelist<ImmediateResult> ImmediateResults() => new(
        "immediate-result",
        "Immediate result",
        "The immediate results an evaluator ticks in questions 2.1.1 to 2.1.3 of the End of Commitment Report.",
        EndOfCommitmentForm,
        isOrdered: false,
        [
            T(ImmediateResult.DiscloseMoreInformation, "disclose-more-information", "Disclose more information", 0, "The government disclosed more information.", "Divulgar más información").In("Divulgar más información", "Divulguer davantage d'informations", "Divulgar mais informações"),
            T(ImmediateResult.ImproveInformationQuality, "improve-information-quality", "Improve the quality of the information (new or existing)", 1, "The government improved the quality of new or existing information.", "Improve the quality of the information", "Mejorar la calidad de la información (nueva o existente)", "Mejorar la calidad de la información").In("Mejorar la calidad de la información (nueva o existente)", "Améliorer la qualité de l'information (nouvelle ou existante)", "Melhorar a qualidade da informação (nova ou existente)"),
            T(ImmediateResult.ImproveInformationValue, "improve-information-value", "Improve the value of the information", 2, "The government improved the value of the information.", "Mejorar el valor de la información").In("Mejorar el valor de la información", "Améliorer la valeur de l'information", "Melhorar o valor da informação"),
            T(ImmediateResult.ImproveInformationChannels, "improve-information-channels", "Improve the channels to disclose or request information", 3, "The government improved the channels to disclose or request information.", "Mejorar los canales para divulgar o solicitar información").In("Mejorar los canales para divulgar o solicitar información", "Améliorer les canaux pour divulguer ou demander de l'information", "Melhorar os canais para divulgar ou solicitar informação"),
            T(ImmediateResult.ImproveInformationAccessibility, "improve-information-accessibility", "Improve accessibility to information", 4, "The government improved accessibility to information.", "Improve accessibility", "Mejorar la accesibilidad a la información").In("Mejorar la accesibilidad a la información", "Améliorer l'accessibilité de l'information", "Melhorar a acessibilidade à informação"),
            T(ImmediateResult.CreateParticipationOpportunities, "create-participation-opportunities", "Create new opportunities to seek feedback from citizens, enable participation, or inform or influence decisions", 5, "The government created new opportunities for participation.", "Crear nuevas oportunidades para recoger la opinión de la ciudadanía, permitir la participación o informar o influir en las decisiones").In("Crear nuevas oportunidades para recoger la opinión de la ciudadanía, permitir la participación o informar o influir en las decisiones", "Créer de nouvelles occasions de recueillir l'avis des citoyens, de permettre la participation ou d'éclairer ou d'influencer les décisions", "Criar novas oportunidades para ouvir a opinião dos cidadãos, permitir a participação ou informar ou influenciar as decisões"),
            T(ImmediateResult.ImproveParticipationChannels, "improve-participation-channels", "Improve existing channels or spaces to seek feedback from citizens, enable participation, or inform or influence decisions", 6, "The government improved existing channels or spaces for participation.").In("Mejorar los canales o espacios existentes para recoger la opinión de la ciudadanía, permitir la participación o informar o influir en las decisiones", "Améliorer les canaux ou espaces existants pour recueillir l'avis des citoyens, permettre la participation ou éclairer ou influencer les décisions", "Melhorar os canais ou espaços existentes para ouvir a opinião dos cidadãos, permitir a participação ou informar ou influenciar as decisões"),
            T(ImmediateResult.ImproveParticipationCapabilities, "improve-participation-capabilities", "Create or improve capabilities in the government or the public for participation", 7, "The government created or improved capabilities for participation.").In("Crear o mejorar las capacidades del gobierno o del público para participar", "Créer ou renforcer les capacités du gouvernement ou du public à participer", "Criar ou melhorar as capacidades do governo ou do público para participar"),
            T(ImmediateResult.ImproveAccountabilityChannels, "improve-accountability-channels", "Create or improve channels to hold officials answerable to their actions", 8, "The government created or improved channels of accountability.").In("Crear o mejorar canales para que los funcionarios respondan por sus acciones", "Créer ou améliorer des canaux pour que les responsables répondent de leurs actes", "Criar ou melhorar canais para que os agentes públicos respondam por suas ações"),
            T(ImmediateResult.ImproveAccountabilityOpportunities, "improve-accountability-opportunities", "Create or improve opportunities to hold officials answerable to their actions", 9, "The government created or improved opportunities of accountability.").In("Crear o mejorar oportunidades para que los funcionarios respondan por sus acciones", "Créer ou améliorer des occasions pour que les responsables répondent de leurs actes", "Criar ou melhorar oportunidades para que os agentes públicos respondam por suas ações"),
            T(ImmediateResult.ImproveAccountabilityCapabilities, "improve-accountability-capabilities", "Create or improve capabilities to hold officials answerable to their actions", 10, "The government created or improved capabilities of accountability.").In("Crear o mejorar capacidades para que los funcionarios respondan por sus acciones", "Créer ou renforcer les capacités pour que les responsables répondent de leurs actes", "Criar ou melhorar capacidades para que os agentes públicos respondam por suas ações"),
        ]);

    private static Codelist<RequirementStatus> RequirementStatuses() => new(
        "requirement-status",
        "Requirement status",
        "Whether a minimum requirement of the co-creation process was met; the yes/no answers of an OGP Local Inception Report's section 1 read as met and not met.",
        CoCreationStandards,
        isOrdered: false,
        [
            E(RequirementStatus.NotMet, "Not met", 0, 0, "There is no evidence of action toward meeting the requirement.", "No", "No cumplido", "Non", "Não", "Nao", "Non satisfait", "Não cumprido").In("No cumplido", "Non satisfait", "Não cumprido"),
            E(RequirementStatus.Met, "Met", 1, 1, "There is evidence of action toward meeting the requirement.", "Yes", "Sí", "Si", "Cumplido", "Oui", "Satisfait", "Sim", "Cumprido").In("Cumplido", "Satisfait", "Cumprido"),
            E(RequirementStatus.NotAssessed, "Not assessed", 2, null, "The assessor did not assess the requirement.", "No evaluado", "Non évalué", "Não avaliado").In("No evaluado", "Non évalué", "Não avaliado"),
        ]);

    private static Codelist<PublicInfluence> PublicInfluences() => new(
        "public-influence",
        "Level of public influence",
        "The level of public influence on an action plan during its development or its implementation, on the IAP2 spectrum the IRM uses.",
        CoCreationStandards,
        isOrdered: true,
        [
            E(PublicInfluence.NoConsultation, "No consultation", 0, 0, "The public was not consulted, or the process did not meet informing it.", "Did not meet", "Did not consult", "No consultation with the public", "Sin consulta", "No se consultó", "Pas de consultation", "Sem consulta").In("Sin consulta", "Pas de consultation", "Sem consulta"),
            E(PublicInfluence.Inform, "Inform", 1, 1, "The public was given information about the action plan.", "Informar", "Informer", "Informar o público").In("Informar", "Informer", "Informar"),
            E(PublicInfluence.Consult, "Consult", 2, 2, "The public could give input.", "Consultar", "Consulter").In("Consultar", "Consulter", "Consultar"),
            E(PublicInfluence.Involve, "Involve", 3, 3, "The public could give input and was told how it was taken into account.", "Involucrar", "Impliquer", "Envolver").In("Involucrar", "Impliquer", "Envolver"),
            E(PublicInfluence.Collaborate, "Collaborate", 4, 4, "The public helped set the agenda and took part in decisions.", "Colaborar", "Collaborer").In("Colaborar", "Collaborer", "Colaborar"),
            E(PublicInfluence.Empower, "Empower", 5, 5, "The public had the final say on decisions.", "Empoderar", "Habiliter", "Empoderar o público").In("Empoderar", "Habiliter", "Empoderar"),
        ]);

    private static Codelist<ImplementationStatus> ImplementationStatuses() => new(
        "implementation-status",
        "Implementation status",
        "The status a tracker or a self-assessment gives a commitment, sub-commitment or milestone in one update.",
        null,
        isOrdered: false,
        [
            E(ImplementationStatus.NotStarted, "Not Started", 0, null, "Work has not started.", "Not yet started", "Pending", "Planned", "No iniciado", "Pendiente", "Sin iniciar", "Non commencé", "Non démarré", "Pas commencé", "Pas encore commencé", "Não iniciado", "Não iniciada").In("No iniciado", "Non commencé", "Não iniciado"),
            E(ImplementationStatus.InProgress, "In Progress", 1, null, "Work has started and is going on.", "Ongoing", "Started", "Underway", "Under way", "In process", "En progreso", "En proceso", "En curso", "En ejecución", "En cours", "En cours de réalisation", "Em andamento", "Em curso", "Em progresso", "Em execução").In("En curso", "En cours", "Em andamento"),
            E(ImplementationStatus.OnTrack, "On Track", 2, null, "Work is going on as scheduled.", "On schedule", "On time", "A tiempo", "En tiempo", "Dans les temps", "En bonne voie", "Conforme au calendrier", "No prazo", "Dentro do prazo").In("A tiempo", "Dans les temps", "No prazo"),
            E(ImplementationStatus.Delayed, "Delayed", 3, null, "Work is going on, behind its schedule.", "Behind schedule", "Behind", "Off track", "At risk", "Retrasado", "Atrasado", "En retard", "Retardé").In("Retrasado", "En retard", "Atrasado"),
            E(ImplementationStatus.Complete, "Complete", 4, null, "The work is done.", "Completed", "Done", "Finished", "Fulfilled", "Achieved", "Completado", "Cumplido", "Finalizado", "Terminado", "Terminé", "Achevé", "Réalisé", "Complété", "Complétée", "Concluído", "Concluido", "Completo", "Cumprido").In("Completado", "Terminé", "Concluído"),
            E(ImplementationStatus.Withdrawn, "Withdrawn", 5, null, "The work was withdrawn or cancelled.", "Cancelled", "Canceled", "Dropped", "Discontinued", "Retirado", "Cancelado", "Retiré", "Annulé").In("Retirado", "Retiré", "Retirado"),
        ]);
}
