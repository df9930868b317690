// The quarterly report's cost: Q4 2021 of the demo data read from a real
// SQLite file, assembled and rendered in each format; then the same with a
// synthetic institute of about 100 000 records loaded beside it, to see
// whether the cost follows the period or the size of the database.
// Results and the command are recorded in BENCHMARKS.md.
#include <benchmark/benchmark.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "bundle/bundle.h"
#include "domain/period.h"
#include "domain/store.h"
#include "render/docx/docx_writer.h"
#include "render/html/html_report.h"
#include "render/json/report_json.h"
#include "render/md/markdown.h"
#include "render/pdf/pdf_report.h"
#include "report/assemble.h"
#include "storage/sqlite/sqlite_store.h"
#include "synth/synthetic.h"

namespace {

using namespace vincula;

std::string demo_path() {
    const char* source = std::getenv("VINCULA_SOURCE_DIR");
    return std::string(source ? source : ".") + "/data/demo/iecm-cvoe-2021-q4.json";
}

// A database file holding the demo data, and, when `with_synthetic`, a
// synthetic institute of about 100 000 records beside it. The file is
// removed when the program ends.
class BenchDatabase {
public:
    explicit BenchDatabase(bool with_synthetic)
        : m_path((std::filesystem::temp_directory_path() /
                  ("vincula-report-bench-" + std::to_string(::getpid()) +
                   (with_synthetic ? "-grande" : "-demo") + ".sqlite"))
                     .string()) {
        remove_files();
        auto store =
            storage::sqlite::SqliteStore::open(m_path, storage::sqlite::OpenMode::CreateOrUpgrade);
        auto demo = bundle::read_bundle_file(demo_path());
        if (!store || !demo || !domain::import_dataset(**store, *demo)) {
            std::abort();
        }
        if (with_synthetic &&
            !domain::import_dataset(**store,
                                    synth::make_synthetic({.years = 10, .commissions = 10}))) {
            std::abort();
        }
        m_store = std::move(*store);
    }
    ~BenchDatabase() {
        m_store.reset();
        remove_files();
    }
    BenchDatabase(const BenchDatabase&) = delete;
    BenchDatabase& operator=(const BenchDatabase&) = delete;

    domain::Store& store() { return *m_store; }

private:
    void remove_files() {
        std::error_code ignored;
        for (auto suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(m_path + suffix, ignored);
        }
    }

    std::string m_path;
    std::unique_ptr<storage::sqlite::SqliteStore> m_store;
};

domain::Store& database(bool with_synthetic) {
    static BenchDatabase small(false);
    if (!with_synthetic) {
        return small.store();
    }
    static BenchDatabase large(true);
    return large.store();
}

report::ReportModel assemble(domain::Store& store) {
    auto period = domain::Period::quarter("2021-Q4");
    auto model = report::assemble_report(store.load_scope("CVOE", *period), "CVOE", *period);
    if (!model) {
        std::abort();
    }
    return std::move(*model);
}

template <class Render>
void report_from_sqlite(benchmark::State& state, Render render) {
    bool with_synthetic = state.range(0) != 0;
    auto& store = database(with_synthetic);
    for (auto _ : state) {
        auto bytes = render(assemble(store));
        benchmark::DoNotOptimize(bytes);
    }
    state.SetLabel(with_synthetic ? "con 100 000 registros sintéticos al lado" : "solo la demo");
}

void json(benchmark::State& state) {
    report_from_sqlite(state, render::json::render_json);
}
void markdown(benchmark::State& state) {
    report_from_sqlite(state, render::md::render_markdown);
}
void html(benchmark::State& state) {
    report_from_sqlite(state, render::html::render_html);
}
void docx(benchmark::State& state) {
    report_from_sqlite(state, render::docx::render_docx);
}
void pdf(benchmark::State& state) {
    report_from_sqlite(state, [](const report::ReportModel& model) {
        return render::pdf::render_pdf(model).has_value();
    });
}

// The store's scoped read alone: what the report reads for the period.
void read_scope(benchmark::State& state) {
    bool with_synthetic = state.range(0) != 0;
    auto& store = database(with_synthetic);
    auto period = domain::Period::quarter("2021-Q4");
    for (auto _ : state) {
        auto data = store.load_scope("CVOE", *period);
        benchmark::DoNotOptimize(data);
    }
    state.SetLabel(with_synthetic ? "con 100 000 registros sintéticos al lado" : "solo la demo");
}

// The PDF as `vincula serve` makes it: WeasyPrint kept running between PDFs
// (render::pdf::keep_weasyprint_warm). Runs after `pdf`, which starts
// `weasyprint` afresh for each PDF as `vincula report` does.
void pdf_warm(benchmark::State& state) {
    render::pdf::keep_weasyprint_warm();
    if (!render::pdf::render_pdf(assemble(database(false)))) {  // starts the worker
        std::abort();
    }
    report_from_sqlite(state, [](const report::ReportModel& model) {
        return render::pdf::render_pdf(model).has_value();
    });
}

// Assembly alone, from records already in memory: what the period costs
// once the store has answered.
void assemble_in_memory(benchmark::State& state) {
    auto data = database(false).load();
    auto period = domain::Period::quarter("2021-Q4");
    for (auto _ : state) {
        auto model = report::assemble_report(data, "CVOE", *period);
        benchmark::DoNotOptimize(model);
    }
}

BENCHMARK(read_scope)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(assemble_in_memory)->Unit(benchmark::kMillisecond);
BENCHMARK(json)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(markdown)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(html)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(docx)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(pdf)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(pdf_warm)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
