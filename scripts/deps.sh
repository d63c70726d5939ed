#!/bin/sh
# deps.sh: install what kpc needs to build and test, from Debian's packages.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -eu

pkgs=""
need() { # need PACKAGE CHECK-COMMAND...
	pkg=$1; shift
	if ! "$@" >/dev/null 2>&1; then pkgs="$pkgs $pkg"; fi
}
need pkg-config      command -v pkg-config
need meson           command -v meson
need ninja-build     command -v ninja
need gcc             command -v cc
need libfyaml-dev    pkg-config --exists libfyaml
need libyaml-dev     pkg-config --exists yaml-0.1
need libpcre2-dev    pkg-config --exists libpcre2-8
need libxxhash-dev   pkg-config --exists libxxhash
need libcriterion-dev pkg-config --exists criterion
if [ "${1:-}" = "--test" ]; then
	need clang       command -v clang
	need nodejs      command -v node
	need npm         command -v npm
fi

install() { # install: the packages in $pkgs, if any
	[ -z "$pkgs" ] && return 0
	if [ "$(id -u)" -eq 0 ]; then
		echo "deps: installing$pkgs" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >/dev/null
		# shellcheck disable=SC2086
		apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
	else
		echo "deps: missing packages; run:" >&2
		echo "  sudo apt-get install -y$pkgs" >&2
		exit 1
	fi
}
install

# clang's sanitizer runtimes (make sanitize) are a package of their own,
# which clang's packages only recommend: named after clang's version
san_links() {
	t=$(mktemp -d)
	echo 'int main(void) { return 0; }' >"$t/t.c"
	clang -fsanitize=address,undefined "$t/t.c" -o "$t/t" >/dev/null 2>&1
	ok=$?
	rm -rf "$t"
	return $ok
}
if [ "${1:-}" = "--test" ] && ! san_links; then
	pkgs=" libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
	install
fi
