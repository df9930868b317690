#include "web/view.h"

#include <map>
#include <stdexcept>

#include <mustache.hpp>

#include "web/embedded_file.h"

namespace vincula::web {
namespace {

namespace mustache = kainjow::mustache;

std::string_view template_text(std::string_view name) {
    std::string file = std::string(name) + ".mustache";
    for (const auto& embedded : template_files()) {
        if (embedded.name == file) {
            return embedded.bytes;
        }
    }
    throw std::runtime_error("no existe la plantilla " + file);
}

mustache::data to_data(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data object{mustache::data::type::object};
            for (const auto& [name, member] : value.items()) {
                object.set(name, to_data(member));
            }
            return object;
        }
        case nlohmann::json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            for (const auto& item : value) {
                list.push_back(to_data(item));
            }
            return list;
        }
        case nlohmann::json::value_t::boolean:
            return mustache::data(value.get<bool>());
        case nlohmann::json::value_t::string:
            // Empty text is false, as in the other mustache implementations:
            // {{#place}}…{{/place}} shows nothing when there is no place.
            if (value.get_ref<const std::string&>().empty()) {
                return mustache::data(false);
            }
            return mustache::data(value.get<std::string>());
        case nlohmann::json::value_t::null:
            return mustache::data(false);
        default:
            return mustache::data(value.dump());
    }
}

// Parsed once per thread: a template's parse tree is not shared between
// threads rendering at the same time.
mustache::mustache& parsed(std::string_view name) {
    thread_local std::map<std::string, mustache::mustache, std::less<>> cache;
    auto found = cache.find(name);
    if (found == cache.end()) {
        found = cache.emplace(std::string(name), std::string(template_text(name))).first;
        if (!found->second.is_valid()) {
            auto message = found->second.error_message();
            cache.erase(found);
            throw std::runtime_error("plantilla " + std::string(name) + ": " + message);
        }
    }
    return found->second;
}

}  // namespace

std::string render(std::string_view name, const nlohmann::json& data) {
    auto context = to_data(data);
    // Partials live among the data's names, so they are the templates whose
    // names start with «_» (no data name does): {{> _field}}.
    for (const auto& embedded : template_files()) {
        if (!embedded.name.starts_with("_")) {
            continue;
        }
        auto partial_name = embedded.name.substr(0, embedded.name.find('.'));
        auto text = embedded.bytes;
        context.set(std::string(partial_name),
                    mustache::partial([text] { return std::string(text); }));
    }
    auto& view = parsed(name);
    auto html = view.render(context);
    if (!view.error_message().empty()) {
        throw std::runtime_error("plantilla " + std::string(name) + ": " + view.error_message());
    }
    return html;
}

}  // namespace vincula::web
