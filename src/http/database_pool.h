#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "domain/database.h"
#include "http/server.h"

namespace vincula::http {

// Connections kept open between requests: opening one (and preparing its
// statements) costs more than most requests.
class DatabasePool {
public:
    explicit DatabasePool(DatabaseFactory factory) : m_factory(std::move(factory)) {}

    // A connection for the length of one request, returned on destruction.
    class Lease {
    public:
        Lease(DatabasePool& pool, std::unique_ptr<domain::Database> database)
            : m_pool(pool), m_database(std::move(database)) {}
        ~Lease() { m_pool.give_back(std::move(m_database)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        domain::Database& operator*() { return *m_database; }

    private:
        DatabasePool& m_pool;
        std::unique_ptr<domain::Database> m_database;
    };

    common::Result<std::unique_ptr<Lease>> lease() {
        {
            std::lock_guard lock(m_mutex);
            if (!m_idle.empty()) {
                auto database = std::move(m_idle.back());
                m_idle.pop_back();
                return std::make_unique<Lease>(*this, std::move(database));
            }
        }
        auto opened = m_factory();
        if (!opened) {
            return std::move(opened).error();
        }
        return std::make_unique<Lease>(*this, std::move(*opened));
    }

private:
    void give_back(std::unique_ptr<domain::Database> database) {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(database));
    }

    DatabaseFactory m_factory;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<domain::Database>> m_idle;
};

}  // namespace vincula::http
