#include "http/event_log.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace vincula::http {
namespace {

spdlog::logger& logger() {
    static auto instance = [] {
        auto created = spdlog::stderr_logger_mt("vincula");
        // The message is the event's own fields, already JSON.
        created->set_pattern(R"({"hora":"%Y-%m-%dT%H:%M:%S.%eZ","nivel":"%l",%v})",
                             spdlog::pattern_time_type::utc);
        return created;
    }();
    return *instance;
}

}  // namespace

void log_event(Severity severity, const nlohmann::ordered_json& fields) {
    auto text = fields.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    // "{…}" without its braces: the pattern wraps it with the time and level.
    std::string_view inner(text);
    if (inner.size() >= 2) {
        inner = inner.substr(1, inner.size() - 2);
    }
    if (severity == Severity::Error) {
        logger().error("{}", inner);
    } else {
        logger().info("{}", inner);
    }
}

}  // namespace vincula::http
