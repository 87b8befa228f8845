#!/usr/bin/env bash
# End-to-end benchmark of issue 7: `jitlint check` with every rule and SARIF output against a bare parse of the
# same files (read + JsonDocument.Parse, in parallel: benchmarks/bare-parse), alternately, in the same run.
#
#   bash benchmarks/run-e2e.sh            # 1k, 10k and 30k files, 5 runs of each tool per corpus
#   RUNS=9 SIZES="1000 10000" bash benchmarks/run-e2e.sh
#   LAYOUT=intunebackupandrestore bash benchmarks/run-e2e.sh   # the same objects, assignments in side files
#   SUPPRESSIONS=200 bash benchmarks/run-e2e.sh                # with a jitlint.json of 200 suppressions
#
# Environment:
#   RUNS          runs of each tool per corpus (default 5); the table shows medians
#   SIZES         corpus sizes in objects (default "1000 10000 30000"): one file each, two with LAYOUT=intunebackupandrestore
#   LAYOUT        graph (default: gen-corpus.py's one object per file, assignments inline) or intunebackupandrestore
#                 (benchmarks/backup-layout.py: assignments in <Type>/Assignments/ side files, joined by name or ID)
#   CORPUS_DIR    where generated corpora are cached between runs (default ${TMPDIR:-/tmp}/jitlint-corpora)
#   GEN_CORPUS    the corpus generator (default ../shared/tools/gen-corpus.py beside the repository)
#   SUPPRESSIONS  with N > 0, jitlint runs with --config and a jitlint.json of N suppressions beside each corpus
#                 (seeded: nine in ten name one file of the corpus, one in ten a wildcard glob)
#   BUILD         how jitlint is published: native (default: Native AOT, what `dotnet publish -r RID` gives),
#                 readytorun (the ReadyToRun build, which loads rule packs) or jit (neither: what the tool package runs)
#   BARE_BUILD    how the bare parse is published: readytorun (default, the issue's reference figures), native or jit
#   WORK_DIR      published binaries and raw samples (default ${TMPDIR:-/tmp}/jitlint-e2e)
#
# Needs the .NET SDK, python3, GNU time (/usr/bin/time, for peak RSS) and, for a native build, clang or gcc. When
# GNU time is missing and this runs as root, it is installed with apt-get (Debian package "time"); otherwise install
# it yourself.
# Idempotent: corpora are generated once (into a temporary folder, then renamed), binaries are republished
# incrementally, and nothing in the repository is written.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-5}"
sizes="${SIZES:-1000 10000 30000}"
layout="${LAYOUT:-graph}"
suppressions="${SUPPRESSIONS:-0}"
corpus_dir="${CORPUS_DIR:-${TMPDIR:-/tmp}/jitlint-corpora}"
gen_corpus="${GEN_CORPUS:-$repo/../shared/tools/gen-corpus.py}"
build="${BUILD:-native}"
bare_build="${BARE_BUILD:-readytorun}"
work="${WORK_DIR:-${TMPDIR:-/tmp}/jitlint-e2e}"
sample="$repo/testdata/tenants/contoso/deviceConfigurations/iOS - Enterprise SSO (JIT).json"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "GNU time is missing: installing the Debian package 'time' with apt-get" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null
  else
    echo "GNU time (/usr/bin/time) is needed for peak memory; install the 'time' package" >&2
    exit 1
  fi
fi
[[ -f "$gen_corpus" ]] || { echo "corpus generator not found: $gen_corpus (set GEN_CORPUS)" >&2; exit 1; }
[[ $layout == graph || $layout == intunebackupandrestore ]] || { echo "unknown LAYOUT: $layout" >&2; exit 1; }
[[ -z ${READY_TO_RUN:-} ]] || { echo "READY_TO_RUN is gone: set BUILD=readytorun or BUILD=jit" >&2; exit 1; }
for kind in "$build" "$bare_build"; do
  [[ $kind == native || $kind == readytorun || $kind == jit ]] || { echo "unknown build: $kind" >&2; exit 1; }
done
mkdir -p "$corpus_dir" "$work"

# --- corpora: gen-corpus.py --files N --seed 1, cached; the answers file lands beside each directory.
for n in $sizes; do
  dir="$corpus_dir/files-$n"
  if [[ ! -d "$dir" ]]; then
    tmp="$corpus_dir/.files-$n.tmp"
    rm -rf "$tmp" "$tmp.answers.json"
    python3 "$gen_corpus" --files "$n" --seed 1 --out "$tmp" >&2
    mv "$tmp.answers.json" "$dir.answers.json"
    mv "$tmp" "$dir"
  fi
  if [[ $layout != graph && ! -d "$dir-$layout" ]]; then
    rm -rf "$dir-$layout.tmp"
    python3 "$repo/benchmarks/backup-layout.py" "$dir" "$dir-$layout.tmp"
    mv "$dir-$layout.tmp" "$dir-$layout"
  fi
done
corpus() { # size
  if [[ $layout == graph ]]; then echo "$corpus_dir/files-$1"; else echo "$corpus_dir/files-$1-$layout"; fi
}

# --- publish both tools, once per run of this script; a native publish needs a C toolchain (clang or gcc).
publish() { # project output build
  local aot=false r2r=false
  [[ $3 == native ]] && aot=true
  [[ $3 == readytorun ]] && r2r=true
  rm -rf "$2"
  dotnet publish "$repo/$1" -c Release -r linux-x64 --self-contained "$aot" \
    -p:PublishAot="$aot" -p:PublishReadyToRun="$r2r" -o "$2" -v quiet -nologo >&2
}
publish src/JitLint.Cli/JitLint.Cli.csproj "$work/jitlint" "$build"
publish benchmarks/bare-parse/BareParse.csproj "$work/bare-parse" "$bare_build"
jitlint="$work/jitlint/jitlint"
bare="$work/bare-parse/bare-parse"

# One single-file folder, so that bare-parse's start-up can be measured beside jitlint's.
single="$work/single-file"
rm -rf "$single" && mkdir -p "$single" && cp "$sample" "$single/sample.json"

samples="$work/samples.tsv"
: >"$samples"

measure() { # label tool command...
  local label="$1" tool="$2" out="$work/time.out"
  shift 2
  if ! /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >/dev/null 2>"$work/stderr.out"; then
    echo "failed: $*" >&2
    cat "$work/stderr.out" >&2
    exit 1
  fi
  read -r wall rss user sys <"$out"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$tool" "$wall" "$rss" "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" >>"$samples"
}

sarif_args=(--format sarif --output "$work/report.sarif" --fail-on none)

# A configuration of N suppressions of JIT102 (the rule with most findings), in the folder that holds the corpus, so
# that its globs are relative to it.
suppression_config() { # corpus-directory
  local config="$(dirname "$1")/jitlint-$(basename "$1")-$suppressions-suppressions.json"
  python3 - "$1" "$suppressions" "$config" <<'PY'
import json, os, random, sys
corpus, count, config = sys.argv[1], int(sys.argv[2]), sys.argv[3]
name = os.path.basename(corpus)
files = sorted(os.path.relpath(os.path.join(folder, file), os.path.dirname(corpus))
               for folder, _, names in os.walk(corpus) for file in names if file.endswith(".json"))
rng = random.Random(1)
entries = [{"rule": "JIT102",
            "files": f"{name}/DeviceConfiguration/*_{i}_*.json" if i % 10 == 9 else rng.choice(files),
            "justification": f"benchmark {i}"} for i in range(count)]
json.dump({"suppressions": entries}, open(config, "w"), indent=2)
PY
  echo "$config"
}

for n in $sizes; do
  dir="$(corpus "$n")"
  args=("${sarif_args[@]}")
  [[ $suppressions -gt 0 ]] && args+=(--config "$(suppression_config "$dir")")
  echo "corpus of $n objects ($layout layout): ${runs} runs of each tool, alternating" >&2
  # One discarded run of each, so that both find the files in the page cache.
  "$bare" "$dir" >/dev/null
  "$jitlint" check "$dir" "${args[@]}" >/dev/null
  for ((i = 0; i < runs; i++)); do
    measure "$n" bare "$bare" "$dir"
    measure "$n" jitlint "$jitlint" check "$dir" "${args[@]}"
  done
done

echo "start-up: one small file, ${runs} runs of each tool, alternating" >&2
"$bare" "$single" >/dev/null
"$jitlint" check "$sample" --fail-on none >/dev/null
for ((i = 0; i < runs; i++)); do
  measure startup bare "$bare" "$single"
  measure startup jitlint "$jitlint" check "$sample" --fail-on none
done

# --- the table: medians of wall time, peak RSS and CPU time (user + system) per corpus and tool.
median() { # label tool column
  awk -F'\t' -v l="$1" -v t="$2" -v c="$3" '$1 == l && $2 == t { print $c }' "$samples" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo
echo "Medians of $runs runs; layout: $layout; suppressions: $suppressions; jitlint: $build build; bare parse: $bare_build build; $(nproc) cores; $(dotnet --version)."
echo
echo "| corpus | MB on disk | bare parse (s) | jitlint (s) | ratio | target | bare peak (MB) | jitlint peak (MB) | bare CPU (s) | jitlint CPU (s) |"
echo "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|"
for label in $sizes startup; do
  bare_wall=$(median "$label" bare 3) jit_wall=$(median "$label" jitlint 3)
  bare_rss=$(median "$label" bare 4) jit_rss=$(median "$label" jitlint 4)
  bare_cpu=$(median "$label" bare 5) jit_cpu=$(median "$label" jitlint 5)
  if [[ $label == startup ]]; then
    name="1 file (start-up)" bytes=$(du -sb "$sample" | cut -f1)
    target=$(awk -v w="$jit_wall" 'BEGIN { print (w < 0.25 ? "< 0.25 s: met" : "< 0.25 s: not met") }')
  else
    name="$label files" bytes=$(du -sb "$(corpus "$label")" | cut -f1)
    [[ $layout == graph ]] || name="$label objects, $(find "$(corpus "$label")" -name '*.json' | wc -l) files"
    # The issue's ratio targets are set for the graph layout without a configuration; any run must grow linearly.
    case $layout-$suppressions-$label in
      graph-0-1000) limit=3 ;;
      graph-0-10000) limit=2 ;;
      *) limit= ;;
    esac
    if [[ -n $limit ]]; then
      target=$(awk -v j="$jit_wall" -v b="$bare_wall" -v l="$limit" -v m="$jit_rss" -v n="$label" \
        'BEGIN { ok = j <= l * b && (n != 10000 || m < 300 * 1024); printf "<= %sx%s: %s", l, (n == 10000 ? ", < 300 MB" : ""), (ok ? "met" : "not met") }')
    else
      target="linear growth"
    fi
  fi
  awk -v name="$name" -v bytes="$bytes" -v bw="$bare_wall" -v jw="$jit_wall" -v t="$target" -v br="$bare_rss" -v jr="$jit_rss" -v bc="$bare_cpu" -v jc="$jit_cpu" \
    'BEGIN { ratio = bw > 0 ? sprintf("%.1fx", jw / bw) : "-"  # GNU time has 10 ms steps: a native start-up can read 0.00 s
             printf "| %s | %.3g | %.2f | %.2f | %s | %s | %.0f | %.0f | %.2f | %.2f |\n", name, bytes / 1e6, bw, jw, ratio, t, br / 1024, jr / 1024, bc, jc }'
done
echo
echo "Raw samples (corpus, tool, wall s, peak KB, CPU s): $samples" >&2
