#include "backends.h"

#include <atomic>
#include <cstdlib>
#include <stdexcept>

#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <pqxx/pqxx>

#include "bundle/bundle.h"
#include "storage/open_database.h"

namespace vincula::testing {
namespace {

std::string postgres_url() {
    const char* url = std::getenv("VINCULA_TEST_POSTGRES_URL");
    if (url == nullptr || *url == '\0') {
        throw std::runtime_error(
            "VINCULA_TEST_POSTGRES_URL no está definida: ejecute estas pruebas con "
            "scripts/with-postgres (ctest lo hace).");
    }
    return url;
}

// The URL of one schema: libpq passes `options` to the server, which then
// finds every table, and creates every migration's, in that schema.
std::string with_search_path(const std::string& url, const std::string& schema) {
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
           schema;
}

void run_postgres(const std::string& url, const std::string& sql) {
    pqxx::connection connection(url);
    pqxx::work transaction(connection);
    transaction.exec(sql);
    transaction.commit();
}

}  // namespace

FreshDatabase::FreshDatabase(Backend backend) : m_backend(backend) {
    if (backend == Backend::Sqlite) {
        m_dir = std::make_unique<TempDir>();
        m_location = m_dir->path("vincula.sqlite");
        return;
    }
    static std::atomic<int> counter{0};
    auto url = postgres_url();
    m_schema = "prueba_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    run_postgres(url, "CREATE SCHEMA " + m_schema);
    m_location = with_search_path(url, m_schema);
}

FreshDatabase::~FreshDatabase() {
    if (!m_schema.empty()) {
        try {
            run_postgres(postgres_url(), "DROP SCHEMA " + m_schema + " CASCADE");
        } catch (const std::exception&) {
            // The server goes away with the test run anyway.
        }
    }
}

std::unique_ptr<domain::Database> FreshDatabase::open(domain::OpenMode mode) const {
    auto opened = storage::open_database(m_location, mode);
    if (!opened) {
        throw std::runtime_error(opened.error().front().message);
    }
    return std::move(opened).value();
}

void FreshDatabase::execute(const std::string& sql) const {
    if (m_backend == Backend::Sqlite) {
        SQLite::Database database(m_location, SQLite::OPEN_READWRITE);
        database.exec(sql);
    } else {
        run_postgres(m_location, sql);
    }
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
    return info.param == Backend::Sqlite ? "sqlite" : "postgresql";
}

void PrintTo(Backend backend, std::ostream* out) {
    *out << (backend == Backend::Sqlite ? "sqlite" : "postgresql");
}

void StorageTest::SetUp() {
    try {
        m_fresh = std::make_unique<FreshDatabase>(GetParam());
        m_database = m_fresh->open(domain::OpenMode::CreateOrUpgrade);
    } catch (const std::exception& error) {
        FAIL() << error.what();
    }
}

domain::Dataset demo_dataset() {
    const char* source = std::getenv("VINCULA_SOURCE_DIR");
    auto path = std::string(source ? source : ".") + "/data/demo/iecm-cvoe-2021-q4.json";
    auto parsed = bundle::read_bundle_file(path);
    if (!parsed) {
        throw std::runtime_error("no se pudo leer " + path);
    }
    return std::move(parsed).value();
}

domain::ListQuery list_query(std::string array, std::size_t limit, std::string sort,
                             domain::SortOrder order) {
    domain::ListQuery query;
    query.array = std::move(array);
    query.limit = limit;
    query.sort = std::move(sort);
    query.order = order;
    return query;
}

domain::AuditQuery audit_query(std::string actor, std::string array, std::string key) {
    domain::AuditQuery query;
    query.actor = std::move(actor);
    query.array = std::move(array);
    query.key = std::move(key);
    return query;
}

}  // namespace vincula::testing
