#include "domain/neighbourhood.h"

#include <algorithm>
#include <array>
#include <set>
#include <type_traits>
#include <utility>
#include <vector>

#include "domain/agreement_code.h"
#include "domain/agreement_code_format.h"
#include "domain/as_of.h"
#include "domain/editing.h"
#include "domain/key_index.h"
#include "domain/references.h"

namespace vincula::domain {
namespace {

// The arrays whose rules read only what neighbourhood() gathers: the
// records they refer to, any of the same key, and the siblings below. A
// vote or a separate opinion reads its agreement, the session and
// commission that adopted it and the seats it names; a follow-up, its
// agreement and when it was adopted; an observation, its session and seat;
// a score, its juror and work: all of them what the record names, in turn.
// A work programme's and a contest's rules read the record alone.
constexpr std::array<std::string_view, 35> KNOWN = {"areas",
                                                    "people",
                                                    "organizations",
                                                    "commissions",
                                                    "memberships",
                                                    "sessions",
                                                    "attendance",
                                                    "agreements",
                                                    "votes",
                                                    "vote_opinions",
                                                    "agreement_follow_ups",
                                                    "minutes_observations",
                                                    "agenda_items",
                                                    "work_programmes",
                                                    "no_activity",
                                                    "action_texts",
                                                    "document_series",
                                                    "documents",
                                                    "activities",
                                                    "external_sessions",
                                                    "sivople_reports",
                                                    "election_notes",
                                                    "convenios",
                                                    "convenio_progress",
                                                    "accompaniments",
                                                    "pertinence_opinions",
                                                    "convenio_baselines",
                                                    "networks",
                                                    "contacts",
                                                    "mailings",
                                                    "contests",
                                                    "registrations",
                                                    "jurors",
                                                    "rubric",
                                                    "scores"};

struct Reference {
    Refers refers;
    std::string key;
};

// The array of `data` whose records are of type T: each record type is
// one array's. Where the type is known (inside for_each_array), this reaches
// the same array of another dataset without dispatching on its name again:
// a with_array inside a for_each_array instantiated its body once for every
// pair of arrays (and inside two, for every triple), and this file took
// eleven minutes to compile in the sanitizer build.
template <class T>
std::vector<T>& array_of(Dataset& data) {
    std::vector<T>* found = nullptr;
    for_each_array(data, [&](ArrayInfo, auto& records) {
        if constexpr (std::is_same_v<std::decay_t<decltype(records)>, std::vector<T>>) {
            found = &records;
        }
    });
    return *found;  // T is a record type: some array holds it
}

// The references a record makes.
template <Record T>
std::vector<Reference> references_of(const T& record) {
    std::vector<Reference> found;
    for_each_reference(record, [&](Refers refers, const std::string& value, FieldSpec) {
        found.push_back({refers, value});
    });
    return found;
}

// What gathers the neighbourhood: each record once, each question once.
class Gathering {
public:
    explicit Gathering(StoredRecords& stored) : m_stored(stored) {}

    // The record of `array` with `key`, and what it refers to.
    void record(std::string_view array, const std::string& key) {
        if (array.empty() || key.empty() || !m_asked.emplace(std::string(array), key).second) {
            return;
        }
        take(m_stored.find(RecordRef{std::string(array), key}));
    }

    void reference(const Reference& reference) {
        if (reference.refers == Refers::Agreements) {
            agreement(reference.key);
            return;
        }
        for (const auto& address : addresses_named(reference.refers, reference.key)) {
            record(address.array, address.key);
        }
    }

    // Every stored record of `query.array` with those field values.
    void matching(ListQuery query) {
        std::string question = query.array;
        for (const auto& [field, value] : query.equal) {
            question += "|" + field + "=" + value;
        }
        if (m_asked.emplace("?", question).second) {
            take(m_stored.matching(query));
        }
    }

    // The agreement an incoming record names, however its code was typed:
    // as stored, or else any of its series and year (one of them may be the
    // same agreement written otherwise, CVOE/36/2021 for CVOE/036/21).
    void agreement(const std::string& code) {
        record("agreements", code);
        if (record_with_key(m_result.agreements, code) != nullptr) {
            return;
        }
        if (auto parsed = AgreementCode::create(code)) {
            series(parsed->prefix(), parsed->year());
        }
    }

    // Every stored agreement whose code is of the series `prefix` in `year`.
    void series(const std::string& prefix, int year) {
        if (!m_asked.emplace("serie", prefix + "|" + std::to_string(year)).second) {
            return;
        }
        take(m_stored.beginning_with("agreements", "code", prefix, [&](const std::string& code) {
            auto parsed = AgreementCode::create(code);
            return parsed && parsed->prefix() == prefix && parsed->year() == year;
        }));
    }

    const Dataset& gathered() const { return m_result; }

    Dataset result() && { return std::move(m_result); }

private:
    // Keeps what was found (once per key) and asks for what it refers to;
    // not the agreements a found record names, which no rule of these
    // arrays reads.
    void take(const Dataset& found) {
        std::vector<Reference> next;
        for_each_array(found, [&](ArrayInfo info, const auto& records) {
            for (const auto& record : records) {
                auto key = record_key(record);
                if (!key.empty() && !m_kept.emplace(std::string(info.name), key).second) {
                    continue;
                }
                using T = typename std::decay_t<decltype(records)>::value_type;
                array_of<T>(m_result).push_back(record);
                for (auto& reference : references_of(record)) {
                    if (reference.refers != Refers::Agreements) {
                        next.push_back(std::move(reference));
                    }
                }
            }
        });
        if (found.institution && !m_result.institution) {
            m_result.institution = found.institution;
        }
        for (const auto& reference : next) {
            this->reference(reference);
        }
    }

    StoredRecords& m_stored;
    Dataset m_result;
    std::set<std::pair<std::string, std::string>> m_asked;
    std::set<std::pair<std::string, std::string>> m_kept;
};

// Every stored record of `array` with these field values (built field by
// field: GCC warns of designated initializers that leave members out).
ListQuery all_with(std::string array, std::vector<std::pair<std::string, std::string>> equal) {
    ListQuery query;
    query.array = std::move(array);
    query.equal = std::move(equal);
    return query;
}

// What an incoming agreement is compared with: the agreements of its series
// and year, whose numbers follow the order of their sessions (named by its
// code or, for a code still to be given, by its session's commission as it
// was on the session's date) and every commission, since an agreement
// without a session belongs to the one whose series its code is in.
void ask_for_series(Gathering& gathering, const Dataset& incoming) {
    if (incoming.agreements.empty()) {
        return;
    }
    gathering.matching(all_with("commissions", {}));
    for (const auto& agreement : incoming.agreements) {
        if (auto code = AgreementCode::create(agreement.code)) {
            gathering.series(code->prefix(), code->year());
        }
        if (!agreement.session) {
            continue;
        }
        const auto& around = gathering.gathered();
        const auto* session = record_with_key(around.sessions, *agreement.session);
        if (session == nullptr) {
            continue;
        }
        const auto* commission = record_with_key(around.commissions, session->commission);
        if (commission == nullptr) {
            continue;
        }
        auto then = commission_as_of(*commission, session->date);
        gathering.series(AgreementCodeFormat::of(then).prefix(then.acronym), session->date.year());
    }
}

// The records a rule compares an incoming one with, beyond those it names.
void ask_for_siblings(Gathering& gathering, const Dataset& incoming) {
    for (const auto& session : incoming.sessions) {
        // Numbers are unique within a commission, year and type.
        gathering.matching(all_with("sessions", {{"commission", session.commission},
                                                 {"year", std::to_string(session.year)}}));
    }
    for (const auto& item : incoming.agenda_items) {
        // Places in the order of the day are unique within a session.
        gathering.matching(all_with("agenda_items", {{"session", item.session}}));
    }
    for (const auto& score : incoming.scores) {
        // A juror scores a work once by each criterion of its contest's
        // rubric (the work, named by the score, is gathered by now).
        gathering.matching(
            all_with("scores", {{"juror", score.juror}, {"registration", score.registration}}));
        const auto* work = record_with_key(gathering.gathered().registrations, score.registration);
        if (work != nullptr) {
            gathering.matching(all_with("rubric", {{"contest", work->contest}}));
        }
    }
    ask_for_series(gathering, incoming);
}

}  // namespace

std::vector<RecordRef> addresses_named(Refers refers, const std::string& key) {
    if (refers != Refers::Actions && refers != Refers::ProgrammeParts) {
        std::string_view name;
        Dataset none;
        for_each_array(none, [&](ArrayInfo info, const auto&) {
            if (info.identity == refers) {
                name = info.name;
            }
        });
        return {RecordRef{std::string(name), key}};
    }
    // «pat-2021/6/A», «pat-2021/6» or «pat-2021»: the programme holds its
    // lines and actions, and its own key may hold a slash too.
    std::vector<RecordRef> addresses;
    auto programme = key;
    for (int part = 0; part < 3; ++part) {
        addresses.push_back(RecordRef{"work_programmes", programme});
        auto slash = programme.rfind('/');
        if (slash == std::string::npos) {
            break;
        }
        programme.resize(slash);
    }
    return addresses;
}

void append_unskipped(
    Dataset& into, const std::string& array, Page& page,
    const std::function<bool(const std::string& array, std::int64_t id)>& skipped) {
    with_array(page.records, array, [&](ArrayInfo, auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        auto& kept = array_of<T>(into);
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (!skipped(array, page.ids[i])) {
                kept.push_back(std::move(records[i]));
            }
        }
    });
}

Dataset every_page(ListQuery query, const std::function<Page(const ListQuery&)>& list,
                   const std::function<bool(const std::string& array, std::int64_t id)>& skipped) {
    Dataset found;
    query.limit = 1000;
    query.after.clear();
    for (;;) {
        auto page = list(query);
        append_unskipped(found, query.array, page, skipped);
        if (page.next.empty()) {
            return found;
        }
        query.after = page.next;
    }
}

bool asks_for_neighbourhood(std::string_view array) {
    return std::find(KNOWN.begin(), KNOWN.end(), array) != KNOWN.end();
}

ChangeReads reads_nothing() {
    return [](StoredRecords&, const Dataset&) -> std::optional<Dataset> { return Dataset{}; };
}

std::optional<Dataset> neighbourhood(StoredRecords& stored, const Dataset& incoming) {
    bool known = true;
    std::vector<Reference> named;
    std::vector<std::pair<std::string_view, std::string>> keys;
    for_each_array(incoming, [&](ArrayInfo info, const auto& records) {
        if (!records.empty() && !asks_for_neighbourhood(info.name)) {
            known = false;
        }
        for (const auto& record : records) {
            auto references = references_of(record);
            named.insert(named.end(), references.begin(), references.end());
            keys.emplace_back(info.name, record_key(record));
        }
    });
    if (!known || incoming.institution) {
        return std::nullopt;
    }
    Gathering gathering(stored);
    for (const auto& [array, key] : keys) {
        gathering.record(array, key);  // a stored record with the same key
    }
    for (const auto& reference : named) {
        gathering.reference(reference);
    }
    ask_for_siblings(gathering, incoming);
    return std::move(gathering).result();
}

namespace {

bool may_name(Refers identity, Refers refers) {
    return refers == identity || (identity == Refers::ProgrammeParts &&
                                  (refers == Refers::Actions || refers == Refers::ProgrammeParts));
}

// Where the records of one type may name a record of kind `identity`: in
// their own text fields and lists of references (`fields`, asked of the
// store by index), inside nested records kept as text in a field of their
// own (`nested`: the store gives candidates, domain code looks into them),
// or inside nested records kept apart (`apart`: a programme's lines).
struct NamingFields {
    Refers identity;
    std::vector<std::string> fields;
    std::vector<std::string> nested;
    bool apart = false;

    template <class V>
    void field(std::string_view name, const V&, FieldSpec spec = {}) {
        constexpr bool text = std::is_same_v<V, std::string> ||
                              std::is_same_v<V, std::optional<std::string>> ||
                              std::is_same_v<V, std::vector<std::string>>;
        bool names = false;
        if constexpr (text) {
            names =
                spec.refers != Refers::Nothing && !spec.is_key && may_name(identity, spec.refers);
        } else {
            names = inside<V>();
        }
        if (!names) {
            return;
        }
        if (spec.stored_apart) {
            apart = true;
        } else if (text) {
            fields.emplace_back(name);
        } else {
            nested.emplace_back(name);
        }
    }

    // Whether a record of type V, or one nested in it, may name one.
    template <class V>
    bool inside() const {
        if constexpr (IsOptional<V>::value || IsVector<V>::value) {
            return inside<typename V::value_type>();
        } else if constexpr (Record<V>) {
            NamingFields within{identity, {}, {}, false};
            V sample{};
            V::describe(sample, within);
            return within.apart || !within.fields.empty() || !within.nested.empty();
        } else {
            return false;
        }
    }
};

// The stored records that name `key`, the record of kind `identity` about to
// be removed: asked of the store field by field, and, where records nest
// their references (an activity's participants name people and
// organizations), the store's candidates looked into. std::nullopt when
// nested records kept apart may name it (a programme's lines): the caller
// reads everything.
std::optional<Dataset> holders_of(StoredRecords& stored, Refers identity, const std::string& key) {
    Dataset holders;
    bool apart = false;
    bool beneath = identity == Refers::ProgrammeParts;
    Dataset none;
    for_each_array(none, [&](ArrayInfo info, const auto& records) {
        using T = typename std::decay_t<decltype(records)>::value_type;
        NamingFields naming{identity, {}, {}, false};
        T sample{};
        T::describe(sample, naming);
        apart = apart || naming.apart;
        if (apart) {
            return;
        }
        std::string array(info.name);
        Dataset found;
        if (!naming.fields.empty()) {
            found = stored.naming(array, naming.fields, key, beneath);
        }
        for (const auto& field : naming.nested) {
            append(found, stored.containing(array, field, key, beneath));
        }
        // The store's candidates may not name it (a nested text that merely
        // holds the key); repeats are dropped where the holders are merged.
        auto& kept = array_of<T>(holders);
        for (auto& record : array_of<T>(found)) {
            bool names = false;
            for_each_reference(
                record, [&](Refers refers, const std::string& value, FieldSpec spec) {
                    names = names || (!spec.is_key && names_record(identity, key, refers, value));
                });
            if (names) {
                kept.push_back(std::move(record));
            }
        }
    });
    if (apart) {
        return std::nullopt;
    }
    return holders;
}

// Adds to `around` who holds `key` (of kind `identity`): referrers() of the
// result finds them as it would beside everything, each once (the store
// may answer one twice, through two fields, and one may also be what it
// names). False when holders_of cannot say.
bool add_holders(StoredRecords& stored, Dataset& around, Refers identity, const std::string& key) {
    auto holders = holders_of(stored, identity, key);
    if (!holders) {
        return false;
    }
    for_each_array(*holders, [&](ArrayInfo, auto& found) {
        using T = typename std::decay_t<decltype(found)>::value_type;
        auto& kept = array_of<T>(around);
        std::set<std::string> known;
        for (const auto& record : kept) {
            known.insert(record_key(record));
        }
        for (auto& record : found) {
            auto held = record_key(record);
            if (held.empty() || known.insert(held).second) {
                kept.push_back(std::move(record));
            }
        }
    });
    return true;
}

}  // namespace

std::optional<Dataset> change_neighbourhood(StoredRecords& stored, const Dataset& changed,
                                            const Dataset& current) {
    auto both = changed;
    append(both, current);
    auto around = neighbourhood(stored, both);
    if (!around) {
        return around;
    }
    for (const auto& part : dropped_parts(current, changed)) {
        if (!add_holders(stored, *around, Refers::ProgrammeParts, part.key)) {
            return std::nullopt;
        }
    }
    return around;
}

std::optional<Dataset> removal_neighbourhood(StoredRecords& stored, std::string_view array,
                                             const Dataset& current) {
    auto around = neighbourhood(stored, current);
    if (!around || !may_be_named(array)) {
        return around;
    }
    std::string key;
    with_array(current, array, [&](ArrayInfo, const auto& records) {
        if (!records.empty()) {
            key = record_key(records.front());
        }
    });
    if (key.empty()) {
        return std::nullopt;
    }
    if (!add_holders(stored, *around, identity_of(array), key)) {
        return std::nullopt;
    }
    return around;
}

}  // namespace vincula::domain
