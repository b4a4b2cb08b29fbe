#!/usr/bin/env bash
# Reform.Site benchmark: reform-site vs Hugo vs `cp -r` on the same synthetic data.
#
#   bench/run.sh [sizes...]        sizes = numbers of initiatives; default: 1000 10000
#   bench/run.sh --report          print the table of the last run again
#
# Environment (all optional):
#   BENCH_CACHE=DIR           data sets, outputs and logs (default bench/.cache, git-ignored)
#   BENCH_REPEAT=N            runs per case, best and median reported (default 3; 1 above 10000)
#   BENCH_TIMEOUT=SECONDS     limit per run (default 900); a run over it is reported as TIMEOUT
#   BENCH_REBUILD_SIZE=N      size at which the rebuild cases run (default 10000)
#   BENCH_REBUILD_REPEAT=N    at most N runs per rebuild case (default 2)
#   BENCH_HUGO_REBUILDS=1     also time Hugo on the same three rebuild cases
#   BENCH_HUGO_MAX=N          time Hugo only at sizes up to N (Hugo holds the whole site in memory,
#                             2.5 GB at 10000 initiatives and growing with the site)
#   BENCH_SEED=S              generator seed (default 20240601)
#   BENCH_FIVE=0              skip the five-city cases (the shipped data/, default options)
#   BENCH_FIVE_REPEAT=N       runs per five-city case (default 5)
#   BENCH_OUT=DIR             where the builds write their output (default: /dev/shm/reform-bench
#                             when /dev/shm is a tmpfs, else BENCH_CACHE/work); see bench/README.md
#
# See bench/README.md for what is measured and what differs between the two sides.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
CACHE="${BENCH_CACHE:-$HERE/.cache}"
TIMEOUT="${BENCH_TIMEOUT:-900}"
REBUILD_SIZE="${BENCH_REBUILD_SIZE:-10000}"
HUGO_REBUILDS="${BENCH_HUGO_REBUILDS:-0}"
HUGO_MAX="${BENCH_HUGO_MAX:-1000000}"
SEED="${BENCH_SEED:-20240601}"
WORK="$CACHE/work"
# Outputs go to a tmpfs by default. On this machine's ext4, creating tens of thousands of files
# right after deleting the previous run's tens of thousands (which every cold-build case does)
# is slowed by the kernel's search past recently deleted inodes (perf: recently_deleted in
# ext4_create/ext4_mkdir), by an amount that depends on how long ago the delete was. That hit
# whichever tool ran next and made the timings noisy; a tmpfs measures the tools, not that.
if [ -z "${BENCH_OUT:-}" ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null || true)" = tmpfs ]; then BENCH_OUT=/dev/shm/reform-bench; fi
OUTROOT="${BENCH_OUT:-$WORK}"
LOGS="$CACHE/logs"
RESULTS="$CACHE/results.tsv"
REPORT="$CACHE/results.md"

if [ $# -eq 0 ]; then set -- 1000 10000; fi
[ "$1" = "--report" ] || for n in "$@"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]] || (( n < 100 || n > 1000000 )); then
    echo "run.sh: a size is a number of initiatives from 100 to 1000000, not '$n'" >&2; exit 2
  fi
done
if [ -n "${BENCH_REPEAT:-}" ] && ! { [[ "$BENCH_REPEAT" =~ ^[0-9]+$ ]] && (( BENCH_REPEAT >= 1 && BENCH_REPEAT <= 20 )); }; then
  echo "run.sh: BENCH_REPEAT must be 1..20" >&2; exit 2
fi

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

repeat_for() { # size → runs per case
  if ! [[ "$1" =~ ^[0-9]+$ ]]; then echo "${BENCH_FIVE_REPEAT:-5}"
  elif [ -n "${BENCH_REPEAT:-}" ]; then echo "$BENCH_REPEAT"; elif (( $1 > 10000 )); then echo 1; else echo 3; fi
}
REBUILD_REPEAT="${BENCH_REBUILD_REPEAT:-2}"

# The Markdown report from results.tsv and env.md (also: `run.sh --report` reprints the last one).
report() {
  echo "## Reform.Site benchmark"
  echo
  cat "$ENV_MD" 2>/dev/null || true
  echo
  echo "| initiatives | case | tool | wall s (best) | wall s (median) | CPU s (median) | ms/page | peak RSS MB | peak MB, all processes | output bytes | pages | runs | wall ratio reform-site/Hugo | wall ratio reform-site/cp |"
  echo "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '
    { rows[NR] = $0; key = $1 SUBSEP $2 SUBSEP $3; best[key] = $5 }
    END {
      for (i = 1; i <= NR; i++) {
        split(rows[i], f, "\t")
        size = f[1]; c = f[2]; tool = f[3]; status = f[4]
        if (status != "ok") {
          printf "| %s | %s | %s | %s | | | | %s | | | | %s | | |\n", size, c, tool, status, (f[8] > 0 ? sprintf("%.0f", f[8] / 1024) : ""), f[11]
          continue
        }
        ms = (f[10] > 0) ? sprintf("%.2f", f[5] * 1000 / f[10]) : ""
        rh = ""; rc = ""
        if (tool == "reform-site" && c != "validate") {
          h = best[size SUBSEP c SUBSEP "hugo"]; hc = best[size SUBSEP "full build" SUBSEP "hugo"]
          if (h != "" && h > 0) rh = sprintf("%.2f", f[5] / h)
          else if (hc != "" && hc > 0) rh = sprintf("%.2f (vs Hugo full build)", f[5] / hc)
          cp = best[size SUBSEP "copy of reform-site output (floor)" SUBSEP "cp -r"]
          if (cp != "" && cp > 0) rc = sprintf("%.1f", f[5] / cp)
        }
        printf "| %s | %s | %s | %s | %s | %s | %s | %.0f | %.0f | %s | %s | %s | %s | %s |\n", size, c, tool, f[5], f[6], f[7], ms, f[8] / 1024, f[12] / 1024, f[9], f[10], f[11], rh, rc
      }
    }' "$RESULTS"
  echo
  echo "Best = fastest of the runs (least disturbed by other load); ratios use the best times; CPU = user + system. Logs: $LOGS"
}
ENV_MD="$CACHE/env.md"
if [ "${1:-}" = "--report" ]; then report; exit 0; fi

# --- tools -------------------------------------------------------------------------------
need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $2"
    apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null 2>&1; } || true
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "run.sh: '$1' is missing; install the Debian package '$2'" >&2; exit 2; }
}
need dotnet dotnet-sdk-10.0
need hugo hugo
need /usr/bin/time time
need timeout coreutils

mkdir -p "$CACHE" "$WORK" "$LOGS" "$WORK/empty-content/ja" "$WORK/empty-content/en"
# One run per cache folder at a time: two runs would delete each other's outputs.
exec 9> "$CACHE/.lock"
if ! flock -n 9; then echo "run.sh: another run is using $CACHE (set BENCH_CACHE to use another folder)" >&2; exit 2; fi
: > "$RESULTS"

say "building reform-site and the generator (Release)"
dotnet build -c Release "$REPO/src/Reform.Site.Cli" -nologo -v q > "$LOGS/build-reform-site.log" 2>&1 \
  || { tail -30 "$LOGS/build-reform-site.log" >&2; exit 1; }
dotnet build -c Release "$HERE/Reform.Site.Bench.Generator" -nologo -v q > "$LOGS/build-generator.log" 2>&1 \
  || { tail -30 "$LOGS/build-generator.log" >&2; exit 1; }
# Snapshot the built CLI and the theme, so that edits to the repository during a long run (a
# rebuild of Release, a changed template) cannot mix versions between the cases.
SNAP="$WORK/reform-site-snapshot"
rm -rf "$SNAP"; mkdir -p "$SNAP"
cp -r "$REPO/src/Reform.Site.Cli/bin/Release/net10.0" "$SNAP/bin"
cp -r "$REPO/theme" "$SNAP/theme"
RS="$SNAP/bin/reform-site.dll"
THEME="$SNAP/theme"
# reform-site looks for node_modules/@pagefind (search index) from the working folder upwards:
# run from the repository, as `dotnet run` there would.
cd "$REPO"
PAGEFIND="not found (no search index)"
for f in "$REPO"/node_modules/@pagefind/*/bin/pagefind_extended; do [ -x "$f" ] && PAGEFIND="${f#$REPO/}"; done
GEN="$HERE/Reform.Site.Bench.Generator/bin/Release/net10.0/reform-bench-gen.dll"
CODE_HASH="$(find "$REPO/src" "$REPO/theme" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)"
STAMP="$(cat "$HERE"/Reform.Site.Bench.Generator/*.cs "$HERE"/Reform.Site.Bench.Generator/*.csproj <(echo "seed=$SEED") | sha256sum | cut -c1-16)"

{
  echo "- machine: $(nproc) CPU(s), $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.1f GB RAM", $2 / 1048576}' /proc/meminfo)"
  echo "- dotnet $(dotnet --version), $(hugo version | cut -d' ' -f1-2), seed $SEED, timeout ${TIMEOUT}s per run, sizes: $*"
  echo "- pagefind for reform-site's search index: $PAGEFIND"
  echo "- code under test: src/ + theme/ content hash $CODE_HASH (reform-site built in Release at the start of the run)"
  echo "- outputs written to: $OUTROOT ($(stat -f -c %T "$(dirname "$OUTROOT")" 2>/dev/null || echo '?'))"
  echo "- load average (1/5/15 min) at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$ENV_MD"

# --- helpers -----------------------------------------------------------------------------
pages_of() { find "$1" -type f -name '*.html' | wc -l; }
# (%.0f: awk's %d stops at 2^31 - 1, and a national output is larger)
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f", s}'; }

# The Hugo site = the generated content/ and data/ plus bench/hugo-site (config, layouts, i18n)
# and the theme's CSS; refreshed on every run so a layout edit needs no regeneration.
prepare_hugo_site() {
  rm -rf "$1/layouts" "$1/i18n" "$1/static" "$1/hugo.toml" "$1/.hugo_build.lock"
  cp -r "$HERE/hugo-site/." "$1/"
  mkdir -p "$1/static/assets"
  cat "$THEME"/css/*.css > "$1/static/assets/site.css"
}

# The peak of the summed resident memory of PID and all its descendants (reform-site's Pagefind
# processes included, which GNU time's maximum, that of the largest single process, leaves out),
# sampled every 0.25 s until PID ends; in KB, into FILE.
tree_peak() { # PID FILE
  local root="$1" peak=0 sum
  while kill -0 "$root" 2>/dev/null; do
    sum="$(ps -e -o pid=,ppid=,rss= | awk -v r="$root" '
      { parent[$1] = $2; rss[$1] = $3 }
      END { for (p in parent) { x = p; while (x != r && (x in parent) && parent[x] != x && x > 1) x = parent[x]; if (x == r) s += rss[p] } print s + 0 }')"
    (( sum > peak )) && peak=$sum
    sleep 0.25
  done
  echo "$peak" > "$2"
}

# measure ID SIZE TOOL CASE OUTDIR PREP -- command...
# Runs the command REPEAT times under /usr/bin/time (PREP, a function name or "true", runs
# before each run, untimed) and appends one row to results.tsv.
measure() {
  local id="$1" size="$2" tool="$3" case="$4" out="$5" prep="$6"; shift 7
  local reps walls="" rss=0 tree=0 cpus="" status="ok" i rc tf pid t
  reps="$(repeat_for "$size")"
  if [[ "$case" == rebuild* ]] && [[ "$size" =~ ^[0-9]+$ ]] && (( REBUILD_REPEAT < reps )); then reps="$REBUILD_REPEAT"; fi
  say "$size: $tool — $case ($reps run(s))"
  for (( i = 1; i <= reps; i++ )); do
    "$prep"
    tf="$LOGS/$id.$i.time"
    rc=0
    timeout -k 10 "$TIMEOUT" /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" > "$LOGS/$id.$i.log" 2>&1 &
    pid=$!
    tree_peak "$pid" "$tf.tree" &
    wait "$pid" || rc=$?
    wait
    if (( rc != 0 )); then
      if (( rc == 124 || rc == 137 )); then status="TIMEOUT after ${TIMEOUT}s"; else status="FAILED (exit $rc)"; fi
      say "  $status — see $LOGS/$id.$i.log"; tail -5 "$LOGS/$id.$i.log" >&2 || true
      break
    fi
    read -r w m u s < <(tail -1 "$tf")
    walls+="$w "; cpus+="$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}') "
    (( m > rss )) && rss=$m
    t="$(cat "$tf.tree" 2>/dev/null || echo 0)"; (( t > tree )) && tree=$t
    say "  run $i: ${w}s wall, $(( m / 1024 )) MB peak RSS, $(( t / 1024 )) MB all processes"
  done
  local best="" median="" cpu="" pages="" bytes=""
  if [ -n "$walls" ]; then
    best="$(tr ' ' '\n' <<< "$walls" | grep . | sort -g | head -1)"
    median="$(tr ' ' '\n' <<< "$walls" | grep . | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')"
    cpu="$(tr ' ' '\n' <<< "$cpus" | grep . | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')"
  fi
  if [ "$status" = ok ] && [ -n "$out" ] && [ -d "$out" ]; then pages="$(pages_of "$out")"; bytes="$(bytes_of "$out")"; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$case" "$tool" "$status" "$best" "$median" "$cpu" "$rss" "$bytes" "$pages" "$(tr ' ' '\n' <<< "$walls" | grep -c . || true)" "$tree" >> "$RESULTS"
  [ "$status" = ok ]
}

# --- the five cities ---------------------------------------------------------------------
# The shipped data/ with the default options (search index when Pagefind is installed, change
# pages from the last 10 commits), on a warm machine: the program built, one build done before
# (the OS cache and the change history's comparison cache are warm). The data is a clone of the
# repository, so its git history is there and the edit never touches the working tree.
if [ "${BENCH_FIVE:-1}" != 0 ]; then
  FIVE="$WORK/five-cities"; FIVE_OUT="$OUTROOT/reform-site-five"
  rm -rf "$FIVE"; git clone -q --local "$REPO" "$FIVE"
  FIVE_BUILD=(dotnet "$RS" build --data "$FIVE/data" --content "$FIVE/content" --theme "$THEME" --out "$FIVE_OUT" --quiet)
  five_text="$(ls "$FIVE"/data/plans/*/texts.csv | head -1)"
  clean_five() { rm -rf "$FIVE_OUT" "$FIVE_OUT".staging-* "$FIVE_OUT".old-*; }
  # Untimed: the output as the committed data builds it.
  reset_five() { git -C "$FIVE" checkout -q -- data; "${FIVE_BUILD[@]}" > /dev/null 2>&1 || true; }
  # One text of one initiative corrected: its first 。 becomes ．(the file stays valid CSV).
  edit_five() { reset_five; sed -i '0,/。/s//．/' "$five_text"; }
  clean_five; reset_five
  say "five cities: warm-up build done; the edit case changes ${five_text#$FIVE/}"
  measure "five-fresh" "5 cities" reform-site "full build, defaults, fresh output" "$FIVE_OUT" clean_five -- "${FIVE_BUILD[@]}" || true
  measure "five-text" "5 cities" reform-site "rebuild, defaults, one text changed" "$FIVE_OUT" edit_five -- "${FIVE_BUILD[@]}" || true
  measure "five-nochange" "5 cities" reform-site "rebuild, defaults, no change" "$FIVE_OUT" reset_five -- "${FIVE_BUILD[@]}" || true
  git -C "$FIVE" checkout -q -- data
  if [ "$OUTROOT" != "$WORK" ]; then clean_five; fi
fi

# --- per size ----------------------------------------------------------------------------
for n in "$@"; do
  DS="$CACHE/data-$n"
  if [ "$(cat "$DS/.stamp" 2>/dev/null || true)" != "$STAMP" ]; then
    say "$n: generating the data set"
    rm -rf "$DS"
    mkdir -p "$DS"
    dotnet "$GEN" --initiatives "$n" --seed "$SEED" --out "$DS/data" --hugo-out "$DS/hugo" | tee "$DS/generated.txt" >&2
    say "$n: validating"
    if ! dotnet "$RS" validate --data "$DS/data" > "$LOGS/validate-$n.log" 2>&1; then
      tail -20 "$LOGS/validate-$n.log" >&2; echo "run.sh: the generated $n data set does not validate" >&2; exit 1
    fi
    tail -1 "$LOGS/validate-$n.log" >&2
    echo "$STAMP" > "$DS/.stamp"
  fi
  prepare_hugo_site "$DS/hugo"

  mkdir -p "$OUTROOT"
  RS_OUT="$OUTROOT/reform-site-$n"; HUGO_OUT="$OUTROOT/hugo-$n"; CP_OUT="$OUTROOT/cp-$n"
  # A full build starts without output and without a cache folder (the rows of the all-plans
  # tables kept from earlier builds); rebuilds find the cache their starting build left.
  RS_CACHE_DIR="$WORK/rs-cache-$n"
  clean_rs() { rm -rf "$RS_OUT" "$RS_OUT".staging-* "$RS_OUT".old-* "$RS_CACHE_DIR"; }
  clean_hugo() { rm -rf "$HUGO_OUT"; }
  clean_cp() { rm -rf "$CP_OUT"; }
  RS_BUILD=(dotnet "$RS" build --out "$RS_OUT" --content "$WORK/empty-content" --cache-dir "$RS_CACHE_DIR" --quiet)

  measure "validate-$n" "$n" reform-site validate "" true -- dotnet "$RS" validate --data "$DS/data" || true
  rs_ok=1; hugo_ok=1
  measure "rs-cold-$n" "$n" reform-site "full build" "$RS_OUT" clean_rs -- "${RS_BUILD[@]}" --data "$DS/data" --theme "$THEME" || rs_ok=0
  measure "rs-nosearch-$n" "$n" reform-site "full build, --search off" "$RS_OUT" clean_rs -- "${RS_BUILD[@]}" --data "$DS/data" --theme "$THEME" --search off || true
  if (( n <= HUGO_MAX )); then
  measure "hugo-cold-$n" "$n" hugo "full build" "$HUGO_OUT" clean_hugo -- hugo --quiet -s "$DS/hugo" -d "$HUGO_OUT" || hugo_ok=0
  else hugo_ok=0; say "$n: Hugo skipped (above BENCH_HUGO_MAX=$HUGO_MAX)"; fi
  if (( rs_ok )); then
    measure "cp-$n" "$n" "cp -r" "copy of reform-site output (floor)" "$CP_OUT" clean_cp -- cp -r "$RS_OUT" "$CP_OUT" || true
    clean_cp
  fi

  if (( n == REBUILD_SIZE )); then
    # Variants made once, untimed: hard-linked copies with one file replaced (sed -i writes a
    # new file, so the cached originals stay as they are).
    plan=""; for d in "$DS/data/plans"/*/; do plan="$(basename "$d")"; break; done
    hit="$(grep -n -m1 ',overall,A,' "$DS/data/plans/$plan/ratings.csv" || true)"
    [ -n "$hit" ] || { echo "run.sh: no rating A in $plan/ratings.csv to change" >&2; exit 1; }
    line="${hit%%:*}"; row="${hit#*:}"; node="${row%%,*}"; fy="$(cut -d, -f2 <<< "$row")"
    rm -rf "$WORK/data-mod-$n"; cp -al "$DS/data" "$WORK/data-mod-$n"
    sed -i "${line}s/,overall,A,/,overall,B,/" "$WORK/data-mod-$n/plans/$plan/ratings.csv"
    cmp -s "$DS/data/plans/$plan/ratings.csv" "$WORK/data-mod-$n/plans/$plan/ratings.csv" && { echo "run.sh: the rating edit did not apply" >&2; exit 1; }
    rm -rf "$WORK/theme-mod"; cp -r "$THEME" "$WORK/theme-mod"
    echo '<!-- bench: template changed -->' >> "$WORK/theme-mod/layouts/node.html"
    say "$n: rebuild variants: $plan/ratings.csv line $line ($node, FY$fy, overall A→B); theme layouts/node.html + comment"

    # The data in git, as a city's or a national portal's repository keeps it: one commit that
    # publishes every plan, then three that each correct one rating of one plan. The default
    # build shows each plan's changes over the last 10 commits (change pages, errata feed).
    GITDATA="$WORK/data-git-$n"
    rm -rf "$GITDATA"; mkdir -p "$GITDATA"; cp -r "$DS/data" "$GITDATA/data"
    git_bench() { git -C "$GITDATA" -c user.email=bench@example.org -c user.name=bench "$@"; }
    git_bench init -q -b main; git_bench add -A; git_bench commit -qm "Publish every plan"
    fixes=0
    for d in "$GITDATA/data/plans"/*/; do
      hit="$(grep -n -m1 ',overall,A,' "$d/ratings.csv" || true)"; [ -n "$hit" ] || continue
      sed -i "${hit%%:*}s/,overall,A,/,overall,B,/" "$d/ratings.csv"
      git_bench commit -qam "Correct a rating of $(basename "$d")"; fixes=$((fixes + 1)); (( fixes == 3 )) && break
    done
    say "$n: the same data in git: 1 commit publishing it, then $fixes correcting one plan each"

    if (( rs_ok )); then
      measure "rs-history-$n" "$n" reform-site "full build, --search off, change pages from git (1 + $fixes commits)" "$RS_OUT" clean_rs -- "${RS_BUILD[@]}" --data "$GITDATA/data" --theme "$THEME" --search off --history 10 || true
      # Before every timed run (untimed): the output as the unchanged data builds it, with the
      # same options (--search off), so each run rebuilds from the same starting point.
      reset_rs() { "${RS_BUILD[@]}" --data "$DS/data" --theme "$THEME" --search off > /dev/null 2>&1 || true; }
      measure "rs-nochange-$n" "$n" reform-site "rebuild, no change" "$RS_OUT" reset_rs -- "${RS_BUILD[@]}" --data "$DS/data" --theme "$THEME" --search off || true
      measure "rs-rating-$n" "$n" reform-site "rebuild, 1 rating changed" "$RS_OUT" reset_rs -- "${RS_BUILD[@]}" --data "$WORK/data-mod-$n" --theme "$THEME" --search off || true
      measure "rs-template-$n" "$n" reform-site "rebuild, node template changed" "$RS_OUT" reset_rs -- "${RS_BUILD[@]}" --data "$DS/data" --theme "$WORK/theme-mod" --search off || true
      # The same rating change with the default options (search index included), from the output
      # of the unchanged data built with them.
      reset_rs_search() { "${RS_BUILD[@]}" --data "$DS/data" --theme "$THEME" > /dev/null 2>&1 || true; }
      measure "rs-rating-search-$n" "$n" reform-site "rebuild, 1 rating changed, with search" "$RS_OUT" reset_rs_search -- "${RS_BUILD[@]}" --data "$WORK/data-mod-$n" --theme "$THEME" || true
    fi
    if (( hugo_ok )) && [ "$HUGO_REBUILDS" = 1 ]; then
      rm -rf "$WORK/hugo-mod-$n" "$WORK/hugo-tpl-$n"
      cp -al "$DS/hugo" "$WORK/hugo-mod-$n"
      for l in ja en; do
        sed -i "s/{\"fy\":$fy,\"a\":\"overall\",\"v\":\"A\"/{\"fy\":$fy,\"a\":\"overall\",\"v\":\"B\"/" "$WORK/hugo-mod-$n/content/$l/plans/$plan/$node.md"
      done
      cp -al "$DS/hugo" "$WORK/hugo-tpl-$n"
      rm -rf "$WORK/hugo-tpl-$n/layouts"; cp -r "$HERE/hugo-site/layouts" "$WORK/hugo-tpl-$n/layouts"
      # html/template drops HTML comments, so the comment is printed as a string.
      sed -i '$ i {{ "<!-- bench: template changed -->" | safeHTML }}' "$WORK/hugo-tpl-$n/layouts/_default/single.html"
      reset_hugo() { hugo --quiet -s "$DS/hugo" -d "$HUGO_OUT" > /dev/null 2>&1 || true; }
      measure "hugo-nochange-$n" "$n" hugo "rebuild, no change" "$HUGO_OUT" reset_hugo -- hugo --quiet -s "$DS/hugo" -d "$HUGO_OUT" || true
      measure "hugo-rating-$n" "$n" hugo "rebuild, 1 rating changed" "$HUGO_OUT" reset_hugo -- hugo --quiet -s "$WORK/hugo-mod-$n" -d "$HUGO_OUT" || true
      measure "hugo-template-$n" "$n" hugo "rebuild, node template changed" "$HUGO_OUT" reset_hugo -- hugo --quiet -s "$WORK/hugo-tpl-$n" -d "$HUGO_OUT" || true
      rm -rf "$WORK/hugo-mod-$n" "$WORK/hugo-tpl-$n"
    fi
    rm -rf "$WORK/data-mod-$n" "$WORK/theme-mod" "$GITDATA"
  fi
  # A tmpfs holds its files in memory: free it before the next size.
  if [ "$OUTROOT" != "$WORK" ]; then clean_rs; clean_hugo; clean_cp; fi
done

# --- report ------------------------------------------------------------------------------
echo "- load average (1/5/15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$ENV_MD"
for n in "$@"; do
  if [ -f "$CACHE/data-$n/generated.txt" ]; then echo "- $n: $(sed 's/ →.*//' "$CACHE/data-$n/generated.txt")" >> "$ENV_MD"; fi
done
report | tee "$REPORT"
