using Sitrep.Documents;

namespace Sitrep.Events.Export;

/// <summary>
/// PLOVER type and mode to ACLED's disorder type, event type and sub-event type, and PLOVER sectors
/// to ACLED interaction codes. Verbal events (statements, consultations, accusations) have no ACLED
/// category and map to null.
/// </summary>
public static class AcledCategories
{
    public sealed record Category(string Disorder, string EventType, string SubEventType);

    const string Violence = "Political violence", Demonstrations = "Demonstrations", Strategic = "Strategic developments";

    public static Category? Of(EventRecord e)
    {
        bool civilianTarget = e.Recipients.Count > 0 && e.Recipients.All(r => r.Sector is "CVL" or "REF" or "JRN" or "EDU" or "MED" or "REL" or "LAB" or "AGR" or "BUS");
        return e.Type switch
        {
            "ASSAULT" => e.Mode switch
            {
                "explosives" => new(Violence, "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                "suicide-attack" => new(Violence, "Explosions/Remote violence", "Suicide bomb"),
                "aerial" or "drone" => new(Violence, "Explosions/Remote violence", "Air/drone strike"),
                "heavy-weapons" => new(Violence, "Explosions/Remote violence", "Shelling/artillery/missile attack"),
                "unconventional" => new(Violence, "Explosions/Remote violence", "Chemical weapon"),
                "abduct" => new(Violence, "Violence against civilians", "Abduction/forced disappearance"),
                "sexual" => new(Violence, "Violence against civilians", "Sexual violence"),
                "destroy" => new(Strategic, "Strategic developments", "Looting/property destruction"),
                "crowd-control" => new(Demonstrations, "Protests", "Excessive force against protesters"),
                _ when civilianTarget => new(Violence, "Violence against civilians", "Attack"),
                _ => new(Violence, "Battles", "Armed clash"),
            },
            "PROTEST" => e.Mode is "riot" or "vandalize"
                ? new(Demonstrations, "Riots", "Violent demonstration")
                : new(Demonstrations, "Protests", "Peaceful protest"),
            "COERCE" => e.Mode switch
            {
                "arrest" or "deport" => new(Strategic, "Strategic developments", "Arrests"),
                "seize" => new(Strategic, "Strategic developments", "Looting/property destruction"),
                _ => new(Strategic, "Strategic developments", "Other"),
            },
            "AGREE" => new(Strategic, "Strategic developments", "Agreement"),
            "RETREAT" => e.Mode is "withdraw"
                ? new(Strategic, "Strategic developments", "Non-violent transfer of territory")
                : new(Strategic, "Strategic developments", "Agreement"),
            "MOBILIZE" or "SANCTION" => new(Strategic, "Strategic developments", "Other"),
            _ => null,
        };
    }

    /// <summary>ACLED inter code: 1 state forces, 2 rebels, 3 political militias, 5 rioters, 6 protesters, 7 civilians, 8 external forces; 0 none.</summary>
    public static int Inter(EventParticipant? a, EventRecord e, string? eventCountry)
    {
        if (a is null) return 0;
        if (e.Type == "PROTEST") return e.Mode is "riot" or "vandalize" ? 5 : 6;
        return a.Sector switch
        {
            "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY" =>
                eventCountry != null && a.Country != null && a.Country != eventCountry ? 8 : 1,
            "REB" or "OPP" => 2,
            "PRM" or "UAF" or "PTY" => 3,
            "CRM" or "UNK" or null => 0,
            _ => 7,
        };
    }
}
