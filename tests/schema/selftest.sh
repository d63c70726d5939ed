#!/bin/sh
# Self-test of the schema validator: good fixtures must pass (exit 0), bad ones
# must fail (exit 1) with the expected problem. Last line: "N passed, M failed".
set -u
cd "$(dirname "$0")"
sh ./setup.sh || { echo "0 passed, 1 failed"; exit 1; }

pass=0
fail=0
# check NAME EXPECTED_EXIT EXPECTED_TEXT CMD...  (reads no stdin unless CMD does)
check() {
  name=$1 want_rc=$2 want_text=$3
  shift 3
  out=$("$@" 2>&1)
  rc=$?
  if [ "$rc" -eq "$want_rc" ] && { [ -z "$want_text" ] || printf '%s\n' "$out" | grep -qF -- "$want_text"; }; then
    pass=$((pass + 1))
    echo "ok   $name"
  else
    fail=$((fail + 1))
    echo "FAIL $name: exit $rc (want $want_rc), want output containing '$want_text'; got:"
    printf '%s\n' "$out" | sed 's/^/     /'
  fi
}

v="node validate.mjs"
check good-app             0 ""  $v fixtures/good-app.yaml
check good-misc            0 ""  $v fixtures/good-misc.yaml
check bad-unknown-field    1 "fixtures/bad-unknown-field.yaml: doc 1 (Deployment/web): /spec/replica: unknown field" \
  $v fixtures/bad-unknown-field.yaml
check bad-wrong-type       1 "doc 1 (Pod/web): /spec/containers/0/ports/0/containerPort: must be integer" \
  $v fixtures/bad-wrong-type.yaml
check bad-missing-required 1 "doc 1 (Deployment/web): /spec/selector: missing required field" \
  $v fixtures/bad-missing-required.yaml
check good-and-bad-mixed   1 "bad-unknown-field.yaml" $v fixtures/good-app.yaml fixtures/bad-unknown-field.yaml
check stdin                0 ""  sh -c "$v - < fixtures/good-misc.yaml"
check unknown-kind         1 "unknown apiVersion/kind extensions/v1beta1 Ingress" \
  sh -c "printf 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: x}\n' | $v -"
check parse-error          2 "YAML parse error" sh -c "printf 'a: [\n' | $v -"
check usage-error          2 "usage:" $v

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
