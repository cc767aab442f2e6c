#!/usr/bin/env bash
# Fetch the benchmark corpus: the pinned npm packages of bench/corpus-npm.txt
# (npm pack: the published tarball, no install, no lifecycle scripts) and the
# pinned Go modules of bench/corpus-go.txt (go mod download: the module zip,
# nothing built), unpacked under bench/corpus/ (gitignored, never
# committed). Nothing fetched here is ever run: the benchmark only scans it.
#
#   bench/corpus.sh            fetch what is missing
#   bench/corpus.sh --clean    start again from nothing
#   NPM_LIST=f GO_LIST=g bench/corpus.sh   other pinned lists (bench/precision.sh)
#
# Needs npm, go, tar and unzip. Re-running is cheap: unpacked packages are
# kept.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="${CORPUS_DIR:-$here/corpus}"
if [[ "${1:-}" == "--clean" ]]; then
	chmod -R u+w "$corpus" 2>/dev/null || true
	rm -rf "$corpus"
fi
mkdir -p "$corpus/npm" "$corpus/go" "$corpus/.cache/npm"
# The corpus holds Go files of other modules: a go.mod of its own keeps
# them out of this module's ./... (go vet, go test).
[[ -f "$corpus/go.mod" ]] || printf 'module benchcorpus\n' >"$corpus/go.mod"

# list FILE: the non-comment, non-blank lines.
list() { grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$1"; }

# npm: name@version → corpus/npm/<name with / as __>@version/
npm_failed=0
while read -r spec; do
	name="${spec%@*}"
	version="${spec##*@}"
	dir="$corpus/npm/${name//\//__}@$version"
	[[ -d "$dir" ]] && continue
	tgz_dir="$corpus/.cache/npm/${name//\//__}@$version"
	mkdir -p "$tgz_dir"
	if ! tgz="$(cd "$tgz_dir" && npm pack "$spec" --ignore-scripts --silent 2>/dev/null | tail -n 1)" || [[ -z "$tgz" ]]; then
		echo "corpus: npm pack $spec failed" >&2
		npm_failed=$((npm_failed + 1))
		continue
	fi
	tmp="$dir.tmp"
	rm -rf "$tmp" && mkdir -p "$tmp"
	# Tarballs hold package/...; GNU tar refuses absolute names and "..".
	tar -xzf "$tgz_dir/$tgz" -C "$tmp" --no-same-owner --no-same-permissions
	if [[ -d "$tmp/package" ]]; then
		mv "$tmp/package" "$dir" && rm -rf "$tmp"
	else
		mv "$tmp" "$dir"
	fi
	echo "corpus: npm $spec"
done < <(list "${NPM_LIST:-$here/corpus-npm.txt}")

# Go: module@version → corpus/go/<module with / as __>@version/
export GOMODCACHE="$corpus/.cache/gomod" GOFLAGS=-mod=mod GOTOOLCHAIN=local
go_failed=0
while read -r spec; do
	mod="${spec%@*}"
	version="${spec##*@}"
	dir="$corpus/go/${mod//\//__}@$version"
	[[ -d "$dir" ]] && continue
	# go mod download fetches the zip even when the module's go.mod asks
	# for a newer Go than this one (it then reports an error we ignore: we
	# only read the zip).
	zip="$(cd "$corpus" && go mod download -json "$spec" 2>/dev/null | sed -n 's/^[[:space:]]*"Zip": "\(.*\)",\{0,1\}$/\1/p' | head -n 1)" || true
	if [[ -z "$zip" || ! -f "$zip" ]]; then
		echo "corpus: go mod download $spec failed" >&2
		go_failed=$((go_failed + 1))
		continue
	fi
	tmp="$dir.tmp"
	rm -rf "$tmp" && mkdir -p "$tmp"
	unzip -q -o "$zip" -d "$tmp"
	# Module zips hold <module>@<version>/...
	inner="$tmp/$mod@$version"
	if [[ -d "$inner" ]]; then
		mv "$inner" "$dir" && rm -rf "$tmp"
	else
		mv "$tmp" "$dir"
	fi
	chmod -R u+w "$dir"
	echo "corpus: go $spec"
done < <(list "${GO_LIST:-$here/corpus-go.txt}")

n_npm=$(find "$corpus/npm" -mindepth 1 -maxdepth 1 -type d | wc -l)
n_go=$(find "$corpus/go" -mindepth 1 -maxdepth 1 -type d | wc -l)
bytes=$(find "$corpus/npm" "$corpus/go" -type f \( -name '*.py' -o -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' -o -name '*.tsx' -o -name '*.go' \) -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1048576}')
echo "corpus: $n_npm npm packages, $n_go Go modules, $bytes MB of Python/JS/TS/Go files in $corpus"
if ((npm_failed + go_failed > 0)); then
	echo "corpus: $npm_failed npm and $go_failed Go fetches failed" >&2
	exit 1
fi
