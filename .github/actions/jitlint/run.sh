#!/usr/bin/env bash
# Step of action.yml: runs 'jitlint check' twice over the same inputs: SARIF into JITLINT_SARIF_OUTPUT for
# github/codeql-action/upload-sarif (its exit code is the step's), then Markdown appended to the job summary.
# Outputs: sarif-file, exit-code.
set -uo pipefail

sarif="${JITLINT_SARIF_OUTPUT:?}"

# One path per line, because Intune export folders often have spaces in their names.
paths=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [[ -n "$line" ]] && paths+=("$line")
done <<<"${JITLINT_PATHS:-}"

# ${a[@]+...} keeps an empty array from tripping set -u in the bash 3.2 of macOS runners.
common=(check ${paths[@]+"${paths[@]}"})
[[ -n "${JITLINT_CONFIG:-}" ]] && common+=(--config "$JITLINT_CONFIG")
[[ -n "${JITLINT_BASELINE:-}" ]] && common+=(--baseline "$JITLINT_BASELINE")

sarif_args=(--format sarif --output "$sarif")
[[ -n "${JITLINT_FAIL_ON:-}" ]] && sarif_args+=(--fail-on "$JITLINT_FAIL_ON")
[[ -n "${JITLINT_CATEGORY:-}" ]] && sarif_args+=(--category "$JITLINT_CATEGORY")

jitlint "${common[@]}" "${sarif_args[@]}"
status=$?

# The summary's exit code does not matter: the SARIF run above already decided the step's.
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
  jitlint "${common[@]}" --format markdown --fail-on none >>"$GITHUB_STEP_SUMMARY" || true
fi

{
  echo "sarif-file=$sarif"
  echo "exit-code=$status"
} >>"${GITHUB_OUTPUT:?}"

case $status in
  0) ;;
  1) echo "::error title=JitLint::Findings at or above the fail-on level; see the job summary and the SARIF in $sarif." ;;
  *) echo "::error title=JitLint::jitlint stopped with exit code $status; see the messages above." ;;
esac
exit "$status"
