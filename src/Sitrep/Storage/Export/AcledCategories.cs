using Sitrep.Documents;

namespace Sitrep.Storage.Export;

/// <summary>
/// PLOVER type and mode to ACLED's event and sub-event types (disorder type from ACLED's category flags), and
/// PLOVER sectors to ACLED inter codes. Verbal events (statements, consultations, accusations) have no ACLED
/// category and map to null.
/// </summary>
internal static class AcledCategories
{
    public sealed record Category(string EventType, string SubEventType, bool PoliticalViolence, bool Demonstration)
    {
        /// <summary>ACLED's disorder_type, from its political-violence and demonstration flags.</summary>
        public string Disorder => (PoliticalViolence, Demonstration) switch
        {
            (true, true) => "Political violence; Demonstrations",
            (true, false) => "Political violence",
            (false, true) => "Demonstrations",
            _ => "Strategic developments",
        };
    }

    const string Battles = "Battles", Remote = "Explosions/Remote violence", Vac = "Violence against civilians",
        Protests = "Protests", Riots = "Riots", Strategic = "Strategic developments";

    /// <summary>ACLED's event type / sub-event type pairs with their political-violence and demonstration flags.</summary>
    public static readonly IReadOnlyList<Category> All =
    [
        new(Battles, "Armed clash", true, false), new(Battles, "Government regains territory", true, false),
        new(Battles, "Non-state actor overtakes territory", true, false),
        new(Remote, "Chemical weapon", true, false), new(Remote, "Air/drone strike", true, false), new(Remote, "Suicide bomb", true, false),
        new(Remote, "Shelling/artillery/missile attack", true, false), new(Remote, "Remote explosive/landmine/IED", true, false),
        new(Remote, "Grenade", true, false),
        new(Protests, "Peaceful protest", false, true), new(Protests, "Protest with intervention", false, true),
        new(Protests, "Excessive force against protesters", true, true),
        new(Riots, "Violent demonstration", false, true), new(Riots, "Mob violence", true, false),
        new(Strategic, "Agreement", false, false), new(Strategic, "Arrests", false, false), new(Strategic, "Change to group/activity", false, false),
        new(Strategic, "Disrupted weapons use", false, false), new(Strategic, "Headquarters or base established", false, false),
        new(Strategic, "Looting/property destruction", false, false), new(Strategic, "Non-violent transfer of territory", false, false),
        new(Strategic, "Other", false, false),
        new(Vac, "Sexual violence", true, false), new(Vac, "Attack", true, false), new(Vac, "Abduction/forced disappearance", true, false),
    ];

    static Category Get(string subEventType) => All.First(c => c.SubEventType == subEventType);

    static readonly HashSet<string> CivilianSectors = ["CVL", "REF", "JRN", "EDU", "MED", "REL", "LAB", "AGR", "BUS", "SOC", "ELI"];

    public static bool IsCivilian(EventParticipant p) => p.Sector is { } s && CivilianSectors.Contains(s);

    public static Category? Of(EventRecord e)
    {
        bool civilianTarget = e.Recipients.Count > 0 && e.Recipients.All(IsCivilian);
        return e.Type switch
        {
            "ASSAULT" => Get(e.Mode switch
            {
                "explosives" => "Remote explosive/landmine/IED",
                "suicide-attack" => "Suicide bomb",
                "aerial" or "drone" => "Air/drone strike",
                "heavy-weapons" => "Shelling/artillery/missile attack",
                "unconventional" => "Chemical weapon",
                "abduct" => "Abduction/forced disappearance",
                "sexual" => "Sexual violence",
                "destroy" => "Looting/property destruction",
                "crowd-control" => "Excessive force against protesters",
                _ when civilianTarget => "Attack",
                _ => "Armed clash",
            }),
            "PROTEST" => Get(e.Mode is "riot" or "vandalize" ? "Violent demonstration" : "Peaceful protest"),
            "COERCE" => Get(e.Mode switch
            {
                "arrest" or "deport" => "Arrests",
                "seize" => "Looting/property destruction",
                _ => "Other",
            }),
            "AGREE" => Get("Agreement"),
            "RETREAT" => Get(e.Mode is "withdraw" ? "Non-violent transfer of territory" : "Agreement"),
            "MOBILIZE" or "SANCTION" => Get("Other"),
            _ => null,
        };
    }

    /// <summary>
    /// ACLED inter code (codebook): 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
    /// 6 protesters, 7 civilians, 8 external/other forces; 0 unknown. State forces outside their own country are external (8);
    /// international organisations, parties and other organised non-armed actors are "other" (8).
    /// </summary>
    public static int Inter(EventParticipant a, bool isActor, Category category, string? eventCountry)
    {
        // The crowd itself; in "excessive force" the actor is whoever used force against it.
        if (isActor && category.SubEventType is "Peaceful protest" or "Protest with intervention") return 6;
        if (isActor && category.EventType == Riots) return 5;
        if (category.SubEventType == "Excessive force against protesters" && !isActor && (IsCivilian(a) || a.Sector is null or "OPP")) return 6;
        return a.Sector switch
        {
            "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY" =>
                eventCountry != null && a.Country != null && a.Country != eventCountry ? 8 : 1,
            "REB" => 2,
            "PRM" or "UAF" => 3,
            "CRM" or "UNK" or null => 0,
            _ when IsCivilian(a) => 7,
            _ => 8,
        };
    }

    /// <summary>ACLED's numeric interaction codes (codebook): two inter codes, lower first, or one followed by 0 for a sole actor.</summary>
    public static readonly IReadOnlySet<int> Interactions = new HashSet<int>
    {
        10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23, 24, 25, 26, 27, 28, 30, 33, 34, 35, 36, 37, 38,
        40, 44, 45, 46, 47, 48, 50, 55, 56, 57, 58, 60, 66, 67, 68, 78, 80,
    };

    public static int Interaction(int a, int b) => (a, b) switch
    {
        (_, 0) => a * 10,
        (0, _) => b * 10,
        _ => Math.Min(a, b) * 10 + Math.Max(a, b),
    };
}
