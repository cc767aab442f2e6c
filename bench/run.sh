#!/usr/bin/env bash
# The benchmark: mcpsafe (fast and deep, full catalog) against ast-grep (a
# three-family subset of the rules, bench/astgrep/) and ripgrep (the same
# keywords, the I/O floor), on the same files, medians over several runs;
# then single servers and a scaling curve on synthetic projects. Prints the
# tables of docs/performance.md and writes bench/out/results.{md,json}.
#
#   bench/run.sh                      everything (corpus fetched if missing)
#   RUNS=3 SCALING=10,30 bench/run.sh fewer runs, a shorter curve
#   DEEP_RUNS=1 bench/run.sh          deep mode on the corpus only once
#   BASE=/path/to/old/mcpsafe bench/run.sh   also time an older build (before/after)
#   NO_DEEP=1 bench/run.sh            skip deep mode on the corpus
#   SCALING_DEEP_MAX=30 bench/run.sh  no deep mode in the curve above 30 MB
#   REUSE_SET=1 bench/run.sh          keep bench/out/set from the last run
#   INCLUDE_TESTS= bench/run.sh       leave test files out (mcpsafe's default)
#   bench/run.sh -- -json x.json      extra flags for bench/harness after --
#
# Needs go, npm (for @ast-grep/cli, installed under bench/tools) and ripgrep
# (Debian package; installed with apt-get when missing and running as root).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
out="$here/out"
mkdir -p "$out"

RUNS="${RUNS:-5}"
DEEP_RUNS="${DEEP_RUNS:-$RUNS}"
SCALING="${SCALING-10,30,100}"
SCALING_RUNS="${SCALING_RUNS:-1}"
SCALING_DEEP_MAX="${SCALING_DEEP_MAX:-0}"
JOBS="${JOBS:-2}"
# Test files are real code too, and with them the set passes 100 MB.
INCLUDE_TESTS="${INCLUDE_TESTS-1}"
extra=()
if [[ "${1:-}" == "--" ]]; then
	shift
	extra=("$@")
fi

echo "bench: building mcpsafe" >&2
go build -o "$out/mcpsafe" ./cmd/mcpsafe
go build -o "$out/gen-bin" ./bench/gen

if ! command -v rg >/dev/null 2>&1; then
	if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
		echo "bench: installing ripgrep (apt-get)" >&2
		apt-get install -y -qq ripgrep >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null; }
	else
		echo "bench: ripgrep is missing: apt-get install ripgrep" >&2
		exit 2
	fi
fi

astgrep="$here/tools/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep"
if [[ ! -x "$astgrep" ]]; then
	echo "bench: installing @ast-grep/cli under bench/tools (npm ci)" >&2
	(cd "$here/tools" && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi
[[ -x "$astgrep" ]] || { echo "bench: no ast-grep binary at $astgrep" >&2; exit 2; }

if [[ -z "$(ls -A "$here/corpus/npm" 2>/dev/null)" || -z "$(ls -A "$here/corpus/go" 2>/dev/null)" ]]; then
	echo "bench: fetching the corpus (bench/corpus.sh)" >&2
	"$here/corpus.sh"
fi

if [[ -n "${REUSE_SET:-}" && -f "$out/set.json" ]]; then
	echo "bench: reusing the file set in $out/set" >&2
else
	echo "bench: preparing the file set (what mcpsafe scans, hard-linked)" >&2
	set_flags=()
	[[ -n "$INCLUDE_TESTS" ]] && set_flags+=(-include-tests)
	go run ./bench/scanset -in "$here/corpus" -out "$out/set" "${set_flags[@]}" >"$out/set.json"
fi
jq -r '"bench: \(.files) files, \(.bytes/1048576*10|floor/10) MB, \(.manifests) manifests; left out: \(.left_out | to_entries | map("\(.key) \(.value.files)") | join(", "))"' "$out/set.json" >&2 || true

single=()
for d in npm/@modelcontextprotocol__server-everything@2026.8.31 npm/@modelcontextprotocol__server-filesystem@2026.8.31 npm/@notionhq__notion-mcp-server@2.5.2 go/github.com__grafana__mcp-grafana@v1.6.3 go/github.com__mark3labs__mcp-go@v1.2.1; do
	[[ -d "$out/set/$d" ]] && single+=("$out/set/$d")
done
single_csv="$(IFS=,; echo "${single[*]:-}")"

args=(-set "$out/set" -mcpsafe "$out/mcpsafe" -astgrep "$astgrep" -sgconfig "$here/astgrep/sgconfig.yml"
	-rg "$(command -v rg)" -runs "$RUNS" -deep-runs "$DEEP_RUNS" -jobs "$JOBS" -gen "$out/gen-bin" -gen-dir "$out/gen"
	-scaling "$SCALING" -scaling-runs "$SCALING_RUNS" -scaling-deep-max "$SCALING_DEEP_MAX" -single "$single_csv"
	-json "$out/results.json" -md "$out/results.md")
[[ -n "${BASE:-}" ]] && args+=(-base "$BASE")
[[ -n "${NO_DEEP:-}" ]] && args+=(-no-deep)
[[ -n "$INCLUDE_TESTS" ]] && args+=(-include-tests)
go run ./bench/harness "${args[@]}" "${extra[@]}"
