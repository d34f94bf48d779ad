#!/usr/bin/env bash
# 5-fold document cross-validation of an NER training configuration on UNER-EWT dev.
# Usage: scripts/ner-cv.sh TAG [extra `train ner` flags…]   (JOBS=2 runs two folds at a time)
# A valued extra flag (--epochs 8) replaces its default.
# Each fold trains without one dev document fold (--hold-out K/5) and is scored on it; the F1 printed
# last is micro-averaged over the entities of all five folds. Work files go to ${NERCV_DIR:-/tmp/nercv}/TAG.
# SITREP_CLI="dotnet out/cv/sitrep.dll" runs a fixed build instead of ./sitrep, so editing sources cannot
# rebuild it under a running experiment.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"
tag="$1"; shift
dir="${NERCV_DIR:-/tmp/nercv}/$tag"
mkdir -p "$dir"
uner="$shared/corpora/uner_english_ewt/en_ewt-ud-dev.iob2"
train=("$shared/corpora/gmb_ner_kaggle/ner_dataset.csv.gz" "$shared/corpora/wnut17/wnut17train.conll"
       "$shared/corpora/ud_english_gum/en_gum-ud-train.conllu.gz" "$uner")
# NERCV_TRAIN="FILE …" replaces the files above but UNER dev; NERCV_EXTRA_TRAIN="FILE …" adds files.
if [ -n "${NERCV_TRAIN:-}" ]; then read -ra train <<< "$NERCV_TRAIN"; train+=("$uner"); fi
read -ra extra_train <<< "${NERCV_EXTRA_TRAIN:-}"
train+=("${extra_train[@]}")
defaults=(--pos --in-domain-copies 3 --gmb-sentences 15000 --epochs 5 --viterbi)
# An extra flag that takes a value replaces its default (e.g. --epochs 8).
for opt in --in-domain-copies --gmb-sentences --epochs; do
  if [[ " $* " == *" $opt "* ]]; then
    for i in "${!defaults[@]}"; do
      if [[ "${defaults[i]}" == "$opt" ]]; then defaults=("${defaults[@]:0:i}" "${defaults[@]:i+2}"); break; fi
    done
  fi
done
read -ra cli <<< "${SITREP_CLI:-$root/sitrep}"
"${cli[@]}" --help > /dev/null   # build once before folds run in parallel
# NERCV_TEACHERS=DIR: self-training on UD-EWT train, its proper-noun spans typed by DIR/mK/model.bin for fold K
# (a model trained without fold K, e.g. an earlier CV run's), so no fold sees a teacher that saw it.
fold() {
  local k="$1"; shift
  local files=("${train[@]}") silver=()
  if [ -n "${NERCV_TEACHERS:-}" ]; then
    files+=("$shared/corpora/ud_english_ewt/en_ewt-ud-train.conllu.gz"); silver=(--teacher "$NERCV_TEACHERS/m$k/model.bin")
  fi
  "${cli[@]}" train ner --train "${files[@]}" "${defaults[@]}" "${silver[@]}" "$@" --hold-out "$k/5" --out "$dir/m$k" \
    > "$dir/train$k.log" 2>&1
  "${cli[@]}" eval ner --gold "$uner" --format iob2 --hold-out "$k/5" --model "$dir/m$k/model.bin" \
    --errors "$dir/errors$k.txt" --json > "$dir/fold$k.json"
}
pids=()
for k in 0 1 2 3 4; do
  fold "$k" "$@" &
  pids+=($!)
  if (( ${#pids[@]} >= ${JOBS:-2} )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p"; done
python3 - "$dir" "$*" <<'PY'
import json, sys
d, flags = sys.argv[1], sys.argv[2]
tp = pred = gold = 0; types = {}; folds = []
for k in range(5):
    r = json.load(open(f"{d}/fold{k}.json")); folds.append(round(r["f1"], 3))
    for t, s in r["per_type"].items():
        g = s["support"]; hit = s["recall"] * g; p = hit / s["precision"] if s["precision"] else 0
        a = types.setdefault(t, [0, 0, 0]); a[0] += hit; a[1] += p; a[2] += g
for t, (h, p, g) in sorted(types.items()):
    tp += h; pred += p; gold += g
f = lambda h, p, g: 2 * h / (p + g) if p + g else 0
print(json.dumps({"flags": flags, "precision": round(tp / pred, 4), "recall": round(tp / gold, 4),
                  "f1": round(f(tp, pred, gold), 4), "entities": round(gold),
                  "per_type_f1": {t: round(f(*v), 4) for t, v in sorted(types.items())}, "fold_f1": folds}))
PY
