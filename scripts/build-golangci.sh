#!/usr/bin/env bash
# Builds golangci-lint with the poolcheck module plugin compiled in, offline.
#
# `golangci-lint custom` always git-clones golangci-lint from the web; the only
# network our machines have is the Go module proxy. So this script does what
# `custom` does, from the module proxy instead:
#   1. go mod download github.com/golangci/golangci-lint/v2@$GOLANGCI_VERSION
#   2. copy the module out of the (read-only) module cache
#   3. overwrite cmd/golangci-lint/plugins.go with a blank import of our plugin
#   4. go mod edit -replace our module => this checkout
#   5. go build
#
# The binary is cached under
#   ${POOLCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/poolcheck}/golangci-lint-<version>-<hash>
# where <hash> is a content hash of every non-test Go file of this module that
# the plugin links in, go.mod, go.sum, this script and the Go toolchain version.
# The same hash goes into main.version: golangci-lint salts its result cache
# with the version string, so a changed plugin invalidates cached results.
#
# Usage: scripts/build-golangci.sh [-f|--force] [--print-hash]
#   -f, --force    rebuild even if the cached binary exists
#   --print-hash   print the content hash and exit
# Environment: POOLCHECK_CACHE (see above), POOLCHECK_CACHE_KEEP (binaries
# kept in the cache, default 3), CGO_ENABLED (default 0, like the releases).
# The last line on stdout is the binary's absolute path; progress goes to stderr.
set -euo pipefail

GOLANGCI_MODULE=github.com/golangci/golangci-lint/v2
GOLANGCI_VERSION=2.15.0
POOLCHECK_MODULE=github.com/poolcheck/poolcheck
PLUGIN_IMPORT=$POOLCHECK_MODULE/plugin

die() { echo "build-golangci: error: $*" >&2; exit 1; }
log() { echo "build-golangci: $*" >&2; }

force=false
print_hash=false
for arg in "$@"; do
	case $arg in
	-f | --force) force=true ;;
	--print-hash) print_hash=true ;;
	-h | --help)
		sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}" >&2
		exit 0
		;;
	*) die "unknown argument '$arg' (try --help)" ;;
	esac
done

command -v go >/dev/null 2>&1 || die "go is not on PATH"
command -v sha256sum >/dev/null 2>&1 || die "sha256sum is not on PATH"

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$script_dir/.." && pwd -P)
[[ -f $root/go.mod ]] || die "no go.mod in $root (the script must live in <repo>/scripts)"
mod_path=$(cd "$root" && GOWORK=off go list -m -f '{{.Path}}') || die "cannot read the module path of $root"
[[ $mod_path == "$POOLCHECK_MODULE" ]] || die "$root is module $mod_path, want $POOLCHECK_MODULE"

# --- content hash -----------------------------------------------------------
# The files of this module that end up in the binary: the plugin package and
# every package of this module it imports (analyzer, any internal helpers).
# go list only parses imports, so this works even while a package does not
# compile; the build below reports that.
# shellcheck disable=SC2016 # $d is a template variable, not a shell one
list_files() {
	local tmpl='{{if and .Module (eq .Module.Path "'$POOLCHECK_MODULE'")}}'
	tmpl+='{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}'
	tmpl+='{{range .CgoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}'
	tmpl+='{{range .EmbedFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{end}}'
	(cd "$root" && GOWORK=off go list -deps -f "$tmpl" "./plugin")
}
files=$(list_files) || die "go list ./plugin failed in $root (see above)"
[[ -n $files ]] || die "go list found no source files for $PLUGIN_IMPORT"

hash=$(
	{
		echo "golangci-lint $GOLANGCI_VERSION"
		go env GOVERSION GOOS GOARCH
		sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1
		cd "$root"
		{
			while IFS= read -r f; do echo "${f#"$root"/}"; done <<<"$files"
			echo go.mod
			if [[ -f go.sum ]]; then echo go.sum; fi
		} | LC_ALL=C sort -u | while IFS= read -r f; do sha256sum -- "$f"; done
	} | sha256sum | cut -c1-12
)
if $print_hash; then
	echo "$hash"
	exit 0
fi

cache=${POOLCHECK_CACHE:-${XDG_CACHE_HOME:-${HOME:?is not set: set POOLCHECK_CACHE}/.cache}/poolcheck}
mkdir -p "$cache" || die "cannot create cache dir $cache"
cache=$(cd "$cache" && pwd -P)
out=$cache/golangci-lint-$GOLANGCI_VERSION-$hash

# Serialise concurrent builds (parallel test binaries, two shells).
if command -v flock >/dev/null 2>&1; then
	exec 9>"$cache/.build.lock"
	flock 9 || die "cannot lock $cache/.build.lock"
fi

if [[ -x $out ]] && ! $force; then
	log "cached: $out"
	echo "$out"
	exit 0
fi

# --- build ------------------------------------------------------------------
start=$(date +%s)
log "building golangci-lint $GOLANGCI_VERSION with $PLUGIN_IMPORT (hash $hash); the first build takes several minutes"

dl=$(GOWORK=off GOFLAGS=-mod=mod go mod download -json "$GOLANGCI_MODULE@v$GOLANGCI_VERSION") ||
	die "go mod download $GOLANGCI_MODULE@v$GOLANGCI_VERSION failed (is the module proxy reachable? GOPROXY=$(go env GOPROXY))"
src=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$dl")
[[ -n $src && -d $src ]] || die "go mod download printed no module directory:"$'\n'"$dl"

work=$(mktemp -d "${TMPDIR:-/tmp}/poolcheck-golangci.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$src" "$work/golangci-lint"
chmod -R u+w "$work/golangci-lint"
cd "$work/golangci-lint"

plugins=cmd/golangci-lint/plugins.go
[[ -f $plugins ]] || die "$plugins not found in $GOLANGCI_MODULE@v$GOLANGCI_VERSION: the layout changed, update this script"
cat >"$plugins" <<EOF
package main

// Written by poolcheck's scripts/build-golangci.sh.
import _ "$PLUGIN_IMPORT"
EOF

export GOWORK=off GOFLAGS="-mod=mod -buildvcs=false" CGO_ENABLED=${CGO_ENABLED:-0}
go mod edit \
	-replace "$POOLCHECK_MODULE=$root" \
	-require "$POOLCHECK_MODULE@v0.0.0-00010101000000-000000000000" ||
	die "go mod edit failed"

# main.date must be set too: without it golangci-lint replaces main.version by
# the module version from the build info, "(devel)" for a local build.
version="$GOLANGCI_VERSION-custom-$hash"
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
go build -trimpath \
	-ldflags "-s -w -X main.version=$version -X main.commit=poolcheck-$hash -X main.date=$date" \
	-o "$out.tmp.$$" ./cmd/golangci-lint ||
	{ rm -f "$out.tmp.$$"; die "go build of golangci-lint with the plugin failed (see above)"; }
mv -f "$out.tmp.$$" "$out"

# Each plugin change leaves a ~40 MB binary: keep the newest few (other
# checkouts may still use theirs).
keep=${POOLCHECK_CACHE_KEEP:-3}
# shellcheck disable=SC2010 # the names are ours: golangci-lint-<version>-<hex>
ls -1t "$cache"/golangci-lint-"$GOLANGCI_VERSION"-* 2>/dev/null | grep -v '\.tmp\.' |
	tail -n +"$((keep + 1))" | while IFS= read -r old; do rm -f -- "$old"; done || true

log "built $out in $(($(date +%s) - start))s"
echo "$out"
