#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/field_error.h"
#include "common/result.h"

namespace vincula::bundle {

// Nesting allowed in JSON that comes from outside (a bundle, an API body, a
// form's JSON field). A real bundle nests about eight levels; nlohmann's
// copy and comparison recurse, so a body of tens of thousands of nested
// objects would exhaust the stack of whoever copies it.
inline constexpr std::size_t MAX_JSON_DEPTH = 64;

// A SAX pass over JSON from outside, before the DOM parse, that notices
//  - every repeated key and where it is: nlohmann::json keeps the last of
//    two equal keys in an object without a word, so a bundle with `"date"`
//    twice in one session would lose data silently;
//  - nesting deeper than MAX_JSON_DEPTH, where it stops at once.
// It runs before the DOM parse rather than as a parser callback: the
// callback parser scans the parent container at every object's end, which is
// quadratic on the large arrays of a big bundle.
class JsonInputCheck : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit JsonInputCheck(common::FieldErrors& errors) : m_errors(errors) {}

    // Scans `text`, adding what it finds to `errors`; returns false if the
    // text is not well-formed JSON or nests too deep (the DOM parse then
    // says where a syntax error is).
    static bool scan(std::string_view text, common::FieldErrors& errors);

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return start(false); }
    bool key(string_t& name) override;
    bool end_object() override { return end(); }
    bool start_array(std::size_t) override { return start(true); }
    bool end_array() override { return end(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    struct Frame {
        bool is_array = false;
        long index = -1;
        std::string key;
        std::unordered_set<std::string> keys;
    };
    bool value();
    bool start(bool is_array);
    bool end();
    void count_element();
    std::string path_of(std::size_t depth) const;

    common::FieldErrors& m_errors;
    std::vector<Frame> m_frames;
};

// The document in `text` (an API body, a form's JSON field), or every reason
// it is refused: repeated keys and too deep a nesting, each at its path; a
// syntax error ("cuerpo_json", naming the character); a number beyond what a
// double holds ("numero_representable").
common::Result<nlohmann::json> parse_json_input(std::string_view text);

}  // namespace vincula::bundle
