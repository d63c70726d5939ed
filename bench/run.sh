#!/bin/sh
# run.sh: `make bench`, the speed of the compile path.
#
#   sh bench/run.sh [BUILD]
#
# Generates platforms of 100, 1,000 and 10,000 apps (bench/gen_platform.c)
# and times, with the YAML stream sent to /dev/null,
#   build       kpc build FILE.kp --env production --secrets-env FILE.env
#               (what a user runs: compile, then the default policy check)
#   no-policy   the same with --no-policy (the compiler alone)
# best of BENCH_RUNS runs (default 5, and 3 for 10,000 apps or more),
# pinned to CPU BENCH_CPU (default 0) with taskset when taskset exists.  Peak memory is
# the kernel's ru_maxrss of the process (bench/bench_exec.c, via wait4).
# Two baselines run on the YAML kpc emitted, same harness, same core:
#   wc -l       reading those bytes once and counting lines;
#   libyaml     parsing them with libyaml's event parser (bench/yaml_scan.c).
# Environment: BENCH_SIZES="100 1000 10000", BENCH_RUNS=N, BENCH_MODES="build
# no-policy", BENCH_CPU=N (another core when CPU 0 is busy), BENCH_KEEP=1
# keeps the generated files and prints where.
set -eu

BUILD=${1:-build}
SIZES=${BENCH_SIZES:-100 1000 10000}
MODES=${BENCH_MODES:-build no-policy}
KPC=$BUILD/kpc
GEN=$BUILD/bench/gen-platform
EXEC=$BUILD/bench/bench-exec
SCAN=$BUILD/bench/yaml-scan

. "$(dirname "$0")/lib.sh"
bench_require bench "$BUILD" "$KPC" "$GEN" "$EXEC" "$SCAN"
PIN=$(bench_pin "${BENCH_CPU:-0}")
bench_tmpdir bench

# time a private copy: others may relink $BUILD/kpc while the bench runs
cp "$KPC" "$tmp/kpc"
KPC=$tmp/kpc

# timed NAME OUTFILE ERRFILE RUNS CMD...: prints bench-exec's line, or stops
timed() {
	name=$1 tout=$2 terr=$3 truns=$4
	shift 4
	# shellcheck disable=SC2086
	if ! $PIN "$EXEC" -n "$truns" -o "$tout" -e "$terr" -- "$@"; then
		echo "bench: $name failed:" >&2
		tail -n 20 "$terr" >&2
		exit 1
	fi
}

echo "kpc compile benchmark: $(bench_machine)"
echo "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') CPUs online, load average" \
	"$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); ${PIN:-not pinned (no taskset)};" \
	"peak RSS from wait4() ru_maxrss"
echo "build:     $PIN $BUILD/kpc build FILE.kp --env production --secrets-env FILE.env > /dev/null"
echo "no-policy: the same with --no-policy"
echo

results=$tmp/results
: >"$results"
for n in $SIZES; do
	kp=$tmp/p$n.kp
	env=$tmp/p$n.env
	out=$tmp/o$n.yaml
	err=$tmp/e$n.txt
	runs=${BENCH_RUNS:-$([ "$n" -ge 10000 ] && echo 3 || echo 5)}
	"$GEN" "$n" -o "$kp" --secrets-env "$env"
	# one untimed run keeps the YAML for the object count and the baselines
	timed "kpc build --no-policy ($n apps)" "$out" "$err" 1 \
		"$KPC" build "$kp" --env production --secrets-env "$env" --no-policy >/dev/null
	objects=$(grep -c '^kind:' "$out" || true)
	docs=$("$SCAN" "$out")
	if [ "$docs" != "$objects" ]; then
		echo "bench: $objects 'kind:' lines but $docs YAML documents for $n apps" >&2
		exit 1
	fi
	base="$n $(wc -c <"$kp") $objects $(wc -c <"$out")"
	base="$base $(timed "wc -l ($n apps)" /dev/null "$err" "$runs" wc -l "$out")"
	base="$base $(timed "yaml-scan ($n apps)" /dev/null "$err" "$runs" "$SCAN" "$out")"
	for mode in $MODES; do
		case $mode in
		build) flags= ;;
		no-policy) flags=--no-policy ;;
		*) echo "bench: unknown mode '$mode' (build, no-policy)" >&2; exit 2 ;;
		esac
		# shellcheck disable=SC2086
		k=$(timed "kpc build $flags ($n apps)" /dev/null "$err" "$runs" \
			"$KPC" build "$kp" --env production --secrets-env "$env" $flags)
		if [ -s "$err" ]; then
			echo "bench: note: kpc $mode printed diagnostics on the $n-app platform:" \
				"$(tail -n 1 "$err")" >&2
		fi
		echo "$base $mode $runs $k" >>"$results"
	done
done

# apps kp_bytes objects yaml_bytes | wc: best median rss user sys | scan: 5 |
# mode runs | kpc: best median rss user sys
awk '
function s(ns) { return ns / 1e9 }
{
	apps[NR] = $1; kpb[NR] = $2; obj[NR] = $3; yb[NR] = $4; wc[NR] = $5; scan[NR] = $10
	mode[NR] = $15; runs[NR] = $16; best[NR] = $17; med[NR] = $18; rss[NR] = $19; cpu[NR] = $20 + $21
	if (!(mode[NR] in seen)) { seen[mode[NR]] = 1; modes[++nm] = mode[NR] }
}
END {
	printf "%6s %7s %8s %7s %9s %5s %9s %9s %9s %10s %8s %9s %7s %9s %7s\n", "apps", ".kp KB",
	       "objects", "YAML MB", "mode", "runs", "best s", "median s", "CPU s", "objects/s", "peak MB",
	       "wc -l s", "kpc/wc", "libyaml s", "kpc/ly"
	for (i = 1; i <= NR; i++)
		printf "%6d %7.0f %8d %7.1f %9s %5d %9.4f %9.4f %9.4f %10.0f %8.1f %9.4f %7.0f %9.4f %7.2f\n",
		       apps[i], kpb[i] / 1024, obj[i], yb[i] / 1048576, mode[i], runs[i], s(best[i]), s(med[i]),
		       s(cpu[i]), obj[i] / s(best[i]), rss[i] / 1024, s(wc[i]), best[i] / wc[i], s(scan[i]),
		       best[i] / scan[i]
	print ""
	for (m = 1; m <= nm; m++) {
		p = 0
		for (i = 1; i <= NR; i++) {
			if (mode[i] != modes[m])
				continue
			if (p)
				printf "growth %-9s %5d -> %5d apps: wall x%.2f, CPU x%.2f, objects x%.2f, peak memory x%.2f (linear: x%.1f)\n",
				       modes[m], apps[p], apps[i], best[i] / best[p], cpu[i] / cpu[p], obj[i] / obj[p],
				       rss[i] / rss[p], apps[i] / apps[p]
			p = i
		}
	}
	for (i = 1; i <= NR; i++)
		if (apps[i] == 10000)
			printf "target, 10,000 apps well under 1 s (read: at most 0.75 s) on one core, %-9s: %s (best %.3f s wall, %.3f s CPU)\n",
			       mode[i], s(best[i]) <= 0.75 ? "met" : s(best[i]) < 1 ? "NOT MET (under 1 s, not well under)" : "NOT MET",
			       s(best[i]), s(cpu[i])
}' "$results"
echo; sh "$(dirname "$0")/lint/run.sh" "$BUILD"   # the lint benchmark: bench/lint/run.sh
