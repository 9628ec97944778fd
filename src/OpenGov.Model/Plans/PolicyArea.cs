using System;
using System.Collections.Generic;

namespace OpenGov.Model;

/// <summary>
/// A policy area that OGP tags commitments with, such as Fiscal Openness › Tax or Open Parliaments:
/// the 86 tags of the IRM commitment dataset, with their parent area where they have one.
/// </summary>
/// <remarks>
/// <para>The taxonomy grows, so this is an extensible value: a policy area the library does not know
/// is kept with its token (<see cref="IsKnown"/> is <see langword="false"/>) instead of being dropped.</para>
/// <para>Two policy areas are equal when their tokens are equal. In JSON a policy area is its token,
/// the kebab-case of its label (<c>fiscal-openness</c>).</para>
/// </remarks>
public readonly struct PolicyArea : IEquatable<PolicyArea>, IComparable<PolicyArea>
{
    private readonly string? _token;
    private readonly string? _label;

    private PolicyArea(string token, string label)
    {
        _token = token;
        _label = label;
    }

    /// <summary>Gets the policy area "Anti-Corruption and Integrity".</summary>
    public static PolicyArea AntiCorruptionAndIntegrity { get; } = Known("anti-corruption-and-integrity");

    /// <summary>Gets the policy area "Anti-corruption Institutions", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea AntiCorruptionInstitutions { get; } = Known("anti-corruption-institutions");

    /// <summary>Gets the policy area "Anti-Corruption Strategies", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea AntiCorruptionStrategies { get; } = Known("anti-corruption-strategies");

    /// <summary>Gets the policy area "Asset Disclosure", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea AssetDisclosure { get; } = Known("asset-disclosure");

    /// <summary>Gets the policy area "Audits", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea Audits { get; } = Known("audits");

    /// <summary>Gets the policy area "Beneficial Ownership", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea BeneficialOwnership { get; } = Known("beneficial-ownership");

    /// <summary>Gets the policy area "Conflicts Of Interest", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea ConflictsOfInterest { get; } = Known("conflicts-of-interest");

    /// <summary>Gets the policy area "Elections", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea Elections { get; } = Known("elections");

    /// <summary>Gets the policy area "Political Finance", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea PoliticalFinance { get; } = Known("political-finance");

    /// <summary>Gets the policy area "Lobbying", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea Lobbying { get; } = Known("lobbying");

    /// <summary>Gets the policy area "Open Contracting", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea OpenContracting { get; } = Known("open-contracting");

    /// <summary>Gets the policy area "Public Procurement", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea PublicProcurement { get; } = Known("public-procurement");

    /// <summary>Gets the policy area "Right To Information", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea RightToInformation { get; } = Known("right-to-information");

    /// <summary>Gets the policy area "Whistleblower Protections", under "Anti-Corruption and Integrity".</summary>
    public static PolicyArea WhistleblowerProtections { get; } = Known("whistleblower-protections");

    /// <summary>Gets the policy area "Civic Space and Enabling Environment".</summary>
    public static PolicyArea CivicSpaceAndEnablingEnvironment { get; } = Known("civic-space-and-enabling-environment");

    /// <summary>Gets the policy area "Freedom of Assembly", under "Civic Space and Enabling Environment".</summary>
    public static PolicyArea FreedomOfAssembly { get; } = Known("freedom-of-assembly");

    /// <summary>Gets the policy area "Freedom of Association", under "Civic Space and Enabling Environment".</summary>
    public static PolicyArea FreedomOfAssociation { get; } = Known("freedom-of-association");

    /// <summary>Gets the policy area "Freedom of Expression", under "Civic Space and Enabling Environment".</summary>
    public static PolicyArea FreedomOfExpression { get; } = Known("freedom-of-expression");

    /// <summary>Gets the policy area "Democratizing Decision-Making".</summary>
    public static PolicyArea DemocratizingDecisionMaking { get; } = Known("democratizing-decision-making");

    /// <summary>Gets the policy area "Digital Participation", under "Democratizing Decision-Making".</summary>
    public static PolicyArea DigitalParticipation { get; } = Known("digital-participation");

    /// <summary>Gets the policy area "Mainstreaming Participation", under "Democratizing Decision-Making".</summary>
    public static PolicyArea MainstreamingParticipation { get; } = Known("mainstreaming-participation");

    /// <summary>Gets the policy area "Regulatory Governance", under "Democratizing Decision-Making".</summary>
    public static PolicyArea RegulatoryGovernance { get; } = Known("regulatory-governance");

    /// <summary>Gets the policy area "Social Accountability", under "Democratizing Decision-Making".</summary>
    public static PolicyArea SocialAccountability { get; } = Known("social-accountability");

    /// <summary>Gets the policy area "Digital Governance".</summary>
    public static PolicyArea DigitalGovernance { get; } = Known("digital-governance");

    /// <summary>Gets the policy area "Automated Decision-making", under "Digital Governance".</summary>
    public static PolicyArea AutomatedDecisionMaking { get; } = Known("automated-decision-making");

    /// <summary>Gets the policy area "Data Stewardship and Privacy", under "Digital Governance".</summary>
    public static PolicyArea DataStewardshipAndPrivacy { get; } = Known("data-stewardship-and-privacy");

    /// <summary>Gets the policy area "Digital Inclusion", under "Digital Governance".</summary>
    public static PolicyArea DigitalInclusion { get; } = Known("digital-inclusion");

    /// <summary>Gets the policy area "Disinformation/Misinformation", under "Digital Governance".</summary>
    public static PolicyArea DisinformationMisinformation { get; } = Known("disinformation-misinformation");

    /// <summary>Gets the policy area "Online Civic Space", under "Digital Governance".</summary>
    public static PolicyArea OnlineCivicSpace { get; } = Known("online-civic-space");

    /// <summary>Gets the policy area "Environment &amp; Climate".</summary>
    public static PolicyArea EnvironmentAndClimate { get; } = Known("environment-climate");

    /// <summary>Gets the policy area "Climate Finance", under "Environment &amp; Climate".</summary>
    public static PolicyArea ClimateFinance { get; } = Known("climate-finance");

    /// <summary>Gets the policy area "Climate Mitigation and Adaptation", under "Environment &amp; Climate".</summary>
    public static PolicyArea ClimateMitigationAndAdaptation { get; } = Known("climate-mitigation-and-adaptation");

    /// <summary>Gets the policy area "Environmental Regulation", under "Environment &amp; Climate".</summary>
    public static PolicyArea EnvironmentalRegulation { get; } = Known("environmental-regulation");

    /// <summary>Gets the policy area "International Environmental Agreements", under "Environment &amp; Climate".</summary>
    public static PolicyArea InternationalEnvironmentalAgreements { get; } = Known("international-environmental-agreements");

    /// <summary>Gets the policy area "Fiscal Openness".</summary>
    public static PolicyArea FiscalOpenness { get; } = Known("fiscal-openness");

    /// <summary>Gets the policy area "Publication Of Budget/Fiscal Information", under "Fiscal Openness".</summary>
    public static PolicyArea PublicationOfBudgetFiscalInformation { get; } = Known("publication-of-budget-fiscal-information");

    /// <summary>Gets the policy area "Public Participation In Budget/Fiscal Policy", under "Fiscal Openness".</summary>
    public static PolicyArea PublicParticipationInBudgetFiscalPolicy { get; } = Known("public-participation-in-budget-fiscal-policy");

    /// <summary>Gets the policy area "Oversight Of Budget/Fiscal Policies", under "Fiscal Openness".</summary>
    public static PolicyArea OversightOfBudgetFiscalPolicies { get; } = Known("oversight-of-budget-fiscal-policies");

    /// <summary>Gets the policy area "Stimulus and Economic Recovery", under "Fiscal Openness".</summary>
    public static PolicyArea StimulusAndEconomicRecovery { get; } = Known("stimulus-and-economic-recovery");

    /// <summary>Gets the policy area "Tax", under "Fiscal Openness".</summary>
    public static PolicyArea Tax { get; } = Known("tax");

    /// <summary>Gets the policy area "Debt", under "Fiscal Openness".</summary>
    public static PolicyArea Debt { get; } = Known("debt");

    /// <summary>Gets the policy area "Inclusion".</summary>
    public static PolicyArea Inclusion { get; } = Known("inclusion");

    /// <summary>Gets the policy area "Gender", under "Inclusion".</summary>
    public static PolicyArea Gender { get; } = Known("gender");

    /// <summary>Gets the policy area "Gender-Based Violence", under "Inclusion".</summary>
    public static PolicyArea GenderBasedViolence { get; } = Known("gender-based-violence");

    /// <summary>Gets the policy area "Economic Inclusion", under "Inclusion".</summary>
    public static PolicyArea EconomicInclusion { get; } = Known("economic-inclusion");

    /// <summary>Gets the policy area "LGBTQIA+", under "Inclusion".</summary>
    public static PolicyArea Lgbtqia { get; } = Known("lgbtqia");

    /// <summary>Gets the policy area "People with Disabilities", under "Inclusion".</summary>
    public static PolicyArea PeopleWithDisabilities { get; } = Known("people-with-disabilities");

    /// <summary>Gets the policy area "Youth", under "Inclusion".</summary>
    public static PolicyArea Youth { get; } = Known("youth");

    /// <summary>Gets the policy area "Justice".</summary>
    public static PolicyArea Justice { get; } = Known("justice");

    /// <summary>Gets the policy area "Access to Justice", under "Justice".</summary>
    public static PolicyArea AccessToJustice { get; } = Known("access-to-justice");

    /// <summary>Gets the policy area "Open Justice", under "Justice".</summary>
    public static PolicyArea OpenJustice { get; } = Known("open-justice");

    /// <summary>Gets the policy area "Policing &amp; Corrections", under "Justice".</summary>
    public static PolicyArea PolicingAndCorrections { get; } = Known("policing-corrections");

    /// <summary>Gets the policy area "Judiciary", under "Justice".</summary>
    public static PolicyArea Judiciary { get; } = Known("judiciary");

    /// <summary>Gets the policy area "Open Parliaments".</summary>
    public static PolicyArea OpenParliaments { get; } = Known("open-parliaments");

    /// <summary>Gets the policy area "Public Service Delivery".</summary>
    public static PolicyArea PublicServiceDelivery { get; } = Known("public-service-delivery");

    /// <summary>Gets the policy area "Citizenship &amp; Immigration", under "Public Service Delivery".</summary>
    public static PolicyArea CitizenshipAndImmigration { get; } = Known("citizenship-immigration");

    /// <summary>Gets the policy area "Education", under "Public Service Delivery".</summary>
    public static PolicyArea Education { get; } = Known("education");

    /// <summary>Gets the policy area "Health &amp; Nutrition", under "Public Service Delivery".</summary>
    public static PolicyArea HealthAndNutrition { get; } = Known("health-nutrition");

    /// <summary>Gets the policy area "Infrastructure &amp; Transport", under "Public Service Delivery".</summary>
    public static PolicyArea InfrastructureAndTransport { get; } = Known("infrastructure-transport");

    /// <summary>Gets the policy area "Water &amp; Sanitation", under "Public Service Delivery".</summary>
    public static PolicyArea WaterAndSanitation { get; } = Known("water-sanitation");

    /// <summary>Gets the policy area "Capacity Building".</summary>
    public static PolicyArea CapacityBuilding { get; } = Known("capacity-building");

    /// <summary>Gets the policy area "Digital Transformation".</summary>
    public static PolicyArea DigitalTransformation { get; } = Known("digital-transformation");

    /// <summary>Gets the policy area "Legislation".</summary>
    public static PolicyArea Legislation { get; } = Known("legislation");

    /// <summary>Gets the policy area "Regulation".</summary>
    public static PolicyArea Regulation { get; } = Known("regulation");

    /// <summary>Gets the policy area "Legislative Oversight".</summary>
    public static PolicyArea LegislativeOversight { get; } = Known("legislative-oversight");

    /// <summary>Gets the policy area "Open Data".</summary>
    public static PolicyArea OpenData { get; } = Known("open-data");

    /// <summary>Gets the policy area "Public Participation".</summary>
    public static PolicyArea PublicParticipation { get; } = Known("public-participation");

    /// <summary>Gets the policy area "Aid".</summary>
    public static PolicyArea Aid { get; } = Known("aid");

    /// <summary>Gets the policy area "Energy".</summary>
    public static PolicyArea Energy { get; } = Known("energy");

    /// <summary>Gets the policy area "Extractive Industries".</summary>
    public static PolicyArea ExtractiveIndustries { get; } = Known("extractive-industries");

    /// <summary>Gets the policy area "Land and Spatial Planning".</summary>
    public static PolicyArea LandAndSpatialPlanning { get; } = Known("land-and-spatial-planning");

    /// <summary>Gets the policy area "Media &amp; Telecommunications".</summary>
    public static PolicyArea MediaAndTelecommunications { get; } = Known("media-telecommunications");

    /// <summary>Gets the policy area "Science &amp; Technology".</summary>
    public static PolicyArea ScienceAndTechnology { get; } = Known("science-technology");

    /// <summary>Gets the policy area "Security &amp; Public Safety".</summary>
    public static PolicyArea SecurityAndPublicSafety { get; } = Known("security-public-safety");

    /// <summary>Gets the policy area "Labor".</summary>
    public static PolicyArea Labor { get; } = Known("labor");

    /// <summary>Gets the policy area "Private Sector".</summary>
    public static PolicyArea PrivateSector { get; } = Known("private-sector");

    /// <summary>Gets the policy area "Subnational".</summary>
    public static PolicyArea Subnational { get; } = Known("subnational");

    /// <summary>Gets the policy area "Human Rights".</summary>
    public static PolicyArea HumanRights { get; } = Known("human-rights");

    /// <summary>Gets the policy area "Open Parliament Plan".</summary>
    public static PolicyArea OpenParliamentPlan { get; } = Known("open-parliament-plan");

    /// <summary>Gets the policy area "Sustainable Development Goals".</summary>
    public static PolicyArea SustainableDevelopmentGoals { get; } = Known("sustainable-development-goals");

    /// <summary>Gets the policy area "Open Data (Water/Sanitation)".</summary>
    public static PolicyArea OpenDataWaterSanitation { get; } = Known("open-data-water-sanitation");

    /// <summary>Gets the policy area "Open Data (Health)".</summary>
    public static PolicyArea OpenDataHealth { get; } = Known("open-data-health");

    /// <summary>Gets the policy area "Open Data (Education)".</summary>
    public static PolicyArea OpenDataEducation { get; } = Known("open-data-education");

    /// <summary>Gets the policy area "Participation in Lawmaking".</summary>
    public static PolicyArea ParticipationInLawmaking { get; } = Known("participation-in-lawmaking");

    /// <summary>Gets the policy area "Access to information".</summary>
    public static PolicyArea AccessToInformation { get; } = Known("access-to-information");

    /// <summary>Gets the policy area "Money in Politics".</summary>
    public static PolicyArea MoneyInPolitics { get; } = Known("money-in-politics");

    /// <summary>Gets every policy area the library knows, in the order of the commitment dataset's columns.</summary>
    public static ValueList<PolicyArea> All => Catalog.All;

    /// <summary>Gets the token: the kebab-case of the label, such as <c>open-parliaments</c>.</summary>
    public string Token => _token ?? string.Empty;

    /// <summary>Gets the label, as the commitment dataset's column header writes it; for an unknown area, the text it was read from.</summary>
    public string Label => _label ?? string.Empty;

    /// <summary>Gets whether the library knows this policy area.</summary>
    public bool IsKnown => _token is not null && Catalog.Index.ContainsKey(_token);

    /// <summary>Gets the broader area this one belongs to, such as Fiscal Openness for Tax, if it has one.</summary>
    public PolicyArea? Parent =>
        _token is not null && Catalog.Index.TryGetValue(_token, out var i) && Catalog.Entries[i].Parent is { } parent
            ? Known(parent)
            : null;

    /// <summary>
    /// Reads a policy area from its label or token; case, spaces and punctuation do not matter. Text
    /// that names no known area gives an unknown area whose token is the kebab-case of the text; text
    /// without a letter or digit (a dash, say), whose kebab-case would be empty, gives an unknown area
    /// whose token spells its characters' code points (<c>u-2014</c>). Reading never fails.
    /// </summary>
    /// <param name="text">A label or token, such as <c>Open Parliaments</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <returns>The known area the text names, else an unknown area that keeps the text.</returns>
    public static PolicyArea Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (Catalog.Index.TryGetValue(text, out var index) || TryFind(text.AsSpan(), out index))
        {
            return Catalog.All[index];
        }

        var token = LabelKey.Kebab(text);
        if (token.Length == 0)
        {
            var spelled = new System.Text.StringBuilder("u");
            foreach (var c in text.Trim().Length > 0 ? text.Trim() : text)
            {
                spelled.Append('-').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }

            token = spelled.ToString();
        }

        return new PolicyArea(token, text.Trim());
    }

    /// <summary>Reads the label or token of a known policy area; case, spaces and punctuation do not matter.</summary>
    /// <param name="text">A label or token, such as <c>Open Parliaments</c>.</param>
    /// <returns>The known area.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text names no known policy area (see <see cref="Read"/> to keep it).</exception>
    public static PolicyArea Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), out var area) ? area : throw new FormatException($"'{Excerpt.Of(text)}' is not a known policy area.");
    }

    /// <summary>Reads the label or token of a known policy area, without allocating.</summary>
    /// <param name="text">A label or token.</param>
    /// <param name="area">The policy area read.</param>
    /// <returns><see langword="true"/> when the text names a known policy area.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PolicyArea area)
    {
        var found = TryFind(text, out var index);
        area = found ? Catalog.All[index] : default;
        return found;
    }

    private static bool TryFind(ReadOnlySpan<char> text, out int index)
    {
        for (index = 0; index < Catalog.Entries.Length; index++)
        {
            if (LabelKey.Equals(text, Catalog.Keys[index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a known area by its exact token in UTF-8, without allocating (the JSON reader's fast path).</summary>
    internal static bool TryFindToken(ReadOnlySpan<byte> utf8, out PolicyArea area)
    {
        if (Catalog.ByLength.TryGetValue(utf8.Length, out var candidates))
        {
            foreach (var i in candidates)
            {
                if (utf8.SequenceEqual(Catalog.Utf8Tokens[i]))
                {
                    area = Catalog.All[i];
                    return true;
                }
            }
        }

        area = default;
        return false;
    }

    private static PolicyArea Known(string token)
    {
        var entry = Catalog.Entries[Catalog.Index[token]];
        return new PolicyArea(entry.Token, entry.Label);
    }

    /// <summary>Returns the token.</summary>
    public override string ToString() => Token;

    /// <inheritdoc />
    public bool Equals(PolicyArea other) => string.Equals(_token, other._token, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PolicyArea other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _token is null ? 0 : StringComparer.Ordinal.GetHashCode(_token);

    /// <summary>Orders known areas as the dataset's columns, then unknown areas by token.</summary>
    /// <param name="other">The other policy area.</param>
    public int CompareTo(PolicyArea other)
    {
        var a = _token is not null && Catalog.Index.TryGetValue(_token, out var i) ? i : int.MaxValue;
        var b = other._token is not null && Catalog.Index.TryGetValue(other._token, out var j) ? j : int.MaxValue;
        return a != b ? a.CompareTo(b) : string.CompareOrdinal(_token, other._token);
    }

    /// <summary>Compares two policy areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator ==(PolicyArea left, PolicyArea right) => left.Equals(right);

    /// <summary>Compares two policy areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator !=(PolicyArea left, PolicyArea right) => !left.Equals(right);

    /// <summary>Orders two policy areas.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <(PolicyArea left, PolicyArea right) => left.CompareTo(right) < 0;

    /// <summary>Orders two policy areas.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator <=(PolicyArea left, PolicyArea right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two policy areas.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >(PolicyArea left, PolicyArea right) => left.CompareTo(right) > 0;

    /// <summary>Orders two policy areas.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    public static bool operator >=(PolicyArea left, PolicyArea right) => left.CompareTo(right) >= 0;

    private static class Catalog
    {
        public static readonly (string Token, string Label, string? Parent)[] Entries =
        [
        ("anti-corruption-and-integrity", "Anti-Corruption and Integrity", null),
        ("anti-corruption-institutions", "Anti-corruption Institutions", "anti-corruption-and-integrity"),
        ("anti-corruption-strategies", "Anti-Corruption Strategies", "anti-corruption-and-integrity"),
        ("asset-disclosure", "Asset Disclosure", "anti-corruption-and-integrity"),
        ("audits", "Audits", "anti-corruption-and-integrity"),
        ("beneficial-ownership", "Beneficial Ownership", "anti-corruption-and-integrity"),
        ("conflicts-of-interest", "Conflicts Of Interest", "anti-corruption-and-integrity"),
        ("elections", "Elections", "anti-corruption-and-integrity"),
        ("political-finance", "Political Finance", "anti-corruption-and-integrity"),
        ("lobbying", "Lobbying", "anti-corruption-and-integrity"),
        ("open-contracting", "Open Contracting", "anti-corruption-and-integrity"),
        ("public-procurement", "Public Procurement", "anti-corruption-and-integrity"),
        ("right-to-information", "Right To Information", "anti-corruption-and-integrity"),
        ("whistleblower-protections", "Whistleblower Protections", "anti-corruption-and-integrity"),
        ("civic-space-and-enabling-environment", "Civic Space and Enabling Environment", null),
        ("freedom-of-assembly", "Freedom of Assembly", "civic-space-and-enabling-environment"),
        ("freedom-of-association", "Freedom of Association", "civic-space-and-enabling-environment"),
        ("freedom-of-expression", "Freedom of Expression", "civic-space-and-enabling-environment"),
        ("democratizing-decision-making", "Democratizing Decision-Making", null),
        ("digital-participation", "Digital Participation", "democratizing-decision-making"),
        ("mainstreaming-participation", "Mainstreaming Participation", "democratizing-decision-making"),
        ("regulatory-governance", "Regulatory Governance", "democratizing-decision-making"),
        ("social-accountability", "Social Accountability", "democratizing-decision-making"),
        ("digital-governance", "Digital Governance", null),
        ("automated-decision-making", "Automated Decision-making", "digital-governance"),
        ("data-stewardship-and-privacy", "Data Stewardship and Privacy", "digital-governance"),
        ("digital-inclusion", "Digital Inclusion", "digital-governance"),
        ("disinformation-misinformation", "Disinformation/Misinformation", "digital-governance"),
        ("online-civic-space", "Online Civic Space", "digital-governance"),
        ("environment-climate", "Environment & Climate", null),
        ("climate-finance", "Climate Finance", "environment-climate"),
        ("climate-mitigation-and-adaptation", "Climate Mitigation and Adaptation", "environment-climate"),
        ("environmental-regulation", "Environmental Regulation", "environment-climate"),
        ("international-environmental-agreements", "International Environmental Agreements", "environment-climate"),
        ("fiscal-openness", "Fiscal Openness", null),
        ("publication-of-budget-fiscal-information", "Publication Of Budget/Fiscal Information", "fiscal-openness"),
        ("public-participation-in-budget-fiscal-policy", "Public Participation In Budget/Fiscal Policy", "fiscal-openness"),
        ("oversight-of-budget-fiscal-policies", "Oversight Of Budget/Fiscal Policies", "fiscal-openness"),
        ("stimulus-and-economic-recovery", "Stimulus and Economic Recovery", "fiscal-openness"),
        ("tax", "Tax", "fiscal-openness"),
        ("debt", "Debt", "fiscal-openness"),
        ("inclusion", "Inclusion", null),
        ("gender", "Gender", "inclusion"),
        ("gender-based-violence", "Gender-Based Violence", "inclusion"),
        ("economic-inclusion", "Economic Inclusion", "inclusion"),
        ("lgbtqia", "LGBTQIA+", "inclusion"),
        ("people-with-disabilities", "People with Disabilities", "inclusion"),
        ("youth", "Youth", "inclusion"),
        ("justice", "Justice", null),
        ("access-to-justice", "Access to Justice", "justice"),
        ("open-justice", "Open Justice", "justice"),
        ("policing-corrections", "Policing & Corrections", "justice"),
        ("judiciary", "Judiciary", "justice"),
        ("open-parliaments", "Open Parliaments", null),
        ("public-service-delivery", "Public Service Delivery", null),
        ("citizenship-immigration", "Citizenship & Immigration", "public-service-delivery"),
        ("education", "Education", "public-service-delivery"),
        ("health-nutrition", "Health & Nutrition", "public-service-delivery"),
        ("infrastructure-transport", "Infrastructure & Transport", "public-service-delivery"),
        ("water-sanitation", "Water & Sanitation", "public-service-delivery"),
        ("capacity-building", "Capacity Building", null),
        ("digital-transformation", "Digital Transformation", null),
        ("legislation", "Legislation", null),
        ("regulation", "Regulation", null),
        ("legislative-oversight", "Legislative Oversight", null),
        ("open-data", "Open Data", null),
        ("public-participation", "Public Participation", null),
        ("aid", "Aid", null),
        ("energy", "Energy", null),
        ("extractive-industries", "Extractive Industries", null),
        ("land-and-spatial-planning", "Land and Spatial Planning", null),
        ("media-telecommunications", "Media & Telecommunications", null),
        ("science-technology", "Science & Technology", null),
        ("security-public-safety", "Security & Public Safety", null),
        ("labor", "Labor", null),
        ("private-sector", "Private Sector", null),
        ("subnational", "Subnational", null),
        ("human-rights", "Human Rights", null),
        ("open-parliament-plan", "Open Parliament Plan", null),
        ("sustainable-development-goals", "Sustainable Development Goals", null),
        ("open-data-water-sanitation", "Open Data (Water/Sanitation)", null),
        ("open-data-health", "Open Data (Health)", null),
        ("open-data-education", "Open Data (Education)", null),
        ("participation-in-lawmaking", "Participation in Lawmaking", null),
        ("access-to-information", "Access to information", null),
        ("money-in-politics", "Money in Politics", null),
        ];

        public static readonly Dictionary<string, int> Index = CreateIndex();

        public static readonly string[] Keys = Array.ConvertAll(Entries, e => LabelKey.Create(e.Label));

        public static readonly byte[][] Utf8Tokens = Array.ConvertAll(Entries, e => System.Text.Encoding.UTF8.GetBytes(e.Token));

        public static readonly Dictionary<int, int[]> ByLength = CreateLengthIndex();

        public static readonly ValueList<PolicyArea> All = ValueList.CreateRange(Array.ConvertAll(Entries, e => new PolicyArea(e.Token, e.Label)));

        private static Dictionary<int, int[]> CreateLengthIndex()
        {
            var byLength = new Dictionary<int, List<int>>();
            for (var i = 0; i < Utf8Tokens.Length; i++)
            {
                if (!byLength.TryGetValue(Utf8Tokens[i].Length, out var list))
                {
                    byLength[Utf8Tokens[i].Length] = list = [];
                }

                list.Add(i);
            }

            var index = new Dictionary<int, int[]>();
            foreach (var pair in byLength)
            {
                index[pair.Key] = pair.Value.ToArray();
            }

            return index;
        }

        private static Dictionary<string, int> CreateIndex()
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < Entries.Length; i++)
            {
                index.Add(Entries[i].Token, i);
            }

            return index;
        }
    }
}
