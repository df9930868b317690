# Vincula — the two commands the README opens with:
#   make demo   installs what is missing, builds, loads the demo data and
#               prints a summary of what was loaded
#   make test   installs what is missing, builds the test build (ASan+UBSan)
#               and runs every test
#   make test-fresh runs make test in a fresh Debian 12 root, as CI does
.PHONY: all deps build build-test demo test test-fresh check-layers check-messages check-format format bench clean

BUILD_DIR ?= build
TEST_BUILD_DIR ?= build-test
BENCH_BUILD_DIR ?= build-bench
# The sanitizer build compiles with clang: its AddressSanitizer and UBSan
# instrumentation at -O0 builds in about half GCC's time (BENCHMARKS.md).
TEST_CXX ?= clang++
# The fuzzers (fuzz/) need clang's libFuzzer: built with the test build then.
TEST_FUZZ ?= $(if $(findstring clang,$(TEST_CXX)),ON,OFF)
CMAKE_GENERATOR ?= Ninja

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD_DIR) -G $(CMAKE_GENERATOR) -DCMAKE_BUILD_TYPE=Release -DVINCULA_TESTS=OFF > /dev/null
	@cmake --build $(BUILD_DIR)

build-test: deps
	@cmake -S . -B $(TEST_BUILD_DIR) -G $(CMAKE_GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DVINCULA_SANITIZE=ON -DCMAKE_CXX_COMPILER=$(TEST_CXX) -DVINCULA_FUZZ=$(TEST_FUZZ) > /dev/null
	@cmake --build $(TEST_BUILD_DIR)

demo: build
	@scripts/demo $(BUILD_DIR)/vincula

check-layers:
	@scripts/check-layers

check-messages:
	@scripts/check-messages

check-format: deps
	@scripts/check-format

# CTEST_ARGS narrows a run: make test CTEST_ARGS="-R Smtp"
test: build-test check-layers check-format check-messages
	@ctest --test-dir $(TEST_BUILD_DIR) --output-on-failure -j 2 $(CTEST_ARGS)

# make test in a Debian 12 root made on the spot, as CI runs it (README).
test-fresh:
	@scripts/test-fresh test

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

bench: deps
	@cmake -S . -B $(BENCH_BUILD_DIR) -G $(CMAKE_GENERATOR) -DCMAKE_BUILD_TYPE=Release -DVINCULA_TESTS=OFF -DVINCULA_BENCHMARKS=ON > /dev/null
	@cmake --build $(BENCH_BUILD_DIR)
	@bench/run $(BENCH_BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(TEST_BUILD_DIR) $(BENCH_BUILD_DIR) out
