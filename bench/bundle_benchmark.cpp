// The bundle's hot paths on a synthetic institute of about 100 000 records:
// parsing, validating, writing canonical JSON, and the whole import into a
// real SQLite file. Results and the command are recorded in BENCHMARKS.md.
#include <benchmark/benchmark.h>

#include <unistd.h>
#include <filesystem>
#include <string>

#include "bundle/bundle.h"
#include "domain/store.h"
#include "domain/validate.h"
#include "storage/sqlite/sqlite_store.h"
#include "synth/synthetic.h"

namespace {

using namespace vincula;

// years × commissions = 100 gives about 100 000 records.
const domain::Dataset& institute() {
    static const domain::Dataset data = synth::make_synthetic({.years = 10, .commissions = 10});
    return data;
}

const std::string& institute_text() {
    static const std::string text = bundle::write_bundle(institute());
    return text;
}

void set_records(benchmark::State& state) {
    state.counters["registros"] = static_cast<double>(domain::record_count(institute()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(institute_text().size()));
}

void parse_bundle(benchmark::State& state) {
    for (auto _ : state) {
        auto parsed = bundle::parse_bundle(institute_text());
        benchmark::DoNotOptimize(parsed);
    }
    set_records(state);
}
BENCHMARK(parse_bundle)->Unit(benchmark::kMillisecond);

void validate_dataset(benchmark::State& state) {
    for (auto _ : state) {
        auto errors = domain::validate(institute());
        benchmark::DoNotOptimize(errors);
    }
    set_records(state);
}
BENCHMARK(validate_dataset)->Unit(benchmark::kMillisecond);

void write_bundle(benchmark::State& state) {
    for (auto _ : state) {
        auto text = bundle::write_bundle(institute());
        benchmark::DoNotOptimize(text);
    }
    set_records(state);
}
BENCHMARK(write_bundle)->Unit(benchmark::kMillisecond);

std::string scratch_database() {
    return (std::filesystem::temp_directory_path() /
            ("vincula-bench-" + std::to_string(::getpid()) + ".sqlite"))
        .string();
}

void remove_database(const std::string& path) {
    for (auto suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path + suffix);
    }
}

// Text in, rows committed: what `vincula import` does after reading the file.
void import_into_sqlite(benchmark::State& state) {
    auto path = scratch_database();
    for (auto _ : state) {
        state.PauseTiming();
        remove_database(path);
        auto store =
            storage::sqlite::SqliteStore::open(path, storage::sqlite::OpenMode::CreateOrUpgrade);
        state.ResumeTiming();
        auto parsed = bundle::parse_bundle(institute_text());
        auto outcome = domain::import_dataset(**store, *parsed);
        if (!outcome) {
            state.SkipWithError("the synthetic bundle did not import");
        }
    }
    remove_database(path);
    set_records(state);
}
BENCHMARK(import_into_sqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

// Rows in, canonical text out: what `vincula export` does before writing.
void export_from_sqlite(benchmark::State& state) {
    auto path = scratch_database();
    remove_database(path);
    auto store =
        storage::sqlite::SqliteStore::open(path, storage::sqlite::OpenMode::CreateOrUpgrade);
    (void)domain::import_dataset(**store, institute());
    for (auto _ : state) {
        auto text = bundle::write_bundle((*store)->load());
        benchmark::DoNotOptimize(text);
    }
    store->reset();
    remove_database(path);
    set_records(state);
}
BENCHMARK(export_from_sqlite)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
