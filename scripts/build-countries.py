#!/usr/bin/env python3
"""Builds src/Sitrep/Countries/countries.tsv: one row per country or territory with the codes every
stage and export uses. ISO codes, names and UN subregions from the npm package world-countries
(deps/npm, ODbL: facts only are kept); FIPS 10-4 codes (a US federal standard, public domain) as
GeoNames' countryInfo lists them, read from the <FIPS-10> fields of CountryInfo.txt when given,
otherwise kept from the current table; ACLED names and regions by the rules below.

usage: scripts/build-countries.py [CountryInfo.txt] > src/Sitrep/Countries/countries.tsv
"""
import json, re, sys, unicodedata, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
countries = json.load(open(os.path.join(root, "deps/npm/node_modules/world-countries/countries.json")))
current = {}
table = os.path.join(root, "src/Sitrep/Countries/countries.tsv")
if os.path.exists(table):
    for line in open(table):
        if line.startswith("#"): continue
        f = line.rstrip("\n").split("\t")
        current[f[1]] = f[3]

fips = {}
if len(sys.argv) > 1:
    text = open(sys.argv[1], "rb").read().decode("utf-8", "replace").replace("\0", "").replace("\x1a", "")
    for block in text.split("<Country>")[1:]:
        code = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
        f = re.search(r"<FIPS-10>([^<]*)</FIPS-10>", block)
        if code and f and re.fullmatch(r"[A-Z]{2}", f.group(1).strip()):
            fips[code.group(1)] = f.group(1).strip()
fips.update(current)  # a rebuild keeps the table's codes
# Codes missing or wrong in CountryInfo.txt, as GeoNames countryInfo lists them.
fips.update({"ISR": "IS", "JPN": "JA", "SRB": "RI", "MMR": "BM", "VAT": "VT", "CYP": "CY", "UNK": "KV",
             "MNE": "MJ", "SSD": "OD", "CUW": "UC", "SXM": "NN", "BES": "", "PSE": "WE", "TLS": "TT",
             "BLM": "TB", "MAF": "RN", "GGY": "GK", "JEY": "JE", "IMN": "IM", "ALA": "", "UMI": "",
             "FRA": "FR", "GBR": "UK", "ESH": "WI", "ASM": "AQ", "ATA": "AY", "ATF": "FS", "BVT": "BV",
             "CCK": "CK", "CXR": "KT", "FLK": "FK", "FRO": "FO", "GIB": "GI", "GLP": "GP", "GUF": "FG",
             "GRL": "GL", "GUM": "GQ", "HMD": "HM", "IOT": "IO", "MAC": "MC", "MNP": "CQ", "MSR": "MH",
             "MTQ": "MB", "MYT": "MF", "NCL": "NC", "NFK": "NF", "NIU": "NE", "PCN": "PC", "PRI": "RQ",
             "PYF": "FP", "REU": "RE", "SGS": "SX", "SHN": "SH", "SJM": "SV", "SPM": "SB", "TCA": "TK",
             "TKL": "TL", "VGB": "VI", "VIR": "VQ", "WLF": "WF", "COG": "CF", "COK": "CW", "GTM": "GT",
             "GIN": "GV", "ZAF": "SF"})

# ACLED spells some countries its own way.
acled_names = {
    "CZE": "Czech Republic", "COD": "Democratic Republic of Congo", "COG": "Republic of Congo",
    "SWZ": "eSwatini", "TLS": "East Timor", "CIV": "Ivory Coast", "TUR": "Turkey", "VAT": "Vatican City",
    "MKD": "North Macedonia", "PSE": "Palestine", "FSM": "Micronesia", "BLM": "Saint-Barthelemy",
    "MAF": "Saint-Martin", "CPV": "Cape Verde", "UNK": "Kosovo", "MAC": "Macao", "BES": "Caribbean Netherlands",
    "USA": "United States", "GBR": "United Kingdom",
}
caucasus = {"ARM", "AZE", "GEO"}

def ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()

def other_names(c):
    names = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 3 and a.isascii()]
    seen, out = {c["name"]["common"].lower()}, []
    for n in names:
        if n.lower() not in seen and ";" not in n:
            seen.add(n.lower()); out.append(n)
    return ";".join(out)

def acled_region(c):
    sub, reg, iso3 = c.get("subregion", ""), c.get("region", ""), c["cca3"]
    if iso3 in caucasus or sub == "Central Asia": return "Caucasus and Central Asia"
    if iso3 == "IRN" or sub == "Western Asia": return "Europe" if iso3 == "CYP" else "Middle East"
    if sub in ("Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa"): return sub
    if sub == "Southern Asia": return "South Asia"
    if sub == "South-Eastern Asia": return "Southeast Asia"
    if sub == "Eastern Asia": return "East Asia"
    if sub == "North America": return "North America" if iso3 in ("USA", "CAN", "GRL", "BMU", "SPM") else "Central America"
    if sub in ("Central America", "Caribbean", "South America"): return sub
    if reg == "Europe": return "Europe"
    if reg == "Oceania": return "Oceania"
    if reg == "Antarctic": return "Antarctica"
    return reg

print("# iso2\tiso3\tiso_numeric\tfips10_4\tname\tacled_name\tacled_region\tother_names")
print("# ISO 3166 codes and English short names: world-countries (npm); FIPS 10-4 as in GeoNames countryInfo (CC BY 4.0);")
print("# ACLED names and regions follow ACLED's country list. Rebuild with scripts/build-countries.py.")
for c in sorted(countries, key=lambda c: c["cca3"]):
    iso3 = c["cca3"]
    name = c["name"]["common"]
    print("\t".join([c["cca2"], iso3, c.get("ccn3", ""), fips.get(iso3, ""), name,
                     acled_names.get(iso3, ascii(name)), acled_region(c), other_names(c)]))
