# A thin wrapper over meson: `make run` builds kpc and compiles the seed
# platform; `make test` runs the whole suite; `make sanitize` runs it under
# AddressSanitizer and UndefinedBehaviorSanitizer, built with gcc and again
# with clang (whose UBSan also checks arithmetic on null pointers, which
# gcc's does not); `make bench` runs the benchmarks.  Each target installs
# missing system packages first.

BUILD      ?= build
ASAN_BUILD ?= build-asan
CLANG_SAN_BUILD ?= build-clang-san
ENV        ?= production
KPC         = $(BUILD)/kpc

.PHONY: all deps test-deps build run test sanitize bench fmt-check clean

all: build

deps:
	@sh scripts/deps.sh

test-deps:
	@sh scripts/deps.sh --test

$(BUILD)/build.ninja:
	meson setup $(BUILD) -Dwerror=true

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	$(KPC) build examples/ecommerce/platform.kp --env $(ENV) \
		--secrets-env examples/ecommerce/dev-secrets.env

test: test-deps $(BUILD)/build.ninja
	ninja -C $(BUILD)
	sh tests/run.sh $(BUILD)

$(ASAN_BUILD)/build.ninja:
	meson setup $(ASAN_BUILD) -Dwerror=true -Db_sanitize=address,undefined \
		-Db_lundef=false -Dbuildtype=debug

$(CLANG_SAN_BUILD)/build.ninja:
	CC=clang meson setup $(CLANG_SAN_BUILD) -Dwerror=true \
		-Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

sanitize: test-deps $(ASAN_BUILD)/build.ninja $(CLANG_SAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD)
	$(SAN_ENV) sh tests/run.sh $(ASAN_BUILD)
	ninja -C $(CLANG_SAN_BUILD)
	$(SAN_ENV) sh tests/run.sh $(CLANG_SAN_BUILD)

bench: build
	sh bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(CLANG_SAN_BUILD)
