#include "web/downloads.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string_view>

#include "api/report_documents.h"
#include "report/build_text.h"

namespace vincula::web {

bool wants_spreadsheet(const Request& request) {
    return request.query_value("formato") == "xlsx";
}

api::Response attachment(std::string bytes, std::string media_type, const std::string& file_name) {
    api::Response response;
    response.content_type = std::move(media_type);
    response.body = std::move(bytes);
    response.headers.emplace_back("Content-Disposition",
                                  api::content_disposition("attachment", file_name));
    return response;
}

namespace {

// The first and last byte «bytes=A-B», «bytes=A-» or «bytes=-N» names in
// a file of `size` bytes; nothing for another unit, several ranges or
// text that is not a range (the whole file is then sent, as RFC 9110
// allows); {size, 0} for a range that starts past the end.
std::optional<std::pair<std::size_t, std::size_t>> byte_range(std::string_view range,
                                                              std::size_t size) {
    constexpr std::string_view UNIT = "bytes=";
    if (!range.starts_with(UNIT) || range.find(',') != std::string_view::npos) {
        return std::nullopt;
    }
    range.remove_prefix(UNIT.size());
    auto dash = range.find('-');
    if (dash == std::string_view::npos) {
        return std::nullopt;
    }
    auto number = [](std::string_view text) -> std::optional<std::size_t> {
        std::size_t value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
            return std::nullopt;
        }
        return value;
    };
    auto first = number(range.substr(0, dash));
    auto last = number(range.substr(dash + 1));
    if (!first) {  // the last N bytes
        if (!last || *last == 0) {
            return std::nullopt;
        }
        auto count = std::min(*last, size);
        return std::pair{size - count, size - 1};
    }
    if (*first >= size) {
        return std::pair{size, std::size_t{0}};
    }
    if (range.substr(dash + 1).empty()) {
        return std::pair{*first, size - 1};
    }
    if (!last || *last < *first) {
        return std::nullopt;
    }
    return std::pair{*first, std::min(*last, size - 1)};
}

}  // namespace

api::Response playable(std::string bytes, std::string media_type, const std::string& file_name,
                       std::string_view range) {
    api::Response response;
    response.content_type = std::move(media_type);
    response.headers.emplace_back("Content-Disposition",
                                  api::content_disposition("inline", file_name));
    response.headers.emplace_back("Accept-Ranges", "bytes");
    auto size = bytes.size();
    auto part = byte_range(range, size);
    if (!part) {
        response.body = std::move(bytes);
        return response;
    }
    if (part->first >= size) {
        response.status = 416;
        response.body.clear();
        response.headers.emplace_back("Content-Range", "bytes */" + std::to_string(size));
        return response;
    }
    response.status = 206;
    response.body = bytes.substr(part->first, part->second - part->first + 1);
    response.headers.emplace_back("Content-Range", "bytes " + std::to_string(part->first) + "-" +
                                                       std::to_string(part->second) + "/" +
                                                       std::to_string(size));
    return response;
}

api::Response spreadsheet_download(const ListTable& table, const std::string& file_name) {
    // The report's spreadsheet writer, given a one-table model: the same
    // header, frozen panes and widths as the report's tables.
    report::Table sheet;
    sheet.caption = table.title;
    for (const auto& header : table.headers) {
        sheet.columns.push_back({header, report::ColumnKind::Text, 0});
    }
    for (const auto& row : table.rows) {
        std::vector<report::Cell> cells;
        for (const auto& text : row) {
            cells.push_back(report::text_cell(text));
        }
        sheet.rows.push_back(std::move(cells));
    }
    report::ReportModel model;
    model.title = table.title;
    report::Section section;
    section.title = table.title;
    section.blocks.emplace_back(std::move(sheet));
    model.sections.push_back(std::move(section));
    const auto* document = api::find_report_document("xlsx");
    auto bytes = document->render(model);
    if (!bytes) {
        throw std::runtime_error(common::to_display(bytes.error().front()));
    }
    return attachment(std::move(*bytes), std::string(document->media_type), file_name);
}

namespace {

// A field a spreadsheet would take for a formula (=, +, -, @ first) is
// read as text: a quote before it (OWASP, CSV injection).
std::string csv_field(const std::string& text) {
    bool formula =
        !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    auto safe = formula ? "'" + text : text;
    if (safe.find_first_of(",\"\r\n") == std::string::npos) {
        return safe;
    }
    std::string quoted = "\"";
    for (char character : safe) {
        quoted += character;
        if (character == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        line += (i == 0 ? "" : ",") + csv_field(fields[i]);
    }
    return line + "\r\n";
}

}  // namespace

std::string csv_text(const ListTable& table) {
    std::string text = "\xEF\xBB\xBF" + csv_line(table.headers);
    for (const auto& row : table.rows) {
        text += csv_line(row);
    }
    return text;
}

api::Response csv_download(const ListTable& table, const std::string& file_name) {
    return attachment(csv_text(table), "text/csv; charset=utf-8", file_name);
}

}  // namespace vincula::web
