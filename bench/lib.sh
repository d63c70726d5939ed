# bench/lib.sh: what the benchmark scripts share (sourced, POSIX sh).

# bench_require NAME BUILD FILE...: stops, naming the first FILE missing,
# when the build lacks one; NAME prefixes the message.
bench_require() {
	name=$1 build=$2
	shift 2
	for f in "$@"; do
		if [ ! -e "$f" ]; then
			echo "$name: '$f' is missing; run 'make build' (or 'ninja -C $build') first" >&2
			exit 1
		fi
	done
}

# bench_pin CPUS: the command prefix that pins to CPUS ("0", "0,1"), or
# nothing when taskset is missing or refuses.
bench_pin() {
	if command -v taskset >/dev/null 2>&1 && taskset -c "$1" true 2>/dev/null; then
		echo "taskset -c $1"
	fi
}

# bench_pins: PIN1 pins to one core and PIN2 to two, both empty when
# pinning is not possible.
bench_pins() {
	PIN1=$(bench_pin 0)
	PIN2=
	[ -n "$PIN1" ] && PIN2=$(bench_pin 0,1)
	return 0
}

# bench_tmpdir NAME: a fresh directory in $tmp, removed at exit (kept, and
# said so, with BENCH_KEEP=1); NAME prefixes its messages.
bench_tmpdir() {
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/kpc-$1.XXXXXX")
	bench_name=$1
	if [ "${BENCH_KEEP:-}" = 1 ]; then
		trap 'echo "$bench_name: files kept in $tmp" >&2' EXIT
	else
		trap 'rm -rf "$tmp"' EXIT
		trap 'rm -rf "$tmp"; exit 130' INT TERM
	fi
}

# bench_machine: the date, kernel and CPU model, for a report's first line.
bench_machine() {
	cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sr), ${cpu:-unknown CPU}"
}
