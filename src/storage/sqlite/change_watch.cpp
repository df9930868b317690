#include "storage/sqlite/change_watch.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>

#include "storage/sqlite/change_counts.h"

namespace vincula::storage::sqlite {

ChangeWatch::ChangeWatch(const std::filesystem::path& database_file)
    : m_path(database_file), m_name(database_file.filename().string()) {
    std::error_code ignored;
    auto directory = std::filesystem::absolute(database_file, ignored).parent_path();
    m_descriptor = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_descriptor < 0) {
        return;  // no inotify (or too many instances): nothing is cached
    }
    // Every way a file in the directory can change what SQLite reads.
    constexpr std::uint32_t CHANGES = IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                      IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF |
                                      IN_MOVE_SELF;
    if (inotify_add_watch(m_descriptor, directory.c_str(), CHANGES) < 0) {
        ::close(m_descriptor);
        m_descriptor = -1;
    }
}

ChangeWatch::~ChangeWatch() {
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
    }
}

std::optional<std::uint64_t> ChangeWatch::generation() {
    // Read and count under one lock: a thread that finds the queue empty
    // must not return before another that drained it has counted.
    std::lock_guard lock(m_mutex);
    if (m_descriptor < 0) {
        return std::nullopt;
    }
    alignas(inotify_event) std::array<char, 4096> events;
    for (;;) {
        auto length = ::read(m_descriptor, events.data(), events.size());
        if (length < 0 && errno == EINTR) {
            continue;
        }
        if (length < 0 && errno == EAGAIN) {
            return m_generation;
        }
        if (length <= 0) {
            stop_watching();
            return std::nullopt;
        }
        bool changed = false;  // how many events does not matter, only that there were some
        for (std::size_t at = 0; at < static_cast<std::size_t>(length);) {
            const auto* event = reinterpret_cast<const inotify_event*>(events.data() + at);
            // The directory itself went away or moved: the watch sees
            // nothing from now on, so nothing may be cached any more.
            if ((event->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) != 0) {
                stop_watching();
                return std::nullopt;
            }
            // The name is padded with NULs to the event's length.
            std::string_view name = event->len == 0 ? std::string_view() : event->name;
            changed = changed || (event->mask & IN_Q_OVERFLOW) != 0 || is_database_file(name);
            constexpr std::uint32_t REPLACED = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;
            m_replaced = m_replaced || (event->mask & IN_Q_OVERFLOW) != 0 ||
                         ((event->mask & REPLACED) != 0 && name == m_name);
            at += sizeof(inotify_event) + event->len;
        }
        if (changed) {
            ++m_generation;
        }
    }
}

void ChangeWatch::changed_here() {
    std::lock_guard lock(m_mutex);
    ++m_generation;
}

std::optional<std::map<std::string, std::int64_t>> ChangeWatch::change_counts() {
    bool replaced = false;
    {
        std::lock_guard lock(m_mutex);
        std::swap(replaced, m_replaced);
    }
    std::lock_guard lock(m_counts_mutex);
    if (replaced) {
        m_counts_connection.reset();  // it reads the file that was there
        return std::nullopt;
    }
    try {
        if (!m_counts_connection) {
            m_counts_connection = std::make_unique<SQLite::Database>(
                m_path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
            // Never long: every reader of the cache waits for this one.
            m_counts_connection->setBusyTimeout(100);
        }
        return read_change_counts(*m_counts_connection);
    } catch (const std::exception&) {
        m_counts_connection.reset();
        return std::nullopt;  // not a database (yet), or busy: forget all
    }
}

bool ChangeWatch::is_database_file(std::string_view name) const {
    if (name.empty()) {
        return true;
    }
    if (!name.starts_with(m_name)) {
        return false;
    }
    auto suffix = name.substr(m_name.size());
    return suffix.empty() || suffix == "-wal" || suffix == "-shm" || suffix == "-journal";
}

void ChangeWatch::stop_watching() {
    ::close(m_descriptor);
    m_descriptor = -1;
}

}  // namespace vincula::storage::sqlite
