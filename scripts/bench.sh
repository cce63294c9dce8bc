#!/usr/bin/env bash
# Measure poolcheck's cost on top of type checking (issue 6).
#
#   scripts/bench.sh                      # everything: about 35 min on 2 cores once the dependencies are
#                                         # compiled; a new machine first downloads the four modules and
#                                         # compiles their dependencies (about 15 min more, Gitea's alone 6-8)
#   scripts/bench.sh -modules=small -vet= # a quick look
#   scripts/bench.sh -h                   # all flags
#
# It builds cmd/poolcheck, bench/cmd/noop and bench/forbidigo, pins the
# modules listed in bench/cmd/bench/main.go from the Go module proxy, and
# prints Markdown tables (a full run, without arguments or with -v alone,
# also writes them to bench/results.md). Needs only Go
# and the module proxy. Keep the machine otherwise idle while it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only a full run (no arguments but -v) records its report.
out=bench/results.md
for arg in "$@"; do
	[ "$arg" = -v ] || out=
done
exec go run ./bench/cmd/bench -out="$out" "$@"
