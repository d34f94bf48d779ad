#!/usr/bin/env bash
# Rebuilds src/Sitrep/Ingest/Languages/trigrams.tsv, the character-trigram profiles LanguageDetector ranks
# against, from the npm package franc 6.2.0 (MIT, (c) Titus Wormer; profiles built from Universal Declaration
# of Human Rights translations). Keeps the languages with an ISO 639-1 code listed below; rows are
# "639-1 code <TAB> script <TAB> trigrams by falling frequency, |-separated".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-save --silent franc@6.2.0 >/dev/null
cat > "$work/convert.mjs" <<'JS'
import {data} from 'franc/data.js'
const iso1 = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', ind: 'id', zlm: 'ms', vie: 'vi',
  tur: 'tr', pol: 'pl', ron: 'ro', hun: 'hu', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', bos: 'bs', srp: 'sr',
  swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', ekk: 'et', lvs: 'lv', lit: 'lt', als: 'sq', cat: 'ca', glg: 'gl',
  afr: 'af', swh: 'sw', tgl: 'tl', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', xho: 'xh', som: 'so', uzn: 'uz',
  azj: 'az', tuk: 'tk', hat: 'ht', kin: 'rw', plt: 'mg', epo: 'eo',
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', mkd: 'mk', kaz: 'kk', kir: 'ky', tgk: 'tg', tat: 'tt', khk: 'mn',
  arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', ckb: 'ku', uig: 'ug',
  hin: 'hi', mar: 'mr', npi: 'ne', amh: 'am', tir: 'ti', heb: 'he', ydd: 'yi', mya: 'my',
}
const lines = []
for (const [script, languages] of Object.entries(data))
  for (const [code, trigrams] of Object.entries(languages))
    if (iso1[code] && !lines.some(l => l.startsWith(`${iso1[code]}\t${script}\t`))) lines.push(`${iso1[code]}\t${script}\t${trigrams}`)
process.stdout.write(lines.join('\n') + '\n')
JS
{
  echo "# Character-trigram profiles by falling frequency, from the npm package franc 6.2.0 (MIT licence,"
  echo "# (c) 2014 Titus Wormer), built there from Universal Declaration of Human Rights translations."
  echo "# Regenerate with scripts/language-profiles.sh. Columns: ISO 639-1 code, script, trigrams (|-separated)."
  (cd "$work" && node convert.mjs)
} > "$root/src/Sitrep/Ingest/Languages/trigrams.tsv"
wc -l "$root/src/Sitrep/Ingest/Languages/trigrams.tsv"
