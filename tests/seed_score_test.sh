#!/bin/sh
# Scores tqc on the seed article with the shared scorer: recall 1.000, no trap hit,
# precision at least 0.9 (issue "tqc 0.1"). Skips (77) where ../shared is absent.
# Usage: seed_score_test.sh path/to/tqc path/to/shared
set -u
tqc="$1"
shared="$2"
if [ ! -f "$shared/seed/altman-samsung.gold.json" ] || [ ! -x "$shared/tools/score-findings" ]; then
  echo "skipped: $shared/seed or its scorer is absent"
  exit 77
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
"$tqc" check "$shared/seed/altman-samsung.en.txt" "$shared/seed/altman-samsung.de.txt" --format json \
  --fail-on none -o "$report" || exit 1
score=$("$shared/tools/score-findings" --json "$shared/seed/altman-samsung.gold.json" "$report") || exit 1
"$shared/tools/score-findings" "$shared/seed/altman-samsung.gold.json" "$report"
python3 - "$score" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
ok = s["recall"] == 1.0 and s["trap_hits"] == 0 and s["precision"] >= 0.9
print("seed:", "1 passed, 0 failed" if ok else "0 passed, 1 failed")
sys.exit(0 if ok else 1)
PY
