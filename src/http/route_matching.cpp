// Matching a path against the route table by segments: a few comparisons
// per route instead of a regular expression each, which is most of the cost
// of a small request.
#include <tuple>

#include <restinio/utils/percent_encoding.hpp>

#include "http/routes.h"

namespace vincula::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto slash = path.find('/', start);
        if (slash == std::string_view::npos) {
            slash = path.size();
        }
        if (slash > start) {
            segments.push_back(path.substr(start, slash - start));
        }
        start = slash + 1;
    }
    return segments;
}

std::optional<std::string> decoded(std::string_view segment) {
    auto text = restinio::utils::try_unescape_percent_encoding(segment);
    if (!text) {
        return std::nullopt;
    }
    return *text;
}

bool matches(const std::vector<std::string_view>& pattern,
             const std::vector<std::string_view>& path,
             std::map<std::string, std::string, std::less<>>& params) {
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        auto part = pattern[i];
        bool parameter = part.starts_with("{");
        if (parameter && part.ends_with("+}")) {
            if (i >= path.size()) {
                return false;
            }
            std::string rest;
            for (std::size_t j = i; j < path.size(); ++j) {
                auto segment = decoded(path[j]);
                if (!segment) {
                    return false;
                }
                rest += (j == i ? "" : "/") + *segment;
            }
            params.emplace(std::string(part.substr(1, part.size() - 3)), std::move(rest));
            return true;
        }
        if (i >= path.size()) {
            return false;
        }
        if (parameter) {
            auto segment = decoded(path[i]);
            if (!segment) {
                return false;
            }
            params.emplace(std::string(part.substr(1, part.size() - 2)), std::move(*segment));
        } else if (part != path[i]) {
            return false;
        }
    }
    return pattern.size() == path.size();
}

std::string_view method_of(const Route& route) {
    return method_name(route.method);
}

std::string_view method_of(const web::Page& page) {
    return page.method;
}

}  // namespace

std::string_view method_name(Method method) {
    switch (method) {
        case Method::Get:
            return "GET";
        case Method::Post:
            return "POST";
        case Method::Patch:
            return "PATCH";
        case Method::Delete:
            return "DELETE";
    }
    return "";
}

namespace {

// The first entry of `table` whose pattern and method match; `patterns` are
// the table's patterns, split once.
template <class Entry>
std::tuple<const Entry*, std::map<std::string, std::string, std::less<>>, bool> first_match(
    const std::vector<Entry>& table, const std::vector<std::vector<std::string_view>>& patterns,
    std::string_view method, std::string_view path) {
    auto segments = split_path(path);
    bool path_exists = false;
    for (std::size_t i = 0; i < table.size(); ++i) {
        std::map<std::string, std::string, std::less<>> params;
        if (!matches(patterns[i], segments, params)) {
            continue;
        }
        if (method_of(table[i]) == method) {
            return {&table[i], std::move(params), true};
        }
        path_exists = true;
    }
    return {nullptr, {}, path_exists};
}

template <class Entry>
std::vector<std::vector<std::string_view>> split_patterns(const std::vector<Entry>& table) {
    // The patterns split once: splitting all of them again for every
    // request was a measurable part of a small request's cost.
    std::vector<std::vector<std::string_view>> split;
    for (const auto& entry : table) {
        split.push_back(split_path(entry.pattern));
    }
    return split;
}

}  // namespace

RouteMatch match_route(Method method, std::string_view path) {
    static const auto patterns = split_patterns(routes());
    auto [route, params, path_exists] = first_match(routes(), patterns, method_name(method), path);
    return RouteMatch{route, std::move(params), path_exists};
}

PageMatch match_page(Method method, std::string_view path) {
    static const auto patterns = split_patterns(web::pages());
    auto [page, params, path_exists] =
        first_match(web::pages(), patterns, method_name(method), path);
    return PageMatch{page, std::move(params), path_exists};
}

}  // namespace vincula::http
