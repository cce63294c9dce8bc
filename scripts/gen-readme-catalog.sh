#!/usr/bin/env bash
# Regenerates the catalog block of README.md from `poolcheck -catalog`
# (TestCatalog fails when they differ).
set -euo pipefail
cd "$(dirname "$0")/.."
cat=$(go run ./cmd/poolcheck -catalog)
CATALOG="$cat" python3 - <<'PY'
import os, re
s = open("README.md").read()
start = s.index("## Catalog")
open_ = s.index("```\n", start)
close = s.index("```", open_ + 4)
s = s[:open_ + 4] + os.environ["CATALOG"] + "\n" + s[close:]
open("README.md", "w").write(s)
PY
