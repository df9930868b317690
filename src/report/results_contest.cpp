// The youth short-film contest: its call (approval, window, amendments) and
// the registrations segmented by category (age on the closing date),
// gender and residence, with the entries validated with their work.
#include <map>

#include "lang/dates.h"
#include "lang/gender.h"
#include "lang/numbers.h"
#include "lang/text.h"
#include "report/build_text.h"
#include "report/counting.h"
#include "report/results_scope.h"

namespace vincula::report {
namespace {

const domain::Contest* contest_of(ActionScope& scope) {
    for (const auto& contest : scope.context.data().contests) {
        if (contest.action == scope.action &&
            scope.context.period().overlaps(contest.registration_open,
                                            contest.registration_close)) {
            return &contest;
        }
    }
    return nullptr;
}

// «en la primera sesión extraordinaria de 2021, mediante el acuerdo CVOE/025/21».
std::string agreement_phrase(ActionScope& scope, const std::string& code) {
    const auto* agreement = scope.context.agreement(code);
    const auto* session =
        agreement && agreement->session ? scope.context.session(*agreement->session) : nullptr;
    if (session == nullptr) {
        return "mediante el acuerdo " + code;
    }
    return "el " + lang::long_date(session->date) + ", en la " +
           scope.context.session_name_lower_with_year(*session) + ", mediante el acuerdo " + code;
}

std::string category_label(const domain::Contest& contest, const domain::Registration& entry) {
    const auto* category = domain::category_of(contest, entry);
    return category ? category->label : "Fuera de categoría";
}

}  // namespace

BlockOutput contest_call_block(ActionScope& scope) {
    BlockOutput output;
    const auto* contest = contest_of(scope);
    if (contest == nullptr || !contest->approved_by) {
        return output;
    }
    auto edition = lang::ordinal(contest->edition, lang::Gender::Feminine,
                                 lang::OrdinalStyle::Compound, lang::Position::BeforeNoun);
    // «del concurso Vota Film Fest…», but «del Concurso Nacional…»: a name
    // that says what it is needs no noun before it.
    bool names_itself = lang::search_key(contest->name).starts_with("concurso");
    std::string text =
        "La convocatoria de la " + edition + " edición del " + (names_itself ? "" : "concurso ") +
        contest->name + " fue aprobada " + agreement_phrase(scope, *contest->approved_by) +
        ", y estuvo disponible en el sitio de internet y las redes sociales del " +
        scope.context.institution_acronym() + " " +
        lang::long_date_range(contest->registration_open, contest->registration_close) +
        ", fecha en que culminó el plazo de inscripción.";
    for (const auto& code : contest->amended_by) {
        text += " La convocatoria se modificó " + agreement_phrase(scope, code) + ".";
    }
    output.body.emplace_back(paragraph(text));
    return output;
}

BlockOutput contest_results_block(ActionScope& scope) {
    BlockOutput output;
    const auto* contest = contest_of(scope);
    if (contest == nullptr) {
        return output;
    }
    std::map<std::string, long> by_category;
    std::map<domain::Gender, long> by_gender;
    std::map<domain::Residence, long> by_residence;
    long total = 0;
    long validated_with_work = 0;
    for (const auto& entry : scope.context.data().registrations) {
        if (entry.contest != contest->key) {
            continue;
        }
        ++total;
        ++by_category[category_label(*contest, entry)];
        ++by_gender[entry.gender];
        ++by_residence[entry.residence];
        if (entry.status == domain::RegistrationStatus::Validated && entry.work &&
            entry.work->uploaded_at && *entry.work->uploaded_at <= contest->registration_close) {
            ++validated_with_work;
        }
    }
    if (total == 0) {
        return output;
    }
    output.sub_heading = "Resultados a la fecha";
    Table table{scope.context.next_table_number(scope.table_section),
                "Personas registradas por categoría, género y residencia",
                {{"Segmento", ColumnKind::Text, 25},
                 {"Grupo", ColumnKind::Text, 50},
                 {"Personas", ColumnKind::Number, 25}},
                {},
                {}};
    auto add_group = [&](const std::string& segment,
                         const std::vector<std::pair<std::string, long>>& groups) {
        bool first = true;
        for (const auto& [label, count] : groups) {
            if (count == 0) {
                continue;
            }
            auto segment_cell = text_cell(segment);
            segment_cell.row_span = 0;
            if (first) {
                long rows = 0;
                for (const auto& group : groups) {
                    rows += group.second > 0 ? 1 : 0;
                }
                segment_cell.row_span = static_cast<int>(rows);
            } else {
                segment_cell = covered_cell();
            }
            table.rows.push_back({segment_cell, text_cell(label), number_cell(count)});
            first = false;
        }
    };
    std::vector<std::pair<std::string, long>> categories;
    for (const auto& category : contest->categories) {
        categories.emplace_back(category.label, by_category[category.label]);
    }
    categories.emplace_back("Fuera de categoría", by_category["Fuera de categoría"]);
    add_group("Categoría", categories);
    add_group("Género", {{"Femenino", by_gender[domain::Gender::Female]},
                         {"Masculino", by_gender[domain::Gender::Male]},
                         {"No binario", by_gender[domain::Gender::NonBinary]}});
    add_group("Residencia",
              {{domain::home_entity_of(*contest), by_residence[domain::Residence::MexicoCity]},
               {"Otra entidad federativa", by_residence[domain::Residence::OtherState]},
               {"Extranjero", by_residence[domain::Residence::Abroad]}});
    output.body.emplace_back(std::move(table));
    output.body.emplace_back(paragraph(
        "En total se " + std::string(total == 1 ? "registró " : "registraron ") +
        quantity(total, lang::Gender::Feminine, "persona", "personas") +
        ". El registro del concurso cerró con " +
        quantity(validated_with_work, lang::Gender::Feminine, "persona concursante",
                 "personas concursantes") +
        (validated_with_work == 1
             ? " cuyo registro fue validado y que cargó en tiempo y forma su cortometraje."
             : " cuyo registro fue validado y que cargaron en tiempo y forma su "
               "cortometraje.")));
    return output;
}

}  // namespace vincula::report
