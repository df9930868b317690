// Agreements are numbered per commission and year without gaps or repeats
// (CVOE/036/21, CVOE/037/21, …). A bundle may hold a single quarter, so a
// gap is an error only when the missing agreements must have been adopted
// inside the period; a gap that reaches outside it is an aviso that says
// what is missing, because it is most likely data that was not loaded.
#include <map>

#include "checks/catalogue.h"
#include "checks/checks.h"
#include "checks/numbering_gaps.h"
#include "lang/dates.h"
#include "lang/numbers.h"

namespace vincula::checks {
namespace {

struct YearOfAgreements {
    std::vector<Numbered> numbered;
    std::vector<const domain::Agreement*> agreements;
};

// «CVOE/036/21 (décima sesión ordinaria, jueves 21 de octubre de 2021)».
std::string agreement_phrase(const Context& context, const domain::Agreement& agreement) {
    auto date = context.agreement_date(agreement);
    if (!date) {
        return agreement.code;
    }
    std::string where;
    if (agreement.session) {
        if (const auto* session = context.session(*agreement.session)) {
            where = context.session_name(*session) + ", ";
        }
    }
    return agreement.code + " (" + where + lang::long_date(*date) + ")";
}

// «CVOE/038/21», «CVOE/038/21 y CVOE/039/21», «CVOE/026/21 a CVOE/035/21»:
// written as the code on record after the gap is.
std::string missing_codes(const domain::AgreementCode& after, const NumberingGap& gap) {
    auto code = [&](int number) { return after.with_number(number); };
    if (gap.first_missing == gap.last_missing) {
        return code(gap.first_missing);
    }
    auto separator = gap.last_missing == gap.first_missing + 1 ? " y " : " a ";
    return code(gap.first_missing) + separator + code(gap.last_missing);
}

std::string jump_phrase(const Context& context, const YearOfAgreements& year_records,
                        const NumberingGap& gap, int year) {
    const auto& after = *year_records.agreements[gap.after];
    if (!gap.before) {
        return "el primero registrado de " + std::to_string(year) + " es el " +
               agreement_phrase(context, after);
    }
    const auto& before = *year_records.agreements[*gap.before];
    return "la numeración salta del " + agreement_phrase(context, before) + " al " +
           agreement_phrase(context, after);
}

RecordRef code_of(const domain::Agreement& agreement) {
    return RecordRef{"agreements", agreement.code, "code"};
}

void check_year(const Context& context, int year, const YearOfAgreements& year_records,
                Findings& findings) {
    for (const auto& group : repeated_numbers(year_records.numbered)) {
        bool touches_period = false;
        for (auto index : group) {
            auto date = context.agreement_date(*year_records.agreements[index]);
            touches_period = touches_period || !date || context.in_period(*date);
        }
        if (touches_period) {
            const auto& repeated = *year_records.agreements[group[1]];
            findings.push_back(
                make_finding("acuerdo_duplicado", code_of(repeated),
                             {repeated.code, lang::cardinal(static_cast<long>(group.size()))}));
        }
    }
    for (const auto& gap : numbering_gaps(year_records.numbered, year)) {
        auto place = place_of(gap, context.period());
        if (place == GapPlace::OutsidePeriod) {
            continue;
        }
        long count = gap.last_missing - gap.first_missing + 1;
        auto id =
            place == GapPlace::InsidePeriod ? "acuerdos_faltantes" : "acuerdos_faltantes_posibles";
        findings.push_back(make_finding(
            by_number(id, count), code_of(*year_records.agreements[gap.after]),
            {missing_codes(*domain::AgreementCode::create(year_records.agreements[gap.after]->code),
                           gap),
             jump_phrase(context, year_records, gap, year)}));
    }
}

}  // namespace

void check_agreement_numbering(const Context& context, Findings& findings) {
    std::map<int, YearOfAgreements> by_year;
    for (const auto& agreement : context.data().agreements) {
        auto code = domain::AgreementCode::create(agreement.code);
        if (!code || !context.owns(*code)) {
            continue;
        }
        int year = code->year();
        if (year < context.period().from().year() || year > context.period().to().year()) {
            continue;
        }
        auto& year_records = by_year[year];
        year_records.numbered.push_back(Numbered{code->number(), context.agreement_date(agreement),
                                                 year_records.agreements.size()});
        year_records.agreements.push_back(&agreement);
    }
    for (const auto& [year, year_records] : by_year) {
        check_year(context, year, year_records, findings);
    }
}

}  // namespace vincula::checks
