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

// A partial renders in the context where it is named, so writing its text
// in place of {{> _name}} renders the same. Done once, before parsing: the
// library parses a partial's text again at every use, and a partial inside
// a list (a field of a form, a finding, a follow-up) was parsed once per
// row.
std::string with_partials_written_in(std::string_view name, int depth = 0) {
    if (depth > 8) {
        throw std::runtime_error("plantilla " + std::string(name) +
                                 ": parciales que se incluyen a sí mismos");
    }
    std::string_view text = template_text(name);
    std::string whole;
    whole.reserve(text.size());
    for (std::size_t at = 0;;) {
        auto open = text.find("{{>", at);
        if (open == std::string_view::npos) {
            whole.append(text.substr(at));
            return whole;
        }
        auto close = text.find("}}", open);
        if (close == std::string_view::npos) {
            throw std::runtime_error("plantilla " + std::string(name) + ": parcial sin cerrar");
        }
        auto partial = text.substr(open + 3, close - open - 3);
        partial.remove_prefix(std::min(partial.find_first_not_of(' '), partial.size()));
        partial.remove_suffix(partial.size() - (partial.find_last_not_of(' ') + 1));
        whole.append(text.substr(at, open - at));
        whole.append(with_partials_written_in(partial, depth + 1));
        at = close + 2;
    }
}

// The data a template reads, built in place: the library's `set` and
// `push_back` copy what they are given, and with them every level of a
// nested list was copied again by each level above it.
mustache::data to_data(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data object{mustache::data::type::object};
            for (const auto& [name, member] : value.items()) {
                object[name] = to_data(member);
            }
            return object;
        }
        case nlohmann::json::value_t::array: {
            mustache::data list{mustache::data::type::list};
            // The list the data owns; the library only lends it as const.
            auto& items = const_cast<mustache::list&>(list.list_value());
            items.reserve(value.size());
            for (const auto& item : value) {
                items.push_back(to_data(item));
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
            return mustache::data(value.get_ref<const std::string&>());
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
        found = cache.emplace(std::string(name), with_partials_written_in(name)).first;
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
    auto& view = parsed(name);
    // Appended as it renders: the library's own render goes through a
    // string stream and copies the page out of it at the end.
    std::string html;
    html.reserve(16 * 1024);
    view.render(context, [&html](const std::string& text) { html += text; });
    if (!view.error_message().empty()) {
        throw std::runtime_error("plantilla " + std::string(name) + ": " + view.error_message());
    }
    return html;
}

}  // namespace vincula::web
