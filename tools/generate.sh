#!/usr/bin/env bash
# Compile SPEC into the package directory OUT with the pinned openapi-python-client.
# Used by `make generate` (into generated/) and `make check-generated` (into a temporary directory),
# so both produce the same bytes. Any generator warning (an endpoint it could not render) fails.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SPEC OUT" >&2; exit 2; }
spec=$1 out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
export PARLEY_ROOT=$here
PARLEY_SPEC=$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")
export PARLEY_SPEC
rm -rf "$out"
openapi-python-client generate --path "$spec" --config "$here/generator-config.yaml" \
  --custom-template-path "$here/tools/templates" --meta none --output-path "$out" --fail-on-warning
# --meta none writes no py.typed; without it mypy would not read the package's annotations.
touch "$out/py.typed"
