#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/field_error.h"

namespace vincula::bundle {

// nlohmann::json keeps the last of two equal keys in an object without a
// word; a bundle with `"date"` twice in one session would lose data silently.
// This SAX pass notices every repeated key and where it is. It runs before
// the DOM parse rather than as a parser callback: the callback parser scans
// the parent container at every object's end, which is quadratic on the
// large arrays of a big bundle.
class DuplicateKeyFinder : public nlohmann::json_sax<nlohmann::json> {
public:
    explicit DuplicateKeyFinder(common::FieldErrors& errors) : m_errors(errors) {}

    // Scans `text`; returns false if it is not well-formed JSON (the DOM
    // parse then says where).
    static bool scan(std::string_view text, common::FieldErrors& errors);

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override;
    bool key(string_t& name) override;
    bool end_object() override { return end(); }
    bool start_array(std::size_t) override;
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
    bool end();
    void count_element();
    std::string current_path() const;

    common::FieldErrors& m_errors;
    std::vector<Frame> m_frames;
};

}  // namespace vincula::bundle
