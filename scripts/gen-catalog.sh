#!/usr/bin/env bash
# Regenerates the catalog block of docs/catalog.md from `poolcheck -catalog`
# (TestCatalog in cmd/poolcheck fails when they differ).
set -euo pipefail
cd "$(dirname "$0")/.."
cat=$(go run ./cmd/poolcheck -catalog)
CATALOG="$cat" python3 - <<'PY'
import os
path = "docs/catalog.md"
s = open(path).read()
open_ = s.index("```\n")
close = s.index("```", open_ + 4)
s = s[:open_ + 4] + os.environ["CATALOG"] + "\n" + s[close:]
open(path, "w").write(s)
PY
