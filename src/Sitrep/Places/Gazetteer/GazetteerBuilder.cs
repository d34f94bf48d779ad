using Sitrep.Places.Geometry;

namespace Sitrep.Places.Gazetteer;

/// <summary>
/// Collects entries from any source, merging rows that describe the same place (same GeoNames id,
/// or same merge key such as "ADM1:US.CA"), and compiles them into a <see cref="Gazetteer"/>.
/// </summary>
internal sealed class GazetteerBuilder
{
    readonly List<PlaceEntry> _entries = [];
    readonly Dictionary<int, PlaceEntry> _byGeonameId = [];
    readonly Dictionary<string, PlaceEntry> _byMergeKey = new(StringComparer.Ordinal);
    readonly Dictionary<string, CountryCodes> _countries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;
    public IReadOnlyList<PlaceEntry> Entries => _entries;

    public void AddCountryCodes(CountryCodes codes)
    {
        if (!_countries.TryGetValue(codes.Iso2, out var known) || known.Iso3.Length == 0) _countries[codes.Iso2] = codes;
    }

    public bool TryGetCountryCodes(string iso2, out CountryCodes codes) => _countries.TryGetValue(iso2, out codes!);

    public PlaceEntry? Find(int geonameId) => _byGeonameId.GetValueOrDefault(geonameId);

    public PlaceEntry? FindByMergeKey(string mergeKey) => _byMergeKey.GetValueOrDefault(mergeKey);

    /// <summary>Adds an entry, or merges it into the one with the same id or merge key: a GeoNames
    /// row brings its id, point and population; names are united.</summary>
    public PlaceEntry Add(PlaceEntry entry)
    {
        entry.AddName(entry.Name);
        entry.MergeKey ??= PlaceEntry.MergeKeyFor(entry.Feature, entry.CountryIso2, entry.Admin1, entry.Admin2);
        PlaceEntry? existing = null;
        if (entry.GeonameId > 0) _byGeonameId.TryGetValue(entry.GeonameId, out existing);
        if (existing is null && entry.MergeKey is { } mk) _byMergeKey.TryGetValue(mk, out existing);
        if (existing is null)
        {
            _entries.Add(entry);
            if (entry.GeonameId > 0) _byGeonameId[entry.GeonameId] = entry;
            if (entry.MergeKey is { } key) _byMergeKey[key] = entry;
            return entry;
        }
        if (entry.GeonameId > 0)
        {
            if (existing.GeonameId == 0) _byGeonameId[entry.GeonameId] = existing;
            existing.GeonameId = entry.GeonameId;
            existing.Point = entry.Point;
            existing.Name = entry.Name;
            existing.Feature = entry.Feature;
            if (entry.Population > 0) existing.Population = entry.Population;
            if (entry.Admin1.Length > 0) existing.Admin1 = entry.Admin1;
            if (entry.Admin2.Length > 0) existing.Admin2 = entry.Admin2;
            if (entry.CountryIso2.Length > 0) existing.CountryIso2 = entry.CountryIso2;
        }
        if (entry.RadiusKm > 0 && existing.RadiusKm == 0) existing.RadiusKm = entry.RadiusKm;
        existing.Keys.UnionWith(entry.Keys);
        existing.DemonymKeys.UnionWith(entry.DemonymKeys);
        return existing;
    }

    /// <summary>How prominent an entry is before any context: orders postings.</summary>
    internal static double Prominence(long population, string feature) =>
        Math.Log10(population + 1) + feature switch
        {
            _ when Gazetteer.IsCountryFeature(feature) => 4,
            "A.ADM1" => 2.5,
            "L.CONT" or "L.RGN" => 2,
            "P.PPLC" => 1,
            "A.ADM2" => 0.5,
            _ => 0,
        };

    public Gazetteer Build()
    {
        var features = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var countryIds = new Dictionary<string, short>(StringComparer.Ordinal);
        var countries = new List<CountryCodes>();
        var admin1Ids = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
        int n = _entries.Count;
        var g = new
        {
            Ids = new int[n], Names = new string[n], Lats = new float[n], Lons = new float[n], Pops = new long[n],
            Feats = new ushort[n], Countries = new short[n], Admin1 = new int[n], Radii = new float[n], MergeKeys = new string?[n],
        };
        var order = Enumerable.Range(0, n).OrderByDescending(i => Prominence(_entries[i].Population, _entries[i].Feature)).ToArray();
        for (int i = 0; i < n; i++)
        {
            var e = _entries[order[i]];
            g.Ids[i] = e.GeonameId;
            g.Names[i] = e.Name;
            g.Lats[i] = (float)e.Point.LatDeg;
            g.Lons[i] = (float)e.Point.LonDeg;
            g.Pops[i] = e.Population;
            g.Feats[i] = Intern(features, e.Feature);
            g.Radii[i] = e.RadiusKm;
            g.MergeKeys[i] = e.MergeKey;
            g.Countries[i] = -1;
            if (e.CountryIso2.Length > 0)
            {
                if (!countryIds.TryGetValue(e.CountryIso2, out short cid))
                {
                    cid = (short)countries.Count;
                    countryIds[e.CountryIso2] = cid;
                    countries.Add(_countries.GetValueOrDefault(e.CountryIso2) ?? new CountryCodes(e.CountryIso2, "", e.CountryIso2));
                }
                g.Countries[i] = cid;
            }
            if (e.Admin1.Length > 0)
            {
                var code = $"{e.CountryIso2}.{e.Admin1}";
                if (!admin1Ids.TryGetValue(code, out int aid)) admin1Ids[code] = aid = admin1Ids.Count;
                g.Admin1[i] = aid;
            }
        }
        // Entries are numbered by prominence, so ascending postings are most prominent first.
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var translit = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var e = _entries[order[i]];
            var main = NameKey.Normalize(e.Name);
            foreach (var key in e.Keys)
            {
                int posting = i | (key == main ? Gazetteer.MainNameFlag : 0);
                AddPosting(exact, key, posting);
                var t = NameKey.Transliterate(key);
                if (t.Length > 0) AddPosting(translit, t, posting);
            }
            foreach (var key in e.DemonymKeys) AddPosting(demonyms, key, i);
        }
        return new Gazetteer
        {
            GeonameIds = g.Ids, Names = g.Names, Lats = g.Lats, Lons = g.Lons, Populations = g.Pops,
            FeatureIds = g.Feats, Features = [.. features.OrderBy(kv => kv.Value).Select(kv => kv.Key)],
            CountryIds = g.Countries, Countries = [.. countries],
            Admin1Ids = g.Admin1, Admin1Codes = [.. admin1Ids.OrderBy(kv => kv.Value).Select(kv => kv.Key)],
            RadiiKm = g.Radii, MergeKeys = g.MergeKeys,
            Exact = NameIndex.Build(exact), Transliterated = NameIndex.Build(translit), Demonyms = NameIndex.Build(demonyms),
        };
    }

    static void AddPosting(Dictionary<string, List<int>> index, string key, int posting)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        int entry = Gazetteer.EntryOf(posting);
        int last = list.Count - 1;
        if (last >= 0 && Gazetteer.EntryOf(list[last]) == entry) list[last] |= posting;
        else list.Add(posting);
    }

    static ushort Intern(Dictionary<string, ushort> table, string value)
    {
        if (!table.TryGetValue(value, out var id)) table[value] = id = checked((ushort)table.Count);
        return id;
    }

    /// <summary>A builder holding everything in a compiled gazetteer, so dumps can be merged into it.</summary>
    public static GazetteerBuilder From(Gazetteer gazetteer)
    {
        var builder = new GazetteerBuilder();
        foreach (var c in gazetteer.Countries) builder.AddCountryCodes(c);
        var entries = new PlaceEntry[gazetteer.Count];
        for (int i = 0; i < entries.Length; i++)
        {
            var p = gazetteer[i];
            var admin1 = p.Admin1Code is { } code ? code[(code.IndexOf('.') + 1)..] : "";
            entries[i] = new PlaceEntry
            {
                GeonameId = gazetteer.GeonameIds[i], Name = p.Name, Point = p.Point, Population = p.Population,
                Feature = p.Feature, CountryIso2 = p.Country?.Iso2 ?? "", Admin1 = admin1, RadiusKm = p.RadiusKm,
                MergeKey = gazetteer.MergeKeys[i],
            };
        }
        AddKeys(gazetteer.Exact, (e, key) => entries[e].Keys.Add(key));
        AddKeys(gazetteer.Demonyms, (e, key) => entries[e].DemonymKeys.Add(key));
        foreach (var e in entries) builder.Add(e);
        return builder;
    }

    static void AddKeys(NameIndex index, Action<int, string> add)
    {
        for (int k = 0; k < index.KeyCount; k++)
        {
            var key = index.Key(k).ToString();
            foreach (int posting in index.PostingsOf(k)) add(Gazetteer.EntryOf(posting), key);
        }
    }
}
