#!/usr/bin/env bash
# Step of action.yml: tells whether actions/setup-dotnet must run, because no .NET SDK of the major version
# JitLint targets is installed. Writes needed=true or needed=false to $GITHUB_OUTPUT.
set -euo pipefail

major="${JITLINT_DOTNET_MAJOR:?}"
# Run from the temporary folder: a global.json in the workspace could make 'dotnet' refuse to start.
cd "${RUNNER_TEMP:?}"
sdks="$(dotnet --list-sdks 2>/dev/null || true)"
if found="$(grep "^${major}\." <<<"$sdks")"; then
  echo "A .NET ${major} SDK is installed: $(tail -n 1 <<<"$found")"
  echo "needed=false" >>"${GITHUB_OUTPUT:?}"
else
  echo "No .NET ${major} SDK found; actions/setup-dotnet will install one."
  echo "needed=true" >>"${GITHUB_OUTPUT:?}"
fi
