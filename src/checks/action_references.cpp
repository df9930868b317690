#include "checks/action_references.h"

#include <map>
#include <optional>
#include <type_traits>

namespace vincula::checks {
namespace {

using common::Date;
using Span = std::pair<Date, Date>;

// The date fields that say when a record's work happened, as start and end.
// A missing end means a single day, except for `from`–`to`, where it means
// ongoing (an accompaniment not yet finished). Other dates say something
// else (when a report's period began, when an entrant was born) and must not
// make an action look active.
struct SpanFields {
    std::string_view start;
    std::string_view end;
    bool open_ended = false;
};
constexpr SpanFields SPAN_FIELDS[] = {
    {"date", "end_date"},
    {"from", "to", true},
    {"presented_from", "presented_to"},
    {"issued_from", "issued_to"},
    {"registration_open", "registration_close"},
    {"election_date", ""},
};

bool refers_to_action(const domain::FieldSpec& spec) {
    return spec.refers == domain::Refers::Actions || spec.refers == domain::Refers::ProgrammeParts;
}

// Reads one record's top-level fields: the action it refers to, its dates,
// and the commission's sessions it refers to (presented in, reported at).
class ActionFields {
public:
    explicit ActionFields(const Context& context) : m_context(context) {}

    template <class T>
    void field(std::string_view name, const T& value, domain::FieldSpec spec = {}) {
        if constexpr (std::is_same_v<T, std::string>) {
            read_text(value, spec);
        } else if constexpr (std::is_same_v<T, std::optional<std::string>>) {
            if (value) {
                read_text(*value, spec);
            }
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            for (const auto& text : value) {
                read_text(text, spec);
            }
        } else if constexpr (std::is_same_v<T, Date>) {
            m_dates.emplace(std::string(name), value);
        } else if constexpr (std::is_same_v<T, std::optional<Date>>) {
            if (value) {
                m_dates.emplace(std::string(name), *value);
            }
        }
    }

    const std::optional<std::string>& action() const { return m_action; }

    std::vector<Span> spans() const {
        std::vector<Span> spans;
        for (const auto& fields : SPAN_FIELDS) {
            auto first = m_dates.find(fields.start);
            if (first == m_dates.end()) {
                continue;
            }
            auto last = fields.end.empty() ? m_dates.end() : m_dates.find(fields.end);
            auto until = first->second;
            if (last != m_dates.end()) {
                until = std::max(first->second, last->second);
            } else if (fields.open_ended) {
                until = Date::from_ymd(9999, 12, 31);
            }
            spans.emplace_back(first->second, until);
        }
        for (const auto& date : m_session_dates) {
            spans.emplace_back(date, date);
        }
        return spans;
    }

private:
    void read_text(const std::string& text, const domain::FieldSpec& spec) {
        if (refers_to_action(spec)) {
            m_action = text;
        } else if (spec.refers == domain::Refers::Sessions) {
            if (const auto* session = m_context.session(text)) {
                m_session_dates.push_back(session->date);
            }
        }
    }

    const Context& m_context;
    std::optional<std::string> m_action;
    std::map<std::string, Date, std::less<>> m_dates;
    std::vector<Date> m_session_dates;
};

}  // namespace

std::vector<ActionReference> action_references(const Context& context) {
    std::vector<ActionReference> references;
    domain::for_each_array(context.data(), [&](domain::ArrayInfo info, const auto& records) {
        if (info.name == "no_activity") {
            return;
        }
        for (const auto& record : records) {
            using Record = std::decay_t<decltype(record)>;
            ActionFields fields(context);
            Record::describe(record, fields);
            if (fields.action()) {
                references.push_back(
                    ActionReference{*fields.action(), std::string(info.name), fields.spans()});
            }
        }
    });
    return references;
}

}  // namespace vincula::checks
