# bench/lib.sh: what the benchmark scripts share (sourced, POSIX sh).

# bench_pin CPUS: the command prefix that pins to CPUS ("0", "0,1"), or
# nothing when taskset is missing or refuses.
bench_pin() {
	if command -v taskset >/dev/null 2>&1 && taskset -c "$1" true 2>/dev/null; then
		echo "taskset -c $1"
	fi
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
