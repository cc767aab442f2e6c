#!/usr/bin/env bash
# The precision check: scan published, presumably safe MCP servers (the
# pinned lists bench/precision-npm.txt and bench/precision-go.txt) with the
# full built-in catalog and print the findings per server and per rule, so
# that every finding can be read and judged, and a rule change can be
# measured before → after on the same code.
#
#   bench/precision.sh                    fetch what is missing, scan, summarise
#   MODE=deep bench/precision.sh          deep mode (taint rules too)
#   BEFORE=old.json bench/precision.sh    per-rule before → after against an earlier run
#   LIST=1 bench/precision.sh             also print every finding
#   RULE=MCP-052 LIST=1 bench/precision.sh   the findings of one rule
#   MCPSAFE=/path/to/mcpsafe bench/precision.sh   scan with another build
#
# The report is written to bench/out/precision-<mode>.json (gitignored);
# keep a copy to compare the next run against. The fetched packages live
# under bench/corpus/ (gitignored, never committed) and are never run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
corpus="${CORPUS_DIR:-$here/corpus}"
out="$here/out"
mode="${MODE:-fast}"
mkdir -p "$out"

NPM_LIST="$here/precision-npm.txt" GO_LIST="$here/precision-go.txt" CORPUS_DIR="$corpus" "$here/corpus.sh" >&2

bin="${MCPSAFE:-}"
if [[ -z "$bin" ]]; then
	bin="$out/mcpsafe-precision"
	go build -o "$bin" ./cmd/mcpsafe
fi

list() { grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1"; }
targets=()
while read -r spec; do
	name="${spec%@*}"
	targets+=("$corpus/npm/${name//\//__}@${spec##*@}")
done < <(list "$here/precision-npm.txt")
while read -r spec; do
	mod="${spec%@*}"
	targets+=("$corpus/go/${mod//\//__}@${spec##*@}")
done < <(list "$here/precision-go.txt")

report="$out/precision-$mode.json"
# Published packages ship built code; --include-tests is off (the default)
# so that the judged findings are the ones a user sees.
"$bin" scan --mode "$mode" --format json --fail-on none -o "$report" "${targets[@]}"

args=()
[[ -n "${BEFORE:-}" ]] && args+=(-before "$BEFORE")
[[ -n "${LIST:-}" ]] && args+=(-list)
[[ -n "${RULE:-}" ]] && args+=(-rule "$RULE")
go run ./bench/precision "${args[@]}" "$report"
echo "report: $report" >&2
