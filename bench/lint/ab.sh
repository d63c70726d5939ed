#!/bin/sh
# bench/lint/ab.sh: two kpc binaries in alternation, on the same inputs.
#
#   sh bench/lint/ab.sh OLD_KPC NEW_KPC INPUT... [-- BUILD]
#
# For each of BENCH_LINT_RUNS rounds (default 7), every INPUT is linted by
# OLD then NEW, with -j1 (taskset -c 0) and -j2 (taskset -c 0,1), as
# bench/lint/run.sh lints (--profile default --no-config --fail-on never
# --format json, the report to /dev/null).  Prints, per input and -j, the
# best and median wall times and the median CPU time of each binary, and
# NEW's median as a change from OLD's.  A slow minute of the machine falls
# on both binaries alike, which two separate runs of run.sh do not give.
# Inputs: any files or directories; `BENCH_KEEP=1 sh bench/lint/run.sh`
# keeps the bench's stream and tree and prints where they are.
# BUILD (default build) holds bench/bench-exec.
set -eu

if [ $# -lt 3 ]; then
	echo "usage: sh bench/lint/ab.sh OLD_KPC NEW_KPC INPUT... [-- BUILD]" >&2
	exit 2
fi
old=$1 new=$2
shift 2
inputs=
BUILD=build
while [ $# -gt 0 ]; do
	if [ "$1" = -- ]; then
		BUILD=${2:-build}
		break
	fi
	inputs="$inputs $1"
	shift
done
EXEC=$BUILD/bench/bench-exec
RUNS=${BENCH_LINT_RUNS:-7}
for b in "$old" "$new" "$EXEC"; do
	if [ ! -x "$b" ]; then
		echo "bench-ab: '$b' is not an executable (ninja -C $BUILD first?)" >&2
		exit 1
	fi
done
PIN1='' PIN2=''
if command -v taskset >/dev/null 2>&1; then
	PIN1="taskset -c 0"
	PIN2="taskset -c 0,1"
fi
LINT="lint --profile default --no-config --fail-on never --format json"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
r=1
while [ "$r" -le "$RUNS" ]; do
	for in in $inputs; do
		for j in 1 2; do
			pin=$PIN1
			[ "$j" = 2 ] && pin=$PIN2
			for which in old new; do
				b=$old
				[ "$which" = new ] && b=$new
				# shellcheck disable=SC2086
				echo "$in -j$j $which $($pin "$EXEC" -n 1 -- "$b" $LINT -j$j "$in")" >>"$out"
			done
		done
	done
	r=$((r + 1))
done
echo "old: $old"
echo "new: $new"
echo "$RUNS rounds; wall and CPU (user + system) in ms"
# input -jN old|new best median rss user sys
awk '
function sort(a, n,    i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
}
function med(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
{
	k = $1 " " $2 " " $3
	if (!(k in n)) { order[++nk] = k }
	n[k]++; w[k, n[k]] = $4 / 1e6; c[k, n[k]] = ($7 + $8) / 1e6
}
END {
	printf "%-44s %-4s %8s %9s %9s %8s\n", "input", "run", "best", "median", "CPU med", "change"
	for (i = 1; i <= nk; i++) {
		k = order[i]; m = n[k]
		delete a; for (r = 1; r <= m; r++) a[r] = w[k, r]
		sort(a, m); best = a[1]; md = med(a, m)
		delete a; for (r = 1; r <= m; r++) a[r] = c[k, r]
		sort(a, m); cm = med(a, m)
		split(k, p, " ")
		key = p[1] " " p[2]
		if (p[3] == "old") { oldmed[key] = md; ch = "" }
		else ch = sprintf("%+.1f%%", (md / oldmed[key] - 1) * 100)
		printf "%-44s %-4s %8.1f %9.1f %9.1f %8s\n", p[1] " " p[2], p[3], best, md, cm, ch
	}
}' "$out"
