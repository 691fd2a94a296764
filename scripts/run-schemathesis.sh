#!/usr/bin/env bash
# Fuzzes every operation of the committed openapi.yaml against the live API (real PostgreSQL,
# every integration pointed at its local test server), authenticated by
# scripts/schemathesis-hooks.py. Bounded for CI on 2 cores: a fixed seed and a few examples per
# operation. Any failure is a server bug to fix, not a check to switch off.
#
#   TEST_DATABASE_URL=postgres://... scripts/run-schemathesis.sh [extra st args]
# Env: FUZZ_MAX_EXAMPLES (default 15), FUZZ_SEED (default 20260101), FUZZ_WORKERS (default 1),
#      PYTHON (default .venv/bin/python when present), RAPIDCALL_SERVER=dist for the built server.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_DATABASE_URL:?TEST_DATABASE_URL must point at a PostgreSQL database}"
ROOT=$PWD
PYTHON=$(command -v "${PYTHON:-$( [ -x .venv/bin/python ] && echo "$ROOT/.venv/bin/python" || echo python3 )}")
ST="$(dirname "$PYTHON")/st"
[ -x "$ST" ] || ST=$(command -v st)
# st keeps a crash cache in ./.schemathesis: run it from the (git-ignored) report directory.
REPORT_DIR=${FUZZ_REPORT_DIR:-.scratch/schemathesis}
mkdir -p "$REPORT_DIR" && cd "$REPORT_DIR"

export SCHEMATHESIS_HOOKS="$ROOT/scripts/schemathesis-hooks.py"
# The examples phase sends the spec's own examples; coverage walks each schema's edges
# (boundaries, missing fields, wrong types); fuzzing adds random cases. No stateful phase: the
# spec declares no links, and the hooks already give every path real ids.
# bash -c: the base URL (a free port) is only known once the harness has started the API.
# These three call an outside service (an LLM, a TTS provider) that the fuzz run does not provide:
# they answer their documented 502/503 (integration_not_configured, provider_error), which
# `not_a_server_error` would count as failures. They run separately with every other check.
UPSTREAM='^(previewVoice|generateAgentPrompt|autoEvaluateCall)$'
fuzz() {
  local doc=$1
  shift
  "$PYTHON" "$ROOT/tests/contract/harness.py" -- bash -c 'exec "$@" --url "$RAPIDCALL_BASE_URL"' _ \
    "$ST" run "$ROOT/$doc" \
    --phases examples,coverage,fuzzing \
    --max-examples "${FUZZ_MAX_EXAMPLES:-15}" \
    --seed "${FUZZ_SEED:-20260101}" \
    --workers "${FUZZ_WORKERS:-1}" \
    --request-timeout 15 \
    --report junit --report-dir . \
    "$@"
}
CHECKS=response_schema_conformance,status_code_conformance,content_type_conformance
fuzz openapi.yaml --checks "not_a_server_error,$CHECKS" --exclude-operation-id-regex "$UPSTREAM" "$@"
fuzz openapi.yaml --checks "$CHECKS" --include-operation-id-regex "$UPSTREAM" "$@"
# The dashboard-compatible surface (DASHBOARD_COMPAT_PREFIX, /legacy by default), its own document.
COMPAT_UPSTREAM='^(dashboardTtsPreview|dashboardGeneratePrompt|dashboardAutoEvaluate)$'
fuzz openapi-dashboard-compat.yaml --checks "not_a_server_error,$CHECKS" --exclude-operation-id-regex "$COMPAT_UPSTREAM" "$@"
fuzz openapi-dashboard-compat.yaml --checks "$CHECKS" --include-operation-id-regex "$COMPAT_UPSTREAM" "$@"
