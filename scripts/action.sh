#!/usr/bin/env bash
# The command the GitHub Action (action.yml) runs in the workflow's working folder: `teipipe validate`
# with GitHub annotations (one ::error/::warning per problem, paths relative to the working folder), and
# optionally a SARIF log. Inputs arrive as TEIPIPE_* environment variables. Exit code: teipipe's.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
teipipe=(node "$here/bin/teipipe.js")
args=(validate)
[ -n "${TEIPIPE_SCHEMA:-}" ] && args+=(--schema "$TEIPIPE_SCHEMA")
[ -n "${TEIPIPE_SCHEMATRON:-}" ] && args+=(--schematron "$TEIPIPE_SCHEMATRON")
[ -n "${TEIPIPE_PHASE:-}" ] && args+=(--phase "$TEIPIPE_PHASE")
[ -n "${TEIPIPE_CONFIG:-}" ] && args+=(--config "$TEIPIPE_CONFIG")
[ -n "${TEIPIPE_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$TEIPIPE_MAX_WARNINGS")
read -r -a paths <<< "${TEIPIPE_PATHS:-}"
"${teipipe[@]}" "${args[@]}" --format github "${paths[@]}"
code=$?
if [ -n "${TEIPIPE_SARIF:-}" ]; then
  "${teipipe[@]}" "${args[@]}" --format sarif "${paths[@]}" > "$TEIPIPE_SARIF" || true
fi
exit $code
