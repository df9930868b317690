#include "checks/counted_rows.h"

#include <algorithm>
#include <functional>
#include <set>

#include "domain/naming.h"
#include "lang/text.h"

namespace vincula::checks {
namespace {

using lang::Gender;
using lang::Word;

bool within(const DateSpan& span, const common::Date& date) {
    return span.first <= date && date <= span.second;
}

bool has_word_starting(const std::vector<Word>& words, std::string_view prefix) {
    return std::any_of(words.begin(), words.end(),
                       [&](const Word& word) { return word.key.starts_with(prefix); });
}

// " red de observacion iecm " inside the sentence's keys, on word boundaries.
bool names(const std::vector<Word>& words, const std::string& name) {
    std::string text = " ";
    for (const auto& word : words) {
        text += word.key + " ";
    }
    std::string wanted = " ";
    for (const auto& word : lang::split_words(name)) {
        wanted += word.key + " ";
    }
    return wanted.size() > 1 && text.find(wanted) != std::string::npos;
}

// The one network a text names, looking first in the sentence and then in
// the whole text; none when it names none or several.
const domain::Network* network_named(const Context& context, const CountClaim& claim) {
    for (const auto* words : {&claim.sentence, &claim.whole_text}) {
        std::vector<const domain::Network*> found;
        for (const auto& network : context.data().networks) {
            if (names(*words, network.name)) {
                found.push_back(&network);
            }
        }
        if (found.size() == 1) {
            return found.front();
        }
        if (found.size() > 1) {
            return nullptr;
        }
    }
    return nullptr;
}

std::optional<RowCount> mailings(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "envi") &&
        !has_word_starting(claim.sentence, "remiti")) {
        return std::nullopt;
    }
    const auto* network = network_named(context, claim);
    if (network == nullptr) {
        return std::nullopt;
    }
    long count = std::count_if(
        context.data().mailings.begin(), context.data().mailings.end(),
        [&](const auto& m) { return m.network == network->key && within(claim.span, m.date); });
    auto to_network = " a la red «" + network->name + "»";
    return RowCount{count, "envío" + to_network, "envíos" + to_network, Gender::Masculine};
}

std::optional<RowCount> sivople_reports(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "sivople") &&
        !has_word_starting(claim.sentence, "solicitudes")) {
        return std::nullopt;
    }
    long count =
        std::count_if(context.data().sivople_reports.begin(), context.data().sivople_reports.end(),
                      [&](const auto& report) { return within(claim.span, report.date); });
    return RowCount{count, "reporte SIVOPLE", "reportes SIVOPLE", Gender::Masculine};
}

std::optional<RowCount> pertinence_opinions(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "pertinencia")) {
        return std::nullopt;
    }
    // Opinions recorded without a date count when the days they were issued in
    // lie within the claim's.
    long count = std::count_if(context.data().pertinence_opinions.begin(),
                               context.data().pertinence_opinions.end(),
                               [&](const domain::PertinenceOpinion& opinion) {
                                   if (opinion.date) {
                                       return within(claim.span, *opinion.date);
                                   }
                                   return opinion.issued_from && opinion.issued_to &&
                                          within(claim.span, *opinion.issued_from) &&
                                          within(claim.span, *opinion.issued_to);
                               });
    return RowCount{count, "opinión de pertinencia", "opiniones de pertinencia", Gender::Feminine};
}

std::optional<RowCount> election_notes(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "ejecutiv") ||
        !has_word_starting(claim.sentence, "elecci")) {
        return std::nullopt;
    }
    long count =
        std::count_if(context.data().election_notes.begin(), context.data().election_notes.end(),
                      [&](const auto& note) { return within(claim.span, note.election_date); });
    return RowCount{count, "nota ejecutiva sobre una elección", "notas ejecutivas sobre elecciones",
                    Gender::Feminine};
}

std::optional<RowCount> convenios_with_progress(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "avance")) {
        return std::nullopt;
    }
    std::set<std::string> convenios;
    for (const auto& progress : context.data().convenio_progress) {
        const auto* session = context.session(progress.session);
        if (session != nullptr && within(claim.span, session->date)) {
            convenios.insert(progress.convenio);
        }
    }
    return RowCount{static_cast<long>(convenios.size()), "convenio con avances reportados",
                    "convenios con avances reportados", Gender::Masculine};
}

std::optional<RowCount> agreements(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "adopt") &&
        !has_word_starting(claim.sentence, "aprob")) {
        return std::nullopt;
    }
    long count = 0;
    for (const auto& agreement : context.data().agreements) {
        auto code = domain::AgreementCode::create(agreement.code);
        auto date = context.agreement_date(agreement);
        if (code && context.owns(*code) && date && within(claim.span, *date)) {
            ++count;
        }
    }
    return RowCount{count, "acuerdo de la comisión", "acuerdos de la comisión", Gender::Masculine};
}

std::optional<RowCount> sessions(const Context& context, const CountClaim& claim) {
    if (!has_word_starting(claim.sentence, "celebr")) {
        return std::nullopt;
    }
    // «tres sesiones ordinarias» counts only ordinary ones.
    std::optional<domain::SessionType> type;
    if (claim.noun + 1 < claim.sentence.size()) {
        auto next = claim.sentence[claim.noun + 1].key;
        if (next.ends_with('s')) {
            next.pop_back();
        }
        type = domain::from_wire<domain::SessionType>(next);
    }
    long count = std::count_if(
        context.sessions().begin(), context.sessions().end(), [&](const domain::Session* session) {
            return session->status == domain::SessionStatus::Held &&
                   within(claim.span, session->date) && (!type || session->type == *type);
        });
    std::string kind = type ? " " + std::string(domain::session_type_word(*type)) : "";
    std::string kinds = type ? kind + "s" : "";
    return RowCount{count, "sesión" + kind + " celebrada", "sesiones" + kinds + " celebradas",
                    Gender::Feminine};
}

using Counter = std::function<std::optional<RowCount>(const Context&, const CountClaim&)>;

struct CountedNoun {
    std::string_view singular;
    std::string_view plural;
    Counter counter;
};

const std::vector<CountedNoun>& counted_nouns() {
    static const std::vector<CountedNoun> nouns = {
        {"correo", "correos", mailings},
        {"envio", "envios", mailings},
        {"reporte", "reportes", sivople_reports},
        {"opinion", "opiniones", pertinence_opinions},
        {"nota", "notas", election_notes},
        {"convenio", "convenios", convenios_with_progress},
        {"acuerdo", "acuerdos", agreements},
        {"sesion", "sesiones", sessions},
    };
    return nouns;
}

}  // namespace

std::optional<RowCount> count_rows(const Context& context, const CountClaim& claim) {
    if (claim.noun >= claim.sentence.size()) {
        return std::nullopt;
    }
    const auto& noun = claim.sentence[claim.noun].key;
    for (const auto& counted : counted_nouns()) {
        if (noun == counted.singular || noun == counted.plural) {
            return counted.counter(context, claim);
        }
    }
    return std::nullopt;
}

}  // namespace vincula::checks
