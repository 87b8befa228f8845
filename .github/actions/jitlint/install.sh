#!/usr/bin/env bash
# Step of action.yml: installs the jitlint tool into $RUNNER_TEMP/jitlint/tool and puts it on PATH for the
# following steps. With JITLINT_VERSION, from NuGet; without, packed from the action's own checkout.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

tool_path="${RUNNER_TEMP:?}/jitlint/tool"
wanted="${JITLINT_VERSION:-}"
# Away from the workspace: its global.json may pin an SDK older than the tool needs.
cd "$RUNNER_TEMP"

# A job may use the action several times (one category per export); install once.
installed="$("$tool_path/jitlint" --version 2>/dev/null || true)"
if [[ -n "$installed" && ( -z "$wanted" || "$installed" == "$wanted" ) ]]; then
  echo "jitlint $installed is already installed in $tool_path."
else
  if [[ -n "$installed" ]]; then
    dotnet tool uninstall --tool-path "$tool_path" JitLint
  fi

  if [[ -n "$wanted" ]]; then
    dotnet tool install --tool-path "$tool_path" JitLint --version "$wanted"
  else
    packages="$RUNNER_TEMP/jitlint/packages"
    rm -rf "$packages"
    dotnet pack "${GITHUB_ACTION_PATH:?}/src/JitLint.Cli" -c Release -o "$packages"
    package="$(basename "$(ls "$packages"/JitLint.*.nupkg)" .nupkg)"
    # Pin the version just packed, so that a package of the same name on another feed cannot win.
    dotnet tool install --tool-path "$tool_path" --add-source "$packages" JitLint --version "${package#JitLint.}"
  fi
fi

echo "$tool_path" >>"${GITHUB_PATH:?}"
