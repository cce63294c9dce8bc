#!/usr/bin/env bash
# Robustness sweep (issue 6): run poolcheck on every module of
# analyzer/testdata/sweep/modules.txt and record
# analyzer/testdata/sweep/results.txt.
#
#   scripts/sweep.sh                  # all modules; about an hour on 2 cores on a new machine
#                                     # (downloads and compiles every dependency), much less after
#   scripts/sweep.sh -only='gorm|sqlx' -out=-   # some modules, table on standard output only
#
# Exits 1 if poolcheck crashed, timed out or failed where the no-op analyzer
# did not. Needs only Go and the module proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/cmd/sweep "$@"
