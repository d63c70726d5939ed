#!/bin/sh
# run.sh BUILD_DIR: runs every suite against one build and ends with
# "N passed, M failed" counting every test case.  Exit status 1 if any
# test failed.
set -u
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
passed=0
failed=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); }

# 1. Criterion suites (unit, golden, errors, CLI).
out=$(mktemp)
"$build/tests/unit-tests" --jobs=2 >"$out" 2>&1
rc=$?
grep -v '^\[----\]' "$out" | grep -E 'FAIL|Synthesis|Warning|ERROR|SUMMARY' | tail -40
syn=$(grep 'Synthesis:' "$out" | tail -1)
if [ -n "$syn" ]; then
	p=$(echo "$syn" | sed -n 's/.*Passing: \([0-9]*\).*/\1/p')
	f=$(echo "$syn" | sed -n 's/.*Failing: \([0-9]*\).*/\1/p')
	c=$(echo "$syn" | sed -n 's/.*Crashing: \([0-9]*\).*/\1/p')
	add "$p" "$((f + c))"
else
	cat "$out"
	echo "unit-tests: no summary (exit $rc)"
	add 0 1
fi
[ "$rc" -ne 0 ] && [ "$failed" -eq 0 ] && { echo "unit-tests: exit $rc"; add 0 1; }
# a sanitizer report in a test's worker (a leak found at its exit) does not
# fail the test in Criterion: each report counts as a failure here
san=$(grep -cE '^(==[0-9]+==ERROR: [A-Za-z]+Sanitizer|.*: runtime error: )' "$out")
if [ "$san" -gt 0 ]; then
	grep -E -A12 '^(==[0-9]+==ERROR: [A-Za-z]+Sanitizer|.*: runtime error: )' "$out" | head -60
	echo "unit-tests: $san sanitizer report(s)"
	add 0 "$san"
fi
rm -f "$out"

# 2. Every YAML object kpc emits is valid against the Kubernetes 1.32 API.
if sh tests/schema/setup.sh >/dev/null 2>&1; then
	last=$(sh tests/schema/selftest.sh 2>&1 | tail -1)
	p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	f=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	if [ -n "$p" ]; then add "$p" "$f"; else echo "schema selftest: $last"; add 0 1; fi
	# the bundled schema table is what its generator makes
	if node tools/gen-k8s-schema.mjs --check; then add 1 0; else echo "FAIL: src/policy/k8s_schema_data.c is stale"; add 0 1; fi
	for f in examples/*/expected/*.yaml; do
		if node tests/schema/validate.mjs "$f"; then add 1 0; else echo "FAIL schema: $f"; add 0 1; fi
	done
	# the SARIF golden against the SARIF 2.1.0 schema; packs against theirs
	if node tests/schema/jsonschema.mjs sarif tests/report/expected.sarif; then add 1 0
	else echo "FAIL: tests/report/expected.sarif is not valid SARIF 2.1.0"; add 0 1; fi
	if node tests/schema/jsonschema.mjs schemas/diff.schema.json tests/diff/expected.json; then add 1 0
	else echo "FAIL: tests/diff/expected.json does not match schemas/diff.schema.json"; add 0 1; fi
	for f in policies/*.yaml tests/lint/*/*.pack.yml; do
		if node tests/schema/jsonschema.mjs schemas/policy-pack.schema.json "$f"; then add 1 0
		else echo "FAIL pack schema: $f"; add 0 1; fi
	done
else
	echo "FAIL: cannot install the schema validator (tests/schema/setup.sh)"
	add 0 1
fi

# 3. Short fuzzing runs of the .kp front end, of the YAML loader with the
#    lint engine, and of policy packs (seeds, reproducers of fixed bugs,
#    then mutations).
logs=$(mktemp -d "${TMPDIR:-/tmp}/kpc-fuzz-logs.XXXXXX")
for f in fuzz-parser fuzz-yaml fuzz-pack; do
	if [ ! -x "$build/tests/fuzz/$f" ]; then echo "FAIL: $build/tests/fuzz/$f was not built"; add 0 1; continue; fi
	case $f in
	fuzz-parser) set -- tests/fuzz/corpus/kp examples ;;
	fuzz-yaml) set -- tests/fuzz/corpus/yaml/*.yaml ;;
	*) set -- tests/fuzz/corpus/pack/*.yaml policies/*.yaml tests/errors/*.pack.yaml tests/lint/*/*.pack.yml ;;
	esac
	if "$build/tests/fuzz/$f" --runs=3000 --timeout=60 "$@" >"$logs/$f.log" 2>&1; then add 1 0
	else echo "FAIL $f:"; tail -20 "$logs/$f.log"; add 0 1; fi
done
rm -rf "$logs"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
