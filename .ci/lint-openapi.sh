#!/usr/bin/env bash
# Lints Vaksam's OpenAPI document with Redocly CLI (rules in redocly.yaml). The document is the one
# the running application publishes: OpenApiDocumentTests exports it to target/openapi.json and
# keeps docs/openapi.json equal to it. Runs in `./mvnw verify` (phase verify) and needs node and
# npm; Redocly CLI is installed once into ~/.cache/vaksam (or $VAKSAM_TOOLS). Set
# VAKSAM_SKIP_LINT=1 to skip it.
set -euo pipefail

VERSION=2.77.0
cd "$(dirname "$0")/.."

if [ "${VAKSAM_SKIP_LINT:-}" = "1" ]; then
  echo "OpenAPI lint: skipped (VAKSAM_SKIP_LINT=1)"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "OpenAPI lint: npm not found; install Node.js and npm" >&2
  exit 1
fi

TOOLS="${VAKSAM_TOOLS:-$HOME/.cache/vaksam}/redocly-cli-$VERSION"
if [ ! -x "$TOOLS/node_modules/.bin/redocly" ]; then
  echo "OpenAPI lint: installing @redocly/cli@$VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error --save-exact "@redocly/cli@$VERSION"
fi

DOCUMENT=target/openapi.json
[ -f "$DOCUMENT" ] || DOCUMENT=docs/openapi.json
echo "OpenAPI lint: redocly lint $DOCUMENT"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$TOOLS/node_modules/.bin/redocly" lint --config redocly.yaml "$DOCUMENT"
