#include "storage/postgres/postgres_store.h"

#include <regex>

#include "common/messages.h"
#include "domain/convenio_registry.h"
#include "storage/postgres/change_listener.h"
#include "storage/postgres/dataset_reads.h"
#include "storage/postgres/migrations.h"
#include "storage/postgres/record_rows.h"
#include "storage/schema/scope_filters.h"
#include "storage/schema/signed_counts.h"

namespace vincula::storage::postgres {
namespace {

// A snapshot: every array of one load reads the same committed state, even
// while other servers write.
using Snapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// The URL as messages may show it: without its password.
std::string without_password(const std::string& url) {
    static const std::regex in_url(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    static const std::regex in_keywords(R"(password\s*=\s*\S+)");
    return std::regex_replace(std::regex_replace(url, in_url, "$1:***@"), in_keywords,
                              "password=***");
}

// Every record of `array`, or, given a scope, those its filter picks.
template <domain::Record T>
void read_array(Sql& sql, std::string_view array, std::vector<T>& records,
                std::vector<std::int64_t>& ids, const Scope* scope) {
    std::string where;
    std::vector<ColumnText> parameters;
    if (scope != nullptr) {
        if (auto filter = schema::scope_filter(array); !filter.empty()) {
            auto condition = schema::positional(filter);
            where = " WHERE " + condition.condition;
            for (const auto& name : condition.parameters) {
                parameters.emplace_back(name == "commission" ? scope->commission
                                        : name == "from"     ? scope->period.from().to_iso()
                                                             : scope->period.to().to_iso());
            }
        }
    }
    auto rows = sql.run_with(
        "SELECT " + selected_columns<T>() + " FROM " + sql_name(array) + where + " ORDER BY id",
        parameters);
    read_records(sql, array, rows, records, ids, where.empty());
}

// The register's spans counted by PostgreSQL: the scope holds only the
// convenios its period prints, not every one the figures count.
void count_signed_spans(Sql& sql, const common::Date& date, domain::Dataset& data) {
    auto select = schema::positional(schema::signed_count_select());
    for (const auto& [from, to] : domain::register_spans(data, date)) {
        std::vector<ColumnText> parameters;
        for (const auto& name : select.parameters) {
            parameters.emplace_back(name == "from" ? schema::span_start(from) : to.to_iso());
        }
        domain::SignedSpan span{from, to, {}};
        for (const auto& row : sql.run_with(select.condition, parameters)) {
            std::optional<std::string> sector;
            if (!row[2].is_null()) {
                sector = row[2].as<std::string>();
            }
            schema::add_signed_row(span.count, row[0].as<std::string>(), row[1].as<int>() == 1,
                                   sector, row[3].as<long>());
        }
        data.signed_spans.push_back(std::move(span));
    }
}

}  // namespace

domain::Dataset read_dataset(Sql& sql, const Scope* scope,
                             std::map<std::string, std::vector<std::int64_t>>* ids) {
    domain::Dataset data;
    auto institution = sql.run("SELECT name, acronym FROM institution WHERE id = 1");
    if (!institution.empty()) {
        data.institution = domain::Institution{institution[0][0].as<std::string>(),
                                               institution[0][1].as<std::string>()};
    }
    domain::for_each_array(data, [&](domain::ArrayInfo info, auto& records) {
        std::vector<std::int64_t> array_ids;
        read_array(sql, info.name, records, array_ids, scope);
        if (ids != nullptr) {
            (*ids)[std::string(info.name)] = std::move(array_ids);
        }
    });
    if (scope != nullptr) {
        count_signed_spans(sql, scope->period.to(), data);
    }
    return data;
}

common::Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const std::string& url,
                                                                   OpenMode mode) {
    try {
        std::unique_ptr<PostgresStore> store(
            new PostgresStore(std::make_unique<pqxx::connection>(url)));
        if (mode == OpenMode::ExistingOnly && store->schema_version() == 0) {
            return common::field_error("db", "base_no_inicializada", {without_password(url)});
        }
        if (auto migrated = migrate(*store->m_connection); !migrated) {
            return std::move(migrated).error();
        }
        store->m_read_cache = cache::ReadCache::shared(
            "postgresql\n" + url, [&url] { return std::make_unique<ChangeListener>(url); });
        return store;
    } catch (const std::exception& error) {
        return common::field_error("db", "base_de_datos", {without_password(url), error.what()});
    }
}

void PostgresStore::commit(pqxx::work& transaction) {
    transaction.commit();
    if (m_read_cache) {
        m_read_cache->changed_here();
    }
}

std::optional<std::uint64_t> PostgresStore::cache_generation() {
    return m_read_cache ? m_read_cache->generation() : std::nullopt;
}

int PostgresStore::schema_version() {
    return postgres::schema_version(*m_connection);
}

domain::Dataset PostgresStore::load() {
    Snapshot snapshot(*m_connection);
    Sql sql{snapshot, m_statements};
    return read_dataset(sql);
}

domain::Dataset PostgresStore::load_scope(const std::string& commission,
                                          const domain::Period& period) {
    Snapshot snapshot(*m_connection);
    Sql sql{snapshot, m_statements};
    Scope scope{commission, period};
    return read_dataset(sql, &scope);
}

std::vector<std::pair<std::string, std::size_t>> PostgresStore::counts() {
    Snapshot snapshot(*m_connection);
    Sql sql{snapshot, m_statements};
    std::vector<std::pair<std::string, std::size_t>> result;
    domain::Dataset empty;
    domain::for_each_array(empty, [&](domain::ArrayInfo info, auto&) {
        auto count =
            sql.run("SELECT COUNT(*) FROM " + sql_name(info.name))[0][0].as<std::int64_t>();
        result.emplace_back(std::string(info.name), static_cast<std::size_t>(count));
    });
    return result;
}

}  // namespace vincula::storage::postgres
