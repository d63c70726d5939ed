#!/bin/sh
# bench/lint/run.sh: the speed and memory of `kpc lint`, against a bare
# libfyaml event parse of the same bytes.
#
#   sh bench/lint/run.sh [BUILD]
#
# Input: every *.yaml and *.yml file of the shared corpus of real manifests
# (../shared/corpus/valid beside the source tree), repeated until the input
# is at least BENCH_LINT_MB MiB (default 50), in two shapes:
#   stream  ONE file: the corpus files in name order, a "---" line after each
#           (and a newline first where a file lacks its last one), the whole
#           pass repeated;
#   files   MANY files: the corpus tree copied as r1/, r2/, ... into a
#           temporary directory, as many copies as the stream has passes.
# Timed in BENCH_LINT_RUNS rounds (default 3; every command once a round,
# with build/bench/bench-exec, which also reads each run's peak RSS from
# wait4()); reported: the best and median, and the median over the rounds
# of each run's ratio to the parse of its round:
#   parse   bench/lint/yaml_events.c: libfyaml's event parser driven as
#           kpc's loader drives it (whole file in memory, same flags), every
#           event pulled and freed and nothing else (the reference of the
#           targets);
#   parse+text  the same, also fetching every scalar's text as the loader
#           does (fy_token_get_text): the floor for anything that reads values;
#   lint    kpc lint --profile default --no-config --fail-on never
#           --format json PATH, its JSON report on standard output sent to
#           /dev/null by bench-exec, with -j1 and -j2.
# One-core runs are pinned with `taskset -c 0`, -j2 runs with `taskset -c
# 0,1`, when taskset exists.  Before timing, one untimed run of each checks
# that every input parses and lints without an error.
#
# Environment: BENCH_LINT_MB=50, BENCH_LINT_RUNS=3, BENCH_LINT_CORPUS=DIR,
# BENCH_KEEP=1 keeps the generated inputs and prints where they are,
# CC (default cc) compiles yaml_events.c against libfyaml (pkg-config).
set -eu

BUILD=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case $BUILD in
/*) ;;
*) BUILD=$(pwd)/$BUILD ;;
esac
MB=${BENCH_LINT_MB:-50}
RUNS=${BENCH_LINT_RUNS:-3}
CORPUS=${BENCH_LINT_CORPUS:-$root/../shared/corpus/valid}
[ -d "$CORPUS" ] && CORPUS=$(cd "$CORPUS" && pwd)
KPC=$BUILD/kpc
EXEC=$BUILD/bench/bench-exec

. "$here/../lib.sh"
bench_require bench-lint "$BUILD" "$KPC" "$EXEC"
if [ ! -d "$CORPUS" ]; then
	echo "bench-lint: no corpus at '$CORPUS' (set BENCH_LINT_CORPUS)" >&2
	exit 1
fi
if ! pkg-config --exists libfyaml; then
	echo "bench-lint: libfyaml's development files are missing (apt-get install libfyaml-dev)" >&2
	exit 1
fi

bench_pins

bench_tmpdir bench-lint

# the baseline parser, built here (bench/meson.build is the compile bench's)
EVENTS=$tmp/yaml-events
# shellcheck disable=SC2046
${CC:-cc} -std=c17 -O2 -o "$EVENTS" "$here/yaml_events.c" $(pkg-config --cflags --libs libfyaml)

# ---- inputs ---------------------------------------------------------------
find "$CORPUS" -type f \( -name '*.yaml' -o -name '*.yml' \) | LC_ALL=C sort >"$tmp/list"
nfiles=$(wc -l <"$tmp/list")
if [ "$nfiles" -eq 0 ]; then
	echo "bench-lint: no YAML files under '$CORPUS'" >&2
	exit 1
fi
# one pass over the corpus, as a stream; a leading byte-order mark is
# dropped (one is allowed only at the start of the stream)
while IFS= read -r f; do
	sed '1s/^\xEF\xBB\xBF//' "$f"
	[ -z "$(tail -c 1 "$f")" ] || echo
	echo '---'
done <"$tmp/list" >"$tmp/pass.yaml"
pass_bytes=$(wc -c <"$tmp/pass.yaml")
want=$((MB * 1048576))
passes=$(((want + pass_bytes - 1) / pass_bytes))
: >"$tmp/stream.yaml"
i=0
while [ "$i" -lt "$passes" ]; do
	cat "$tmp/pass.yaml" >>"$tmp/stream.yaml"
	i=$((i + 1))
done
rm -f "$tmp/pass.yaml"
# the same files, copied as a tree per pass
mkdir "$tmp/files"
cp -R "$CORPUS" "$tmp/files/r1"
find "$tmp/files/r1" -type f ! -name '*.yaml' ! -name '*.yml' -exec rm -f {} +
i=2
while [ "$i" -le "$passes" ]; do
	cp -R "$tmp/files/r1" "$tmp/files/r$i"
	i=$((i + 1))
done
largest=$(find "$tmp/files/r1" -type f -exec wc -c {} + | awk '$2 != "total" && $1 > m { m = $1 } END { print m + 0 }')

# ---- checks (untimed; they also warm the page cache) -----------------------
LINT="lint --profile default --no-config --fail-on never --format json"
for shape in stream files; do
	in=$tmp/stream.yaml
	[ "$shape" = files ] && in=$tmp/files
	if ! "$EVENTS" "$in" >"$tmp/$shape.events"; then
		echo "bench-lint: libfyaml cannot parse the $shape input (kept: BENCH_KEEP=1)" >&2
		exit 1
	fi
	# shellcheck disable=SC2086
	if ! "$KPC" $LINT "$in" >"$tmp/$shape.json" 2>"$tmp/$shape.err" || [ -s "$tmp/$shape.err" ]; then
		echo "bench-lint: kpc lint failed on the $shape input:" >&2
		head -n 20 "$tmp/$shape.err" >&2
		exit 1
	fi
done
read -r _ s_docs s_bytes <"$tmp/stream.events"
read -r m_files m_docs m_bytes <"$tmp/files.events"
s_findings=$(grep -c '^ {"rule":' "$tmp/stream.json" || true)
m_findings=$(grep -c '^ {"rule":' "$tmp/files.json" || true)
s_out=$(wc -c <"$tmp/stream.json")
m_out=$(wc -c <"$tmp/files.json")
rm -f "$tmp/stream.json" "$tmp/files.json"

echo "kpc lint benchmark: $(bench_machine)"
echo "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') CPUs online, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?');" \
	"${PIN1:-not pinned (no taskset)}${PIN2:+ (-j2: $PIN2)}; $RUNS rounds (every command once a round); peak RSS from wait4() ru_maxrss"
echo "input: $CORPUS, $nfiles files x $passes passes; largest file $(awk "BEGIN { printf \"%.2f\", $largest / 1048576 }") MiB"
echo "  stream: 1 file, $s_bytes bytes, $s_docs documents, $s_findings findings ($s_out bytes of JSON)"
echo "  files:  $m_files files, $m_bytes bytes, $m_docs documents, $m_findings findings ($m_out bytes of JSON)"
echo "command: kpc $LINT PATH > /dev/null   (-j1 or -j2 added)"
echo "parse:   yaml-events [--text] PATH > /dev/null   (bench/lint/yaml_events.c, libfyaml $(pkg-config --modversion libfyaml))"
echo

# ---- timing -------------------------------------------------------------------
# Rounds: every command runs once a round, the rounds one after another, so
# that a slow minute of the machine hits the parse and the lint alike; each
# lint run is also compared with the parse of its own round (`paired`).
results=$tmp/results
: >"$results"
time_it() { # NAME BYTES PIN CMD...
	name=$1 bytes=$2 pin=$3
	shift 3
	# shellcheck disable=SC2086
	r=$($pin "$EXEC" -n 1 -- "$@")
	echo "$name $round $bytes $r" >>"$results"
}
round=1
# shellcheck disable=SC2086
while [ "$round" -le "$RUNS" ]; do
	time_it "stream:parse" "$s_bytes" "$PIN1" "$EVENTS" "$tmp/stream.yaml"
	time_it "stream:parse+text" "$s_bytes" "$PIN1" "$EVENTS" --text "$tmp/stream.yaml"
	time_it "stream:lint-j1" "$s_bytes" "$PIN1" "$KPC" $LINT -j1 "$tmp/stream.yaml"
	time_it "stream:lint-j2" "$s_bytes" "$PIN2" "$KPC" $LINT -j2 "$tmp/stream.yaml"
	time_it "files:parse" "$m_bytes" "$PIN1" "$EVENTS" "$tmp/files"
	time_it "files:parse+text" "$m_bytes" "$PIN1" "$EVENTS" --text "$tmp/files"
	time_it "files:lint-j1" "$m_bytes" "$PIN1" "$KPC" $LINT -j1 "$tmp/files"
	time_it "files:lint-j2" "$m_bytes" "$PIN2" "$KPC" $LINT -j2 "$tmp/files"
	round=$((round + 1))
done
# memory growth: the same run over one pass of the tree (r1 only), once
r1_bytes=$(find "$tmp/files/r1" -type f -exec cat {} + | wc -c)
round=1
# shellcheck disable=SC2086
time_it "r1:lint-j1" "$r1_bytes" "$PIN1" "$KPC" $LINT -j1 "$tmp/files/r1"

# name round bytes wall wall rss_kb user sys (one run a line)
awk -v largest="$largest" -v passes="$passes" -v docs="$m_docs" '
function mib(b) { return b / 1048576 }
function verdict(ok) { return ok ? "met" : "NOT MET" }
function median(a, n,    i, j, t) { # sorts a[1..n]
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	if (!($1 in id)) {
		id[$1] = ++n; split($1, p, ":"); shape[n] = p[1]; what[n] = p[2]; bytes[n] = $3; best[n] = -1
	}
	k = id[$1]; t = $4 / 1e9; runs[k]++; wall[k, $2] = t
	if (best[k] < 0 || t < best[k]) { best[k] = t; cpu[k] = ($7 + $8) / 1e9 }
	if ($6 / 1024 > rss[k]) rss[k] = $6 / 1024
}
END {
	for (k = 1; k <= n; k++) {
		if (what[k] == "parse") { pbest[shape[k]] = best[k]; pcpu[shape[k]] = cpu[k]; pid[shape[k]] = k }
		delete a; for (r = 1; r <= runs[k]; r++) a[r] = wall[k, r]
		med[k] = median(a, runs[k])
	}
	for (k = 1; k <= n; k++) {
		delete a; for (r = 1; r <= runs[k]; r++) a[r] = wall[pid[shape[k]], r] / wall[k, r]
		paired[k] = shape[k] == "r1" ? 0 : median(a, runs[k])
	}
	printf "%-7s %-10s %7s %8s %8s %8s %8s %9s %8s %8s %8s %9s\n", "input", "run", "MiB", "best s", "median s", "CPU s",
	       "MiB/s", "CPU MiB/s", "x parse", "x paired", "x p CPU", "peak MiB"
	for (k = 1; k <= n; k++) {
		if (shape[k] == "r1")
			continue
		printf "%-7s %-10s %7.1f %8.3f %8.3f %8.3f %8.1f %9.1f %8.2f %8.2f %8.2f %9.1f\n", shape[k], what[k], mib(bytes[k]),
		       best[k], med[k], cpu[k], mib(bytes[k]) / best[k], mib(bytes[k]) / cpu[k],
		       pbest[shape[k]] / best[k], paired[k], pcpu[shape[k]] / cpu[k], rss[k]
	}
	print ""
	print "x parse: lint speed / bare parse speed (parse best s / lint best s), the parse on one core;"
	print "x paired: the median over the rounds of the same ratio within a round (the parse and the lint run"
	print "  seconds apart: the figure a slow minute of the machine moves least; the targets use it);"
	print "x p CPU: the ratio with CPU time (user + system of the best run)"
	s1 = id["stream:lint-j1"]; f1 = id["files:lint-j1"]; f2 = id["files:lint-j2"]; s2 = id["stream:lint-j2"]; r1 = id["r1:lint-j1"]
	printf "target, lint >= 0.5x the parse on one core: stream %s (%.2fx paired, %.2fx best), files %s (%.2fx paired, %.2fx best)\n",
	       verdict(paired[s1] >= 0.5), paired[s1], pbest["stream"] / best[s1], verdict(paired[f1] >= 0.5), paired[f1],
	       pbest["files"] / best[f1]
	printf "target, lint -j2 close to 1x the parse: stream %s (%.2fx paired, %.2fx best), files %s (%.2fx paired, %.2fx best)\n",
	       verdict(paired[s2] >= 0.9), paired[s2], pbest["stream"] / best[s2], verdict(paired[f2] >= 0.9), paired[f2],
	       pbest["files"] / best[f2]
	g = rss[f1] / rss[r1]
	printf "target, many-files peak RSS bounded by the largest file (%.1f MiB), not the input: %s\n", mib(largest),
	       (passes > 1 ? verdict(g < 1.5) : "not measured (one pass: set BENCH_LINT_MB higher)")
	printf "  files -j1: %.1f MiB over %d pass(es), %.1f MiB over 1 pass (x%.2f for x%d input); stream: %.1f MiB\n",
	       rss[f1], passes, rss[r1], g, passes, rss[s1]
	if (passes > 1)
		printf "  growth: %.2f KiB per document beyond the first pass (findings, their sort keys and the cross-object\n" \
		       "  index past 1 MiB are in temporary files; what grows is a handle and lookup entries per entry of\n" \
		       "  the index, and the path of each file)\n",
		       (rss[f1] - rss[r1]) * 1024 / (docs - docs / passes)
}' "$results"
