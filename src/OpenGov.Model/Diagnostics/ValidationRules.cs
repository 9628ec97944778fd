using System;
using System.Collections.Generic;

namespace OpenGov.Model.Validation;

/// <summary>
/// The catalogue of validation rules. Codes are stable: a rule that is retired keeps its code,
/// and a code is never given to another rule. <c>docs/rules.md</c> is written from this catalogue.
/// </summary>
public static class ValidationRules
{
    private const string EndOfCommitmentForm = "OGP Local End of Commitment Assessment form, https://www.opengovpartnership.org/ogp-local-end-of-commitment-assessment-form";
    private const string CompletionGlossary = "OGP glossary: completion, https://www.opengovpartnership.org/glossary/completion/";
    private const string ResultsGlossary = "OGP glossary: early results (Did it Open Government?), https://www.opengovpartnership.org/glossary/early-results/";
    private const string Template = "OGP commitment template and the IRM commitment dataset";
    private const string Dataset = "IRM commitment dataset (OGP), its label and numeric-code columns";
    private const string IndicatorColumns = "IRM commitment dataset (OGP), its derived indicator columns; OGP glossary: completion, ambition, early results";
    private const string InceptionForm = "OGP Local Inception Report form, https://opengovpartnership.org/?p=57265";
    private const string IrmReview = "IRM Action Plan Review (method since 2020–2021), https://www.opengovpartnership.org/documents/independent-reporting-mechanism-action-plan-review";
    private const string IrmResults = "IRM Results Report (method since 2020–2021), https://www.opengovpartnership.org/documents/independent-reporting-mechanism-results-report";
    private const string CoCreationStandards = "OGP Participation and Co-Creation Standards (2022), https://www.opengovpartnership.org/ogp-participation-co-creation-standards/";
    private const string Tracker = "OGP commitment trackers and the Participation and Co-Creation Standards' online repository (updated at least twice a year)";
    private const string SelfAssessment = "OGP government self-assessment report template (mid-term and end of term)";
    private const string Stars = "IRM starred commitments: the formula until 2015 and from 2015 (IRM procedures manual)";

    // Completeness of the End of Commitment Report (OGP1xx).

    /// <summary>OGP100: the report names no evaluator.</summary>
    public static ValidationRule EvaluatorMissing { get; } = Report("OGP100", "Evaluator missing", "The report names no evaluator (person or organisation) of the monitoring body.");

    /// <summary>OGP101: the report does not name the member.</summary>
    public static ValidationRule MemberNameMissing { get; } = Report("OGP101", "Member name missing", "The report does not name the OGP member whose commitment it assesses.");

    /// <summary>OGP102: the report does not give the action plan's title.</summary>
    public static ValidationRule ActionPlanTitleMissing { get; } = Report("OGP102", "Action plan title missing", "The report does not give the title of the action plan the commitment belongs to.");

    /// <summary>OGP103: the report does not give the commitment's title.</summary>
    public static ValidationRule CommitmentTitleMissing { get; } = Report("OGP103", "Commitment title missing", "The report does not give the title of the commitment it assesses.");

    /// <summary>OGP104: the report does not give the commitment's objective.</summary>
    public static ValidationRule CommitmentObjectiveMissing { get; } = Report("OGP104", "Commitment objective missing", "The report does not state what the commitment is (its objective).");

    /// <summary>OGP105: the report does not give the public problem.</summary>
    public static ValidationRule CommitmentProblemMissing { get; } = Report("OGP105", "Commitment problem missing", "The report does not state the public problem the commitment addresses.");

    /// <summary>OGP110: question 1.1 has no level of progress chosen.</summary>
    public static ValidationRule ProgressLevelMissing { get; } = Report("OGP110", "Level of progress not chosen", "Question 1.1 asks for the overall level of progress of the commitment (the completion scale); none is chosen.");

    /// <summary>OGP111: a question that asks for a brief explanation has none.</summary>
    public static ValidationRule ExplanationMissing { get; } = Report("OGP111", "Explanation missing", "Questions 1.1, 1.3 and 2.2 ask for a brief explanation of the answer; it is missing.");

    /// <summary>OGP112: question 1.2 is not answered.</summary>
    public static ValidationRule ImplementationFactorsMissing { get; } = Report("OGP112", "Implementation factors not described", "Question 1.2 asks for the main external or internal factors that impacted implementation and how they were addressed; the answer is missing.");

    /// <summary>OGP113: question 1.3 has no option chosen.</summary>
    public static ValidationRule PlannedImplementationMissing { get; } = Report("OGP113", "Implementation as planned not chosen", "Question 1.3 asks whether the commitment was implemented as originally planned (all, some or none of the milestones); no option is chosen.");

    /// <summary>OGP114: question 1.3 gives no evidence.</summary>
    public static ValidationRule EvidenceMissing { get; } = Report("OGP114", "Evidence missing", "Question 1.3 asks for evidence for the answer (files or links); none is given.");

    /// <summary>OGP120: a question 2.1.x has no degree of result chosen.</summary>
    public static ValidationRule DegreeOfResultMissing { get; } = Report("OGP120", "Degree of result not chosen", "Questions 2.1.1 to 2.1.3 ask for the degree of result (the Did it Open Government? scale, or Not Applicable); none is chosen.");

    /// <summary>OGP121: a question 2.1.x ticks no immediate result while its degree is not Not Applicable.</summary>
    public static ValidationRule ImmediateResultsMissing { get; } = Report("OGP121", "No immediate result ticked", "Questions 2.1.1 to 2.1.3 ask which immediate results the commitment had; none is ticked, and the degree of result is not Not Applicable (the form's answer when there is none).");

    /// <summary>OGP122: a question 2.1.x has no narrative explanation.</summary>
    public static ValidationRule ImpactExplanationMissing { get; } = Report("OGP122", "Impact not explained", "Questions 2.1.1 to 2.1.3 ask, in narrative form, what the impact on people or practice has been; the explanation is missing.");

    /// <summary>OGP130: question 2.2 has no option chosen.</summary>
    public static ValidationRule ProblemAddressedMissing { get; } = Report("OGP130", "Problem addressed not chosen", "Question 2.2 asks whether the commitment addressed the public policy problem described in the action plan; no option is chosen.");

    /// <summary>OGP140: question 3 gives no lesson.</summary>
    public static ValidationRule LessonsMissing { get; } = Report("OGP140", "No lesson", "Question 3 asks for at least one lesson or reflection on the implementation; there is none.");

    // Completeness of the OGP Local Inception Report (OGP15x).

    /// <summary>OGP150: a question of the Inception Report's section 1 is not in the report.</summary>
    public static ValidationRule RequirementQuestionMissing { get; } = Inception("OGP150", "Co-creation question missing", "Section 1 of the Inception Report asks questions 1.1 to 1.4 (forum, multi-stakeholder forum, meetings with civil society, endorsement); one of them is not in the report.");

    /// <summary>OGP151: a co-creation requirement has no answer.</summary>
    public static ValidationRule RequirementNotAnswered { get; } = Inception("OGP151", "Co-creation question not answered", "A question of section 1 asks whether a co-creation requirement is met (yes or no); no answer is given.");

    /// <summary>OGP152: a co-creation requirement's answer is not explained.</summary>
    public static ValidationRule RequirementExplanationMissing { get; } = Inception("OGP152", "Co-creation answer not explained", "Each question of section 1 asks for a brief explanation of the answer; it is missing.");

    /// <summary>OGP153: a co-creation requirement's answer has no evidence.</summary>
    public static ValidationRule RequirementEvidenceMissing { get; } = Inception("OGP153", "Co-creation answer without evidence", "Each question of section 1 asks for evidence for the answer (files or links); none is given.");

    /// <summary>OGP155: the Inception Report assesses no commitment.</summary>
    public static ValidationRule CommitmentDesignMissing { get; } = Inception("OGP155", "No commitment assessed", "Section 3 of the Inception Report assesses the design of each commitment of the plan; it assesses none.");

    /// <summary>OGP156: a commitment's design question is not answered.</summary>
    public static ValidationRule DesignAnswerMissing { get; } = Inception("OGP156", "Design question not answered", "Section 3 asks, for each commitment, whether it is verifiable, whether it is relevant to the OGP values, and its potential for results; one of the answers is missing.");

    /// <summary>OGP157: a commitment's design answer is not explained.</summary>
    public static ValidationRule DesignExplanationMissing { get; } = Inception("OGP157", "Design answer not explained", "Section 3 asks for an explanation of each answer on a commitment's design; one is missing.");

    /// <summary>OGP158: the Inception Report answers a requirement, or assesses a commitment, twice.</summary>
    public static ValidationRule DuplicateAnswer { get; } = Inception("OGP158", "Answered twice", "The Inception Report answers the same co-creation requirement twice, or assesses two commitments with the same number; the completeness score counts each, and a reader cannot tell which answer holds.") with { Severity = FindingSeverity.Warning, Category = FindingCategory.Rule };

    // Values that could not be read (OGP2xx, first block).

    /// <summary>OGP200: a label that is not a value of its scale or list, kept as written.</summary>
    public static ValidationRule UnknownLabel { get; } = Value("OGP200", "Unknown label", FindingSeverity.Warning, "A label is not a value, alias or token of its scale or list (the completion scale, say). It is kept as written, and indicators that need it cannot use it.", "OGP glossary and IRM scales");

    /// <summary>OGP201: a date that could not be read, kept as written.</summary>
    public static ValidationRule UnreadableDate { get; } = Value("OGP201", "Unreadable date", FindingSeverity.Warning, "A date is not in a form the library reads (ISO 8601, day/month/year with slashes, dots or hyphens, or a month name and year). It is kept as written.", Template);

    /// <summary>OGP202: a date whose day and month could be read two ways.</summary>
    public static ValidationRule AmbiguousDate { get; } = Value("OGP202", "Ambiguous date", FindingSeverity.Info, "A date such as 3/4/2019 reads as 4 March (month first, as the IRM dataset writes dates) or 3 April, and the other dates of its plan, member or column do not settle which (in a dataset: none is settled, or they disagree). It was read month first; a date with dots (03.04.2021) was read day first, as Europe writes dates.", Template);

    /// <summary>OGP203: a number, flag or list that could not be read, kept as written.</summary>
    public static ValidationRule UnreadableValue { get; } = Value("OGP203", "Unreadable value", FindingSeverity.Warning, "A number, a yes/no flag or a list of identifiers has a value that is not one (such as 1.5 in a yes/no column), or a tracker's progress or weight is out of its range (a progress over 100%, a weight below zero). It is kept as written.", Dataset);

    /// <summary>OGP205: the order of day and month of a dataset's ambiguous dates, inferred from its settled ones.</summary>
    public static ValidationRule DateOrderInferred { get; } = Value("OGP205", "Date order inferred", FindingSeverity.Info, "The ambiguous dates of a date column (3/4/2019) are read in the order its settled dates show (12/31/2022 month first, 31/12/2014 day first): those of the same action plan, else of the same member, else of the whole column when at least 90% of them agree. One finding per column and scope says which order, on how many dates.", Dataset);

    /// <summary>OGP204: a number written with floating-point noise, such as 2.2999999999999998 for 2.3.</summary>
    public static ValidationRule FloatingPointNoise { get; } = Value("OGP204", "Number with floating-point noise", FindingSeverity.Info, "A number such as a cluster is written with the noise of a spreadsheet's binary arithmetic (2.2999999999999998 for 2.3). It is kept as written.", Dataset);

    // Consistency of commitments (OGP21x).

    /// <summary>OGP210: a commitment starts after it ends.</summary>
    public static ValidationRule CommitmentDatesReversed { get; } = Rule("OGP210", "Commitment starts after it ends", FindingSeverity.Error, RuleScope.Commitment, "The commitment's start date is after its end date, whatever the precision of the two.", Template);

    /// <summary>OGP211: a milestone starts after it ends.</summary>
    public static ValidationRule MilestoneDatesReversed { get; } = Rule("OGP211", "Milestone starts after it ends", FindingSeverity.Error, RuleScope.Commitment, "A milestone's start date is after its end date.", Template);

    /// <summary>OGP212: a milestone lies outside its commitment's dates.</summary>
    public static ValidationRule MilestoneOutsideCommitment { get; } = Rule("OGP212", "Milestone outside its commitment", FindingSeverity.Warning, RuleScope.Commitment, "A milestone starts before its commitment starts or ends after it ends.", Template);

    /// <summary>OGP213: the recorded change in completion disagrees with the two completion levels.</summary>
    public static ValidationRule CompletionChangeDisagrees { get; } = Rule("OGP213", "Change in completion disagrees with completion", FindingSeverity.Warning, RuleScope.Commitment, "The recorded change in completion (increase, no change, decrease) is not what the mid-term and end-of-term completion levels give.", CompletionGlossary);

    /// <summary>OGP214: strong results recorded for a commitment that was not implemented.</summary>
    public static ValidationRule ResultsWithoutImplementation { get; } = Rule("OGP214", "Results contradict completion", FindingSeverity.Warning, RuleScope.Commitment, "Strong results (Did it Open Government? Major or Outstanding, or early results Significant or Outstanding) are recorded for a commitment whose latest completion is Not Started or Withdrawn.", ResultsGlossary);

    /// <summary>OGP215: a recorded starred value disagrees with the formula of its era.</summary>
    public static ValidationRule StarredDisagrees { get; } = Rule("OGP215", "Starred value disagrees with its formula", FindingSeverity.Warning, RuleScope.Commitment, "A recorded starred value is not what the formula gives: specificity Medium or High, relevant to access to information, civic participation or public accountability, potential impact Moderate or Transformative (until 2015) or Transformative (from 2015), and completion Substantial or Complete.", Stars);

    /// <summary>OGP216: a scale label disagrees with its numeric code in the dataset.</summary>
    public static ValidationRule LabelDisagreesWithCode { get; } = Rule("OGP216", "Label disagrees with its code", FindingSeverity.Warning, RuleScope.Commitment, "The IRM dataset records each scale as a label and a numeric code; here the two disagree (a Marginal coded 0, say).", Dataset);

    /// <summary>OGP217: the change-in-completion label disagrees with its numeric delta.</summary>
    public static ValidationRule ChangeDisagreesWithDelta { get; } = Rule("OGP217", "Change in completion disagrees with its delta", FindingSeverity.Warning, RuleScope.Commitment, "The change in completion (increase, no change, decrease) disagrees with the numeric change recorded beside it (an increase with a change of 0, say).", Dataset);

    /// <summary>OGP220: a derived indicator column of the dataset disagrees with the indicator computed from the assessment.</summary>
    public static ValidationRule IndicatorDisagrees { get; } = Rule("OGP220", "Recorded indicator disagrees with the computed one", FindingSeverity.Warning, RuleScope.Commitment, "The IRM dataset records indicators derived from the assessment (High Completion, High Ambition, High DIOG, IRM-Based Score); here the recorded value is not what the library computes from the same row's assessment. The finding's message names both; docs/indicators.md explains the known formula differences.", IndicatorColumns);

    /// <summary>OGP222: a cell kept as it was read, under the header of a mapped column, says something else than the row's value.</summary>
    public static ValidationRule KeptCellDisagrees { get; } = Rule("OGP222", "Kept cell disagrees with its column", FindingSeverity.Warning, RuleScope.Commitment, "A row keeps a cell as it was written (extraColumns) under the header of a column the library maps, and that text does not read as the row's value of the column (the value was changed since, or the cell was added by hand). The value is written, not the kept text.", Dataset);

    // Consistency of plans, members and datasets (OGP3xx, OGP4xx).

    /// <summary>OGP300: a plan starts after it ends.</summary>
    public static ValidationRule PlanDatesReversed { get; } = Rule("OGP300", "Plan starts after it ends", FindingSeverity.Error, RuleScope.ActionPlan, "The action plan's start is after its end (for a dataset row: its submission year is after its end year).", Template);

    /// <summary>OGP301: a commitment lies outside its plan's period.</summary>
    public static ValidationRule CommitmentOutsidePlan { get; } = Rule("OGP301", "Commitment outside its plan", FindingSeverity.Warning, RuleScope.ActionPlan, "A commitment starts before its action plan starts or ends after it ends.", Template);

    /// <summary>OGP302: an action plan identifier does not match its member code and plan number.</summary>
    public static ValidationRule PlanIdMismatch { get; } = Rule("OGP302", "Action plan identifier does not match", FindingSeverity.Error, RuleScope.ActionPlan, "An action plan identifier is AP_, the member code and the plan's number; this one names another member or number than the plan's.", Dataset);

    /// <summary>OGP303: two commitments of a plan have the same number.</summary>
    public static ValidationRule DuplicateCommitmentNumber { get; } = Rule("OGP303", "Duplicate commitment number", FindingSeverity.Error, RuleScope.ActionPlan, "Two commitments of the same action plan have the same number.", Template);

    /// <summary>OGP304: a commitment identifier's prefix differs from the others of its member.</summary>
    public static ValidationRule CommitmentPrefixDiffers { get; } = Rule("OGP304", "Commitment identifier prefix differs", FindingSeverity.Warning, RuleScope.Member, "Commitment identifiers are numbered per member with one prefix; this identifier's prefix differs from the one most of the member's commitments use.", Dataset);

    // IRM Action Plan Reviews and Results Reports, and the co-creation process (OGP31x, OGP32x).

    /// <summary>OGP310: a cluster names a commitment the review does not list.</summary>
    public static ValidationRule ClusterMemberMissing { get; } = Rule("OGP310", "Cluster member not in the plan", FindingSeverity.Error, RuleScope.ActionPlan, "A cluster of an Action Plan Review or a Results Report names a commitment that is not among the commitments of the plan the report lists.", IrmReview);

    /// <summary>OGP311: a commitment is a member of two clusters.</summary>
    public static ValidationRule CommitmentInTwoClusters { get; } = Rule("OGP311", "Commitment in two clusters", FindingSeverity.Error, RuleScope.ActionPlan, "A commitment is named by two clusters of the same report; the IRM assesses each commitment in one cluster at most.", IrmReview);

    /// <summary>OGP312: a commitment or cluster is promising without a potential for results.</summary>
    public static ValidationRule PromisingWithoutPotential { get; } = Rule("OGP312", "Promising without potential for results", FindingSeverity.Warning, RuleScope.ActionPlan, "The Action Plan Review marks a commitment or cluster as promising but gives it no potential for results (Unclear, Modest or Substantial).", IrmReview);

    /// <summary>OGP313: a Results Report assesses a commitment its Action Plan Review does not list.</summary>
    public static ValidationRule ResultForUnlistedCommitment { get; } = Rule("OGP313", "Result for a commitment the review does not list", FindingSeverity.Warning, RuleScope.ActionPlan, "A Results Report gives the completion or results of a commitment that the plan's Action Plan Review does not list.", IrmResults);

    /// <summary>OGP314: the dataset's rows of one cluster disagree.</summary>
    public static ValidationRule ClusterRowsDisagree { get; } = Rule("OGP314", "Rows of a cluster disagree", FindingSeverity.Warning, RuleScope.ActionPlan, "The commitment dataset records a cluster's assessment on each of its commitments' rows; here the rows of one cluster disagree (on its members, or on a value the IRM gives the cluster as one). The first row's value is used.", Dataset);

    /// <summary>OGP315: a commitment refers to a cluster the report does not have.</summary>
    public static ValidationRule UnknownCluster { get; } = Rule("OGP315", "Unknown cluster", FindingSeverity.Error, RuleScope.ActionPlan, "A commitment of an Action Plan Review or a Results Report is placed in a cluster the report does not have, or in one that does not name it.", IrmReview);

    /// <summary>OGP320: the co-creation assessment meets a criterion of acting contrary to the OGP process.</summary>
    public static ValidationRule ContraryToProcess { get; } = Rule("OGP320", "Acting contrary to process", FindingSeverity.Warning, RuleScope.ActionPlan, "A member acts contrary to the OGP process when the public's influence during the plan's development is below Involve, or during its implementation below Inform, or when the government did not collaborate with the IRM. One finding per criterion met, naming it.", CoCreationStandards);

    // Implementation between IRM reports: trackers and self-assessments (OGP33x).

    /// <summary>OGP330: a sub-commitment's identifier names another commitment than the one it is filed under.</summary>
    public static ValidationRule SubCommitmentNotUnderCommitment { get; } = Rule("OGP330", "Sub-commitment not under its commitment", FindingSeverity.Error, RuleScope.ActionPlan, "A sub-commitment's or milestone's identifier is its commitment's identifier and a number (US0113.1 under US0113); this one names another commitment than the one the tracker files it under.", Tracker);

    /// <summary>OGP331: a status goes back from one update round to the next.</summary>
    public static ValidationRule StatusGoesBack { get; } = Rule("OGP331", "Status goes back", FindingSeverity.Warning, RuleScope.Commitment, "A sub-commitment's status goes back between two updates: from complete to not complete, or from started to not started. Work is rarely undone; the earlier or the later status may be wrong.", Tracker);

    /// <summary>OGP332: complete without evidence.</summary>
    public static ValidationRule CompleteWithoutEvidence { get; } = Rule("OGP332", "Complete without evidence", FindingSeverity.Warning, RuleScope.Commitment, "A sub-commitment is complete in its latest update, and no update gives evidence (a link or a document). Trackers are asked to show the evidence of what is done.", Tracker);

    /// <summary>OGP333: dates outside the plan's period.</summary>
    public static ValidationRule DatesOutsidePlan { get; } = Rule("OGP333", "Dates outside the plan's period", FindingSeverity.Warning, RuleScope.ActionPlan, "A sub-commitment's or a self-assessed commitment's start or end lies outside the period of its action plan, as the tracker or report gives it.", Tracker);

    /// <summary>OGP334: a sub-commitment ends before it starts.</summary>
    public static ValidationRule ItemDatesReversed { get; } = Rule("OGP334", "Sub-commitment ends before it starts", FindingSeverity.Error, RuleScope.Commitment, "A sub-commitment's or milestone's end date is before its start date.", Tracker);

    /// <summary>OGP335: a round given twice for one sub-commitment.</summary>
    public static ValidationRule RoundGivenTwice { get; } = Rule("OGP335", "Update round given twice", FindingSeverity.Warning, RuleScope.Commitment, "A sub-commitment has two updates of the same round (two rows of the sheet, say); the later is taken as its status in that round.", Tracker);

    /// <summary>OGP336: a progress that disagrees with the status.</summary>
    public static ValidationRule ProgressDisagreesWithStatus { get; } = Rule("OGP336", "Progress disagrees with status", FindingSeverity.Warning, RuleScope.Commitment, "An update's progress disagrees with its status: complete below 100%, not started above 0%, or 100% and not complete.", Tracker);

    /// <summary>OGP337: a self-assessed commitment's completion is missing.</summary>
    public static ValidationRule SelfAssessedCompletionMissing { get; } = Rule("OGP337", "Self-assessed completion missing", FindingSeverity.Error, RuleScope.Commitment, "A commitment of a self-assessment report gives no completion level (Not Started, Limited, Substantial, Complete).", SelfAssessment) with { Category = FindingCategory.Completeness, RuleSet = RuleSets.Completeness };

    /// <summary>OGP338: a commitment is complete while a milestone is not.</summary>
    public static ValidationRule CompleteWithOpenMilestone { get; } = Rule("OGP338", "Complete with a milestone open", FindingSeverity.Warning, RuleScope.Commitment, "A self-assessment gives a commitment as complete while one of its milestones is not complete; or a tracker's commitment rolls up as complete while the self-assessment says otherwise.", SelfAssessment);

    /// <summary>OGP400: two commitments have the same identifier.</summary>
    public static ValidationRule DuplicateCommitmentId { get; } = Rule("OGP400", "Duplicate commitment identifier", FindingSeverity.Error, RuleScope.Dataset, "Two commitments have the same unique identifier.", Dataset);

    // Import (OGP5xx): reported by the importers of the dataset (CSV, JSON rows) and of report pages.

    /// <summary>OGP500: the data has no commitment identifier column.</summary>
    public static ValidationRule IdentityColumnMissing { get; } = Import("OGP500", "Identity column missing", FindingSeverity.Error, RuleScope.Dataset, "The data has no \"Commitment Unique Identifier\" column, so its rows cannot be read as commitments of the IRM dataset.", Dataset);

    /// <summary>OGP501: a cell that the model holds as an identifier or a number could not be read.</summary>
    public static ValidationRule UnreadableCell { get; } = Import("OGP501", "Unreadable cell", FindingSeverity.Error, RuleScope.Commitment, "A cell of an identifier or number column (commitment identifier, member code, action plan identifier, commitment number) cannot be read as one. Its text is kept with the row and written back.", Dataset);

    /// <summary>OGP502: two columns have the same header.</summary>
    public static ValidationRule DuplicateColumn { get; } = Import("OGP502", "Duplicate column", FindingSeverity.Warning, RuleScope.Dataset, "Two columns have the same header (ignoring case and punctuation). The first is read; the second is kept with each row as a column the library does not map.", Dataset);

    /// <summary>OGP503: a header is spelled differently from the dataset's usual spelling.</summary>
    public static ValidationRule HeaderSpelledDifferently { get; } = Import("OGP503", "Header spelled differently", FindingSeverity.Info, RuleScope.Dataset, "A column header differs from the dataset's usual spelling in case or punctuation (such as \"Did It Open Government: Public Accountability\"). The column is read; the header is written back as it was.", Dataset);

    /// <summary>OGP504: a row has more or fewer cells than the header.</summary>
    public static ValidationRule RowLengthDiffers { get; } = Import("OGP504", "Row length differs", FindingSeverity.Warning, RuleScope.Commitment, "A row has more or fewer cells than the header has columns. Missing cells are read as empty and the row is written back as short; cells past the last column are kept with the row (cellsPastHeader) and written back after it.", Dataset);

    /// <summary>OGP505: the input is not UTF-8; it was read as Windows-1252.</summary>
    public static ValidationRule NotUtf8 { get; } = Import("OGP505", "Text not in UTF-8", FindingSeverity.Warning, RuleScope.Input, "Bytes of the input are not UTF-8, the encoding the library expects without a byte order mark. They are read as Windows-1252, the code page spreadsheets on Windows write, so that no character is lost; the finding names the first such byte and its line. Save the file as UTF-8, or name its encoding.", "RFC 3629 (UTF-8); WHATWG Encoding Standard (windows-1252)");

    /// <summary>OGP506: a quote opens a field of a CSV file and is never closed.</summary>
    public static ValidationRule UnclosedQuote { get; } = Import("OGP506", "Quote never closed", FindingSeverity.Error, RuleScope.Input, "A quote opens a field and no quote closes it, so the field would run to the end of the file (a file cut short, or a stray quote). The quote is read as an ordinary character and the row is read again from it, so the rows after it are kept; check the row.", "RFC 4180 (CSV)");

    /// <summary>OGP507: a quote stands inside a field that is not quoted, or after the quote that closes one.</summary>
    public static ValidationRule StrayQuote { get; } = Import("OGP507", "Stray quote", FindingSeverity.Warning, RuleScope.Input, "A quote stands inside a field that does not begin with one, or right after the quote that closes a field. It is kept as a character of the field; a tool that reads CSV strictly may read the row differently.", "RFC 4180 (CSV)");

    /// <summary>OGP508: a row of a CSV file is longer than the limit: reading stops there.</summary>
    public static ValidationRule RowTooLong { get; } = Import("OGP508", "Row over the size limit", FindingSeverity.Error, RuleScope.Input, "A row is longer than the reader's limit (16 MiB of text by default) outside any quotes, has more cells than the reader takes (4,096 by default), or comes past the last line a line number can count: the input is not CSV from there on, or a field is larger than any OGP cell. Reading stops at that row; the rows before it are read, and the input counts as read in part (OgpInput.StoppedEarly): the ogp tool exits 2 and writes nothing over a file.", "RFC 4180 (CSV)");

    /// <summary>OGP510: a part of a report page (End of Commitment or Inception Report) was not found.</summary>
    public static ValidationRule NotFoundOnPage { get; } = Import("OGP510", "Not found on the page", FindingSeverity.Warning, RuleScope.Report, "A part of an End of Commitment Report or an Inception Report (a header field, a section, a question, an answer's heading) was not found in the page's text; what it would hold stays unanswered.", EndOfCommitmentForm);

    /// <summary>OGP511: a question or a header field is given twice on a report page.</summary>
    public static ValidationRule GivenTwiceOnPage { get; } = Import("OGP511", "Given twice on the page", FindingSeverity.Warning, RuleScope.Report, "A question of an End of Commitment Report, or a header field of a report page (evaluators, e-mail, member, action plan title), is given twice on the page. The question's last answer is read, the header field's first value; check the page.", EndOfCommitmentForm);

    /// <summary>OGP512: a report page is in no form or language the library reads.</summary>
    public static ValidationRule PageNotRecognized { get; } = Import("OGP512", "Page not recognized", FindingSeverity.Error, RuleScope.Report, "The text read as a report page has none of the headings, header labels, sections or questions of an End of Commitment Report or an Inception Report in the languages the library reads (English, Spanish, French, Portuguese), so nothing of the report could be read. Check that the text is such a page, or that its language is one of these.", EndOfCommitmentForm);

    /// <summary>OGP513: a field of a report page was told from another field rather than read.</summary>
    public static ValidationRule InferredOnPage { get; } = Import("OGP513", "Told from another field", FindingSeverity.Info, RuleScope.Report, "A header field the page does not give was told from another field: the member from the action plan's title (Action plan – {member}, {years}). Check that the value is the member's name.", EndOfCommitmentForm);

    /// <summary>Gets every rule, by code.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } = Catalogue();

    /// <summary>Gets the rule with <paramref name="code"/>.</summary>
    /// <param name="code">A code such as <c>OGP110</c>.</param>
    /// <exception cref="ArgumentException">No rule has that code.</exception>
    public static ValidationRule Get(string code) =>
        TryGet(code, out var rule) ? rule : throw new ArgumentException($"'{code}' is not the code of a validation rule.", nameof(code));

    /// <summary>Gets the rule with <paramref name="code"/>, if there is one.</summary>
    /// <param name="code">A code such as <c>OGP110</c>.</param>
    /// <param name="rule">The rule.</param>
    /// <returns><see langword="true"/> when a rule has that code.</returns>
    public static bool TryGet(string code, out ValidationRule rule)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                rule = candidate;
                return true;
            }
        }

        rule = null!;
        return false;
    }

    /// <summary>Makes a finding of <paramref name="rule"/> at its default severity, for the importers that report outside a validation.</summary>
    internal static Finding Finding(ValidationRule rule, string path, string message, string? value = null, int? line = null, int? column = null) => new()
    {
        Code = rule.Code,
        Severity = rule.Severity,
        Category = rule.Category,
        Path = path,
        Message = message,
        Value = value,
        Line = line,
        Column = column,
    };

    /// <summary>Writes the catalogue as JSON: an array of rules in the library's JSON format.</summary>
    public static string ToJson() =>
        System.Text.Json.JsonSerializer.Serialize(ValueList.CreateRange(All), OgpJson.GetTypeInfo<ValueList<ValidationRule>>());

    private static ValidationRule[] Catalogue() =>
    [
        EvaluatorMissing, MemberNameMissing, ActionPlanTitleMissing, CommitmentTitleMissing, CommitmentObjectiveMissing, CommitmentProblemMissing,
        ProgressLevelMissing, ExplanationMissing, ImplementationFactorsMissing, PlannedImplementationMissing, EvidenceMissing,
        DegreeOfResultMissing, ImmediateResultsMissing, ImpactExplanationMissing, ProblemAddressedMissing, LessonsMissing,
        RequirementQuestionMissing, RequirementNotAnswered, RequirementExplanationMissing, RequirementEvidenceMissing, CommitmentDesignMissing, DesignAnswerMissing, DesignExplanationMissing, DuplicateAnswer,
        UnknownLabel, UnreadableDate, AmbiguousDate, UnreadableValue, FloatingPointNoise, DateOrderInferred,
        CommitmentDatesReversed, MilestoneDatesReversed, MilestoneOutsideCommitment, CompletionChangeDisagrees, ResultsWithoutImplementation,
        StarredDisagrees, LabelDisagreesWithCode, ChangeDisagreesWithDelta, IndicatorDisagrees, KeptCellDisagrees,
        PlanDatesReversed, CommitmentOutsidePlan, PlanIdMismatch, DuplicateCommitmentNumber, CommitmentPrefixDiffers,
        ClusterMemberMissing, CommitmentInTwoClusters, PromisingWithoutPotential, ResultForUnlistedCommitment, ClusterRowsDisagree, UnknownCluster, ContraryToProcess,
        SubCommitmentNotUnderCommitment, StatusGoesBack, CompleteWithoutEvidence, DatesOutsidePlan, ItemDatesReversed, RoundGivenTwice, ProgressDisagreesWithStatus, SelfAssessedCompletionMissing, CompleteWithOpenMilestone,
        DuplicateCommitmentId,
        IdentityColumnMissing, UnreadableCell, DuplicateColumn, HeaderSpelledDifferently, RowLengthDiffers, NotUtf8, UnclosedQuote, StrayQuote, RowTooLong, NotFoundOnPage, GivenTwiceOnPage, PageNotRecognized, InferredOnPage,
    ];

    private static ValidationRule Report(string code, string title, string description) => new()
    {
        Code = code,
        Title = title,
        Description = description,
        Severity = FindingSeverity.Error,
        Category = FindingCategory.Completeness,
        RuleSet = RuleSets.Completeness,
        Scope = RuleScope.Report,
        Source = EndOfCommitmentForm,
    };

    private static ValidationRule Inception(string code, string title, string description) => new()
    {
        Code = code,
        Title = title,
        Description = description,
        Severity = FindingSeverity.Error,
        Category = FindingCategory.Completeness,
        RuleSet = RuleSets.Completeness,
        Scope = RuleScope.Report,
        Source = InceptionForm,
    };

    private static ValidationRule Value(string code, string title, FindingSeverity severity, string description, string source) => new()
    {
        Code = code,
        Title = title,
        Description = description,
        Severity = severity,
        Category = FindingCategory.Structure,
        RuleSet = RuleSets.Values,
        Scope = RuleScope.Commitment,
        Source = source,
    };

    private static ValidationRule Import(string code, string title, FindingSeverity severity, RuleScope scope, string description, string source) => new()
    {
        Code = code,
        Title = title,
        Description = description,
        Severity = severity,
        Category = FindingCategory.Structure,
        RuleSet = RuleSets.Import,
        Scope = scope,
        Source = source,
    };

    private static ValidationRule Rule(string code, string title, FindingSeverity severity, RuleScope scope, string description, string source) => new()
    {
        Code = code,
        Title = title,
        Description = description,
        Severity = severity,
        Category = FindingCategory.Rule,
        RuleSet = RuleSets.Consistency,
        Scope = scope,
        Source = source,
    };
}
