// Staff write prose around the report's tables («se enviaron seis correos a
// la base de datos de Voto Chilango») and the tables are computed from rows.
// When a sentence gives a count of rows the data holds and the rows say
// otherwise, one of them is wrong. Reading prose is guesswork, so this only
// speaks when it is sure what is counted and over which days, and only as
// an aviso:
// - the number is digits or number words (lang::read_cardinal) followed at
//   once by a noun it knows, plural unless written in digits («una nota» is
//   most often an article, not a count);
// - the sentence holds the words that say which rows (counted_rows.cpp);
// - the days are the text's own span (an action text's from–to, an activity's
//   date–end_date), or the review period when the text of a one-day activity
//   says «periodo» or «trimestre».
#include <optional>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/counted_rows.h"
#include "checks/phrases.h"
#include "lang/dates.h"
#include "lang/numbers.h"
#include "lang/text.h"

namespace vincula::checks {
namespace {

// A text staff wrote, where it lives and the days it is about, if it says.
struct StaffText {
    RecordRef record;
    std::string described_as;  // «La descripción de la actividad «…» (a12)»
    const std::string* text = nullptr;
    std::optional<DateSpan> own_span;
    const domain::Counts* counts = nullptr;  // the figures recorded with it
};

std::vector<StaffText> staff_texts(const Context& context) {
    std::vector<StaffText> texts;
    for (const auto& activity : context.data().activities) {
        auto until = activity.end_date.value_or(activity.date);
        if (!activity.description || !activity.action ||
            !context.is_commission_action(*activity.action) ||
            !context.period().overlaps(activity.date, until)) {
            continue;
        }
        std::optional<DateSpan> span;
        if (activity.date < until) {
            span = DateSpan{activity.date, until};
        }
        texts.push_back(StaffText{RecordRef{"activities", activity.key, "description"},
                                  "La descripción de la actividad «" + excerpt(activity.title, 8) +
                                      "» (" + activity.key + ")",
                                  &*activity.description, span, &activity.counts});
    }
    for (const auto& written : context.data().action_texts) {
        if (!context.is_commission_programme_part(written.action) ||
            !context.period().overlaps(written.from, written.to)) {
            continue;
        }
        texts.push_back(
            StaffText{RecordRef{"action_texts", written.key, "text"},
                      "El texto «" + excerpt(written.text, 8) + "» (" + written.key + ")",
                      &written.text, DateSpan{written.from, written.to}, nullptr});
    }
    return texts;
}

// Sentences end at «.», «;», «!», «?» or a line break followed by a space
// or the end, so «A.C.,», «1.5» and «votochilango@iecm.mx» stay whole.
std::vector<std::string> sentences(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        bool stop = c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
        bool at_break = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
        if (stop && at_break) {
            out.push_back(text.substr(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size()) {
        out.push_back(text.substr(start));
    }
    return out;
}

bool mentions_the_period(const std::vector<lang::Word>& words) {
    for (const auto& word : words) {
        if (word.key == "periodo" || word.key == "trimestre") {
            return true;
        }
    }
    return false;
}

// «seis correos»: the words of the claim as written.
std::string quoted(const std::vector<lang::Word>& words, std::size_t from, std::size_t to) {
    std::string text;
    for (std::size_t i = from; i <= to; ++i) {
        text += (i == from ? "" : " ") + words[i].text;
    }
    return text;
}

// What the data holds, as the end of a sentence: «constan once envíos a la
// red «Voto Chilango»», «consta una opinión de pertinencia», «no consta
// ninguna nota ejecutiva sobre una elección».
std::string rows_phrase(const RowCount& rows) {
    if (rows.value == 0) {
        return std::string(rows.gender == lang::Gender::Feminine ? "no consta ninguna "
                                                                 : "no consta ningún ") +
               rows.singular;
    }
    auto number = rows.value <= 999
                      ? lang::cardinal(rows.value, rows.gender, lang::Position::BeforeNoun)
                      : std::to_string(rows.value);
    if (rows.value == 1) {
        return "consta " + number + " " + rows.singular;
    }
    return "constan " + number + " " + rows.plural;
}

void check_rows_claims(const Context& context, const StaffText& staff,
                       const std::vector<lang::Word>& whole, const std::string& sentence,
                       Findings& findings) {
    auto words = lang::split_words(sentence);
    std::optional<DateSpan> span = staff.own_span;
    if (!span && mentions_the_period(words)) {
        span = DateSpan{context.period().from(), context.period().to()};
    }
    if (!span) {
        return;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto number = lang::read_cardinal(words, i);
        if (!number) {
            continue;
        }
        std::size_t noun = i + number->length;
        bool digits = number->length == 1 &&
                      words[i].key.find_first_not_of("0123456789") == std::string::npos;
        if (noun >= words.size() || (number->value == 1 && !digits)) {
            i = noun - 1;
            continue;
        }
        auto rows = count_rows(context, CountClaim{words, noun, *span, whole});
        if (rows && rows->value != number->value) {
            findings.push_back(make_finding(
                "cifra_en_texto", staff.record,
                {staff.described_as, quoted(words, i, noun),
                 lang::long_date_range(span->first, span->second) + " " + rows_phrase(*rows)}));
        }
        i = noun - 1;
    }
}

// «se enviaron 50 noticias» against the activity's own {"noticias": 48}.
void check_recorded_counts(const StaffText& staff, const std::vector<lang::Word>& words,
                           Findings& findings) {
    if (staff.counts == nullptr) {
        return;
    }
    for (const auto& [name, value] : *staff.counts) {
        auto name_key = lang::search_key(name);
        for (std::size_t i = 0; i < words.size(); ++i) {
            auto number = lang::read_cardinal(words, i);
            if (!number || i + number->length >= words.size() ||
                words[i + number->length].key != name_key || number->value == value) {
                continue;
            }
            findings.push_back(
                make_finding("cifra_en_texto", staff.record,
                             {staff.described_as, quoted(words, i, i + number->length),
                              "sus cifras registran " + std::to_string(value) + " " + name}));
        }
    }
}

}  // namespace

void check_prose_counts(const Context& context, Findings& findings) {
    for (const auto& staff : staff_texts(context)) {
        auto whole = lang::split_words(*staff.text);
        check_recorded_counts(staff, whole, findings);
        for (const auto& sentence : sentences(*staff.text)) {
            check_rows_claims(context, staff, whole, sentence, findings);
        }
    }
}

}  // namespace vincula::checks
