#include "domain/agreement_code_settling.h"

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "domain/agreement_code.h"
#include "domain/agreement_code_format.h"

namespace vincula::domain {
namespace {

using Identity = std::tuple<std::string, int, int>;  // prefix, number, year

Identity identity_of(const AgreementCode& code) {
    return {code.prefix(), code.number(), code.year()};
}

// Rewrites, in a record and the records nested in it, every text that
// refers to an agreement through `settle`.
template <class Settle>
class AgreementReferences {
public:
    explicit AgreementReferences(Settle& settle) : m_settle(settle) {}

    template <class T>
    void field(std::string_view, T& value, FieldSpec spec = {}) {
        visit(value, spec);
    }

private:
    void visit(std::string& value, FieldSpec spec) {
        if (spec.refers == Refers::Agreements && !spec.is_key) {
            m_settle(value);
        }
    }
    template <class T>
    void visit(std::optional<T>& value, FieldSpec spec) {
        if (value) {
            visit(*value, spec);
        }
    }
    template <class T>
    void visit(std::vector<T>& values, FieldSpec spec) {
        for (auto& value : values) {
            visit(value, spec);
        }
    }
    template <Record T>
    void visit(T& record, FieldSpec) {
        T::describe(record, *this);
    }
    template <class T>
    void visit(T&, FieldSpec) {}

    Settle& m_settle;
};

class Settling {
public:
    Settling(const Dataset& stored, const Dataset& incoming)
        : m_stored(stored), m_incoming(incoming) {}

    // The agreement's code in its series' form, when its series is known.
    void settle_code(Agreement& agreement) {
        if (!m_series_read) {
            read_series();
        }
        auto code = AgreementCode::create(agreement.code);
        if (!code) {
            return;
        }
        const Commission* commission = session_commission(agreement);
        if (commission == nullptr) {
            commission = sole_issuer(*code);
        }
        if (commission == nullptr) {
            return;
        }
        if (auto settled = in_series_form(*commission, *code)) {
            agreement.code = *settled;
        }
    }

    void settle_reference(std::string& reference) {
        if (!m_indexed) {
            index();
        }
        if (m_codes.contains(reference)) {
            return;
        }
        if (auto code = AgreementCode::create(reference)) {
            auto found = m_by_identity.find(identity_of(*code));
            if (found != m_by_identity.end()) {
                reference = found->second;
            }
        }
    }

private:
    // Which commission each session is of, and the commissions: read only
    // when agreements come in.
    void read_series() {
        m_series_read = true;
        for (const auto* data : {&m_stored, &m_incoming}) {
            for (const auto& session : data->sessions) {
                m_session_commission.emplace(session.key, session.commission);
            }
            for (const auto& commission : data->commissions) {
                m_commissions.insert_or_assign(commission.key, &commission);
            }
        }
    }

    // Every agreement on record, stored or incoming (codes settled), by what
    // it names; read only when a record refers to an agreement.
    void index() {
        m_indexed = true;
        for (const auto* data : {&m_stored, &m_incoming}) {
            for (const auto& agreement : data->agreements) {
                m_codes.emplace(agreement.code);
                if (auto code = AgreementCode::create(agreement.code)) {
                    m_by_identity.emplace(identity_of(*code), agreement.code);
                }
            }
        }
    }

    const Commission* session_commission(const Agreement& agreement) const {
        if (!agreement.session) {
            return nullptr;
        }
        auto session = m_session_commission.find(*agreement.session);
        if (session == m_session_commission.end()) {
            return nullptr;
        }
        auto commission = m_commissions.find(session->second);
        return commission == m_commissions.end() ? nullptr : commission->second;
    }

    const Commission* sole_issuer(const AgreementCode& code) const {
        const Commission* issuer = nullptr;
        for (const auto& [key, commission] : m_commissions) {
            if (issues_code(*commission, code)) {
                if (issuer != nullptr) {
                    return nullptr;  // two series alike: none is presumed
                }
                issuer = commission;
            }
        }
        return issuer;
    }

    const Dataset& m_stored;
    const Dataset& m_incoming;
    bool m_series_read = false;
    bool m_indexed = false;
    std::unordered_map<std::string, std::string> m_session_commission;
    std::map<std::string, const Commission*, std::less<>> m_commissions;
    std::set<std::string, std::less<>> m_codes;
    std::map<Identity, std::string> m_by_identity;
};

}  // namespace

void settle_agreement_codes(const Dataset& stored, Dataset& incoming) {
    Settling settling(stored, incoming);
    for (auto& agreement : incoming.agreements) {
        settling.settle_code(agreement);
    }
    auto settle = [&](std::string& reference) { settling.settle_reference(reference); };
    for_each_array(incoming, [&](ArrayInfo, auto& records) {
        for (auto& record : records) {
            AgreementReferences<decltype(settle)> references(settle);
            std::decay_t<decltype(record)>::describe(record, references);
        }
    });
}

}  // namespace vincula::domain
