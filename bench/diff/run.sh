#!/bin/sh
# bench/diff/run.sh: the speed of `kpc diff` on two renders of a platform.
#
#   sh bench/diff/run.sh [BUILD]
#
# For each size N (BENCH_DIFF_SIZES, default "1000 10000" apps):
#   1. bench/gen_platform.c writes the platform pN.kp and its secrets pN.env;
#      a copy qN.kp changes a few percent of the apps: every 33rd app's image
#      gets a "-p1" tag suffix, every 20th app that sets replicas gets one
#      more.  Both are built (`kpc build --env production --secrets-env`,
#      untimed) into old.yaml and new.yaml.
#   2. One untimed `kpc diff --format json` checks the run and gives the
#      object and change counts.
#   3. Timed, best of BENCH_DIFF_RUNS (default 3) with build/bench/bench-exec
#      (wall time, peak RSS from wait4, CPU time of the best run):
#        kpc diff old.yaml new.yaml --fail-on-risk   (text report to /dev/null;
#        the mutation is not risky, so the exit status is 0)
#      on two CPUs (the two sides load on two threads), and the libfyaml
#      event parse of both files (bench/lint/yaml_events.c) as the floor of
#      any libfyaml-based loader.
#   4. bench/diff/diff_phases.c splits the CPU time: loading both files,
#      the diff as kpc diff runs it (objects with the same YAML text skip the
#      walk), the diff with every matched pair walked tree against tree, and
#      rendering the text report.
# The lines after the table give the growth from one size to the next
# (linear: x10.0 for 1,000 -> 10,000 apps).
# Environment: BENCH_DIFF_SIZES, BENCH_DIFF_RUNS, BENCH_KEEP=1 keeps the
# generated files, CC (default cc) builds the two helper programs.
set -eu

BUILD=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case $BUILD in
/*) ;;
*) BUILD=$(pwd)/$BUILD ;;
esac
SIZES=${BENCH_DIFF_SIZES:-1000 10000}
RUNS=${BENCH_DIFF_RUNS:-3}
KPC=$BUILD/kpc
GEN=$BUILD/bench/gen-platform
EXEC=$BUILD/bench/bench-exec
. "$here/../lib.sh"
bench_require bench-diff "$BUILD" "$KPC" "$GEN" "$EXEC" "$BUILD/libkpc.a"
# the libraries libkpc links (meson.build: libkpc_dep)
LIBS="libfyaml yaml-0.1 libpcre2-8 libxxhash"
# shellcheck disable=SC2086
if ! pkg-config --exists $LIBS; then
	echo "bench-diff: the development files of one of $LIBS are missing" >&2
	exit 1
fi

bench_pins

bench_tmpdir bench-diff

# the helpers: the phase split (against this build's libkpc) and the parse floor
PHASES=$tmp/diff-phases
EVENTS=$tmp/yaml-events
# shellcheck disable=SC2046
${CC:-cc} -std=c17 -O2 -I"$root/include" -o "$PHASES" "$here/diff_phases.c" "$BUILD/libkpc.a" \
	$(pkg-config --cflags --libs $LIBS) -lm -lpthread
# shellcheck disable=SC2046
${CC:-cc} -std=c17 -O2 -o "$EVENTS" "$root/bench/lint/yaml_events.c" $(pkg-config --cflags --libs libfyaml)

echo "kpc diff benchmark: $(bench_machine)"
echo "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') CPUs online, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?');" \
	"kpc diff ${PIN2:-not pinned}, phases ${PIN1:-not pinned}; best of $RUNS runs"
echo "command: $PIN2 $KPC diff old.yaml new.yaml --fail-on-risk > /dev/null"
echo

results=$tmp/results
: >"$results"
for n in $SIZES; do
	d=$tmp/$n
	mkdir "$d"
	"$GEN" "$n" -o "$d/p.kp" --secrets-env "$d/p.env"
	awk '
	/^app [a-z0-9-]+ / { n = $2; sub(/.*-/, "", n); idx = n + 0 }
	/^  image "/ && idx % 33 == 0 { sub(/"$/, "-p1\"") }
	/^  replicas [0-9]+$/ && idx % 20 == 0 { $0 = "  replicas " ($2 + 1) }
	{ print }' "$d/p.kp" >"$d/q.kp"
	for side in p q; do
		if ! "$KPC" build "$d/$side.kp" --env production --secrets-env "$d/p.env" --no-policy >"$d/$side.yaml"; then
			echo "bench-diff: kpc build failed on the generated platform of $n apps" >&2
			exit 1
		fi
	done
	mv "$d/p.yaml" "$d/old.yaml"
	mv "$d/q.yaml" "$d/new.yaml"
	# the check: differences, none risky, nothing on stderr
	rc=0
	"$KPC" diff "$d/old.yaml" "$d/new.yaml" --format json >"$d/diff.json" 2>"$d/diff.err" || rc=$?
	if [ "$rc" != 1 ] || [ -s "$d/diff.err" ] || ! grep -q '"risks": 0}' "$d/diff.json"; then
		echo "bench-diff: unexpected kpc diff result for $n apps (exit $rc)" >&2
		head -n 5 "$d/diff.err" "$d/diff.json" >&2
		exit 1
	fi
	changes=$(grep -c '^        {"op": ' "$d/diff.json" || true)
	# shellcheck disable=SC2086
	k=$($PIN2 "$EXEC" -n "$RUNS" -- "$KPC" diff "$d/old.yaml" "$d/new.yaml" --fail-on-risk)
	# shellcheck disable=SC2086
	e=$($PIN1 "$EXEC" -n "$RUNS" -- "$EVENTS" "$d/old.yaml" "$d/new.yaml")
	# shellcheck disable=SC2086
	ph=$($PIN1 "$PHASES" -n "$RUNS" "$d/old.yaml" "$d/new.yaml")
	echo "$n $(wc -c <"$d/old.yaml") $(wc -c <"$d/new.yaml") $changes $k $e $ph" >>"$results"
done

# apps old_bytes new_bytes changes | kpc: best median rss user sys | events: best median rss user sys
# | phases: old_objs new_objs changed load diff walk render report_bytes
awk '
function s(ns) { return ns / 1e9 }
{
	apps[NR] = $1; mb[NR] = ($2 + $3) / 1048576; chg[NR] = $4
	best[NR] = $5; med[NR] = $6; rss[NR] = $7; cpu[NR] = $8 + $9
	ev[NR] = $13 + $14
	objs[NR] = $15; changed[NR] = $17; load[NR] = $18; diff[NR] = $19; walk[NR] = $20; rend[NR] = $21
}
END {
	printf "%6s %8s %8s %8s %9s %9s %9s %9s %8s %9s | %8s %8s %8s %8s\n", "apps", "objects", "changed", "changes",
	       "YAML MB", "kpc s", "median s", "kpc CPU", "peak MB", "parse CPU", "load", "diff", "walk", "render"
	for (i = 1; i <= NR; i++)
		printf "%6d %8d %8d %8d %9.1f %9.3f %9.3f %9.3f %8.0f %9.3f | %8.3f %8.4f %8.4f %8.4f\n", apps[i], objs[i],
		       changed[i], chg[i], mb[i], s(best[i]), s(med[i]), s(cpu[i]), rss[i] / 1024, s(ev[i]), load[i], diff[i],
		       walk[i], rend[i]
	print ""
	for (i = 2; i <= NR; i++)
		printf "growth %d/%d apps: objects x%.2f; kpc diff x%.2f wall, x%.2f CPU; diff phase x%.2f, full walk x%.2f; peak memory x%.2f\n",
		       apps[i], apps[i - 1], objs[i] / objs[i - 1], best[i] / best[i - 1], cpu[i] / cpu[i - 1],
		       diff[i] / diff[i - 1], walk[i] / walk[i - 1], rss[i] / rss[i - 1]
}' "$results"
cat <<'EOF'

columns: objects per render; changed objects and changes reported; YAML MB of both renders;
kpc s / median s: wall time of the whole `kpc diff` (read, load both sides on two threads,
diff, render); kpc CPU: its user+system CPU; parse CPU: user+system CPU of libfyaml's bare
event parse of both files (the floor of any libfyaml-based loader); then CPU seconds of the
phases, one thread: load both files, diff as kpc diff runs it, the same with every pair
walked, render the text report.
EOF
