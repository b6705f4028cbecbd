#!/usr/bin/env bash
# The command the GitHub Action (action.yml) runs in the workflow's working folder: `teipipe validate`
# with GitHub annotations (one ::error/::warning per problem, paths relative to the working folder), and
# optionally a SARIF log written by the same run (--sarif). Inputs arrive as TEIPIPE_* environment
# variables; TEIPIPE_PATHS holds one path per line when it has several lines (so a path may contain
# spaces), else space-separated paths. When teipipe stops before validating (a config or usage error,
# exit 2) without annotating it, the reason becomes an ::error annotation and the SARIF log holds it as its
# one result, so upload-sarif shows the cause instead of failing on an empty file. Exit code: teipipe's.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
teipipe=(node "$here/bin/teipipe.js")
args=(validate --format github)
[ -n "${TEIPIPE_SCHEMA:-}" ] && args+=(--schema "$TEIPIPE_SCHEMA")
[ -n "${TEIPIPE_SCHEMATRON:-}" ] && args+=(--schematron "$TEIPIPE_SCHEMATRON")
[ -n "${TEIPIPE_PHASE:-}" ] && args+=(--phase "$TEIPIPE_PHASE")
[ -n "${TEIPIPE_CONFIG:-}" ] && args+=(--config "$TEIPIPE_CONFIG")
[ -n "${TEIPIPE_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$TEIPIPE_MAX_WARNINGS")
if [ -n "${TEIPIPE_SARIF:-}" ]; then
  rm -f -- "$TEIPIPE_SARIF" # never leave an earlier run's log to be uploaded
  args+=(--sarif "$TEIPIPE_SARIF")
fi
paths=()
if [[ "${TEIPIPE_PATHS:-}" == *$'\n'* ]]; then
  while IFS= read -r line; do
    line="${line%$'\r'}"
    [[ "$line" =~ [^[:space:]] ]] && paths+=("$line")
  done <<< "$TEIPIPE_PATHS"
else
  read -r -a paths <<< "${TEIPIPE_PATHS:-}"
fi
errors="$(mktemp)"
annotations="$(mktemp)"
trap 'rm -f -- "$errors" "$annotations"' EXIT
"${teipipe[@]}" "${args[@]}" -- "${paths[@]}" 2> "$errors" | tee -- "$annotations"
code=${PIPESTATUS[0]}
cat -- "$errors" >&2
# A config file teipipe cannot use is reported by teipipe itself (annotations at its line and column, and the
# SARIF log); any other stop before validating is said here.
if [ "$code" -eq 2 ] && ! grep -q '^::error' -- "$annotations"; then
  # One annotation with the whole reason (GitHub's escapes for %, CR and LF), and a SARIF log that says it.
  TEIPIPE_REASON="$(sed 's/^teipipe: //' -- "$errors")" node -e '
    const reason = process.env.TEIPIPE_REASON.trim() || "teipipe stopped before validating (exit code 2)."
    const escape = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")
    process.stdout.write(`::error title=teipipe could not run::${escape(reason)}\n`)
    const sarif = process.env.TEIPIPE_SARIF
    // The file the reason names (path:line:column), else the config named in the inputs: code scanning wants a location.
    const where = () => {
      const at = /^\s*([^\s:][^:\n]*):(\d+):(\d+)/m.exec(reason)
      const uri = at ? at[1] : process.env.TEIPIPE_CONFIG
      if (!uri) return {}
      return {locations: [{physicalLocation: {artifactLocation: {uri}, ...(at ? {region: {startLine: Number(at[2]), startColumn: Number(at[3])}} : {})}}]}
    }
    if (sarif && !require("node:fs").existsSync(sarif)) {
      const log = {version: "2.1.0", $schema: "https://json.schemastore.org/sarif-2.1.0.json", runs: [{tool: {driver: {name: "teipipe", rules: [{id: "teipipe-not-run", shortDescription: {text: "teipipe stopped before validating: a configuration or usage error"}}]}}, results: [{ruleId: "teipipe-not-run", level: "error", message: {text: reason}, ...where()}]}]}
      require("node:fs").writeFileSync(sarif, JSON.stringify(log, null, 2) + "\n")
    }
  '
fi
exit $code
