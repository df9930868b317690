// Matching a path against the route table by segments: a few comparisons
// per route instead of a regular expression each, which is most of the cost
// of a small request.
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

RouteMatch match_route(Method method, std::string_view path) {
    // The patterns split once: splitting all of them again for every
    // request was a measurable part of a small request's cost.
    static const auto patterns = [] {
        std::vector<std::vector<std::string_view>> split;
        for (const auto& route : routes()) {
            split.push_back(split_path(route.pattern));
        }
        return split;
    }();
    RouteMatch result;
    auto segments = split_path(path);
    const auto& table = routes();
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto& route = table[i];
        std::map<std::string, std::string, std::less<>> params;
        if (!matches(patterns[i], segments, params)) {
            continue;
        }
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
        result.path_exists = true;
    }
    return result;
}

}  // namespace vincula::http
