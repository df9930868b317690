#include "domain/contest_entry.h"

#include <cctype>
#include <cstdio>

#include "common/messages.h"

namespace vincula::domain {
namespace {

using common::field_error;

bool is_web_link(const std::string& link) {
    return link.starts_with("https://") || link.starts_with("http://");
}

// «de 12 a 17 años y de 18 a 29 años», for the message of an age no
// category takes.
std::string category_bounds(const Contest& contest) {
    std::string text;
    for (std::size_t i = 0; i < contest.categories.size(); ++i) {
        const auto& category = contest.categories[i];
        if (i > 0) {
            text += i + 1 == contest.categories.size() ? " y " : ", ";
        }
        text += "de " + std::to_string(category.min_age) + " a " +
                std::to_string(category.max_age) + " años";
    }
    return text;
}

void check_work(const Registration& entry, common::FieldErrors& errors) {
    if (!entry.work || entry.work->title.empty()) {
        errors.push_back(field_error("work.title", "obligatorio"));
    }
    bool has_file = entry.work && entry.work->file;
    bool has_link = entry.work && entry.work->link && !entry.work->link->empty();
    if (!has_file && !has_link) {
        errors.push_back(field_error("work.link", "obra_archivo_o_enlace"));
    } else if (has_link && !is_web_link(*entry.work->link)) {
        errors.push_back(field_error("work.link", "enlace_web", {*entry.work->link}));
    }
}

// Who is a minor on the day of entry needs the guardian, even when the
// category (by the age on the closing date) is the adults'.
void check_guardian(const Registration& entry, const common::LocalMoment& now,
                    common::FieldErrors& errors) {
    if (common::age_on(entry.birth_date, now.date) >= AGE_OF_MAJORITY) {
        return;
    }
    if (!entry.guardian_name || entry.guardian_name->empty()) {
        errors.push_back(field_error("guardian_name", "tutor_menor"));
    }
    if (!entry.guardian_consent) {
        errors.push_back(field_error("guardian_consent", "consentimiento_tutor"));
    }
}

}  // namespace

common::LocalMoment registration_closes(const Contest& contest) {
    return {contest.registration_close,
            contest.registration_close_time.value_or(common::TimeOfDay::from_hm(23, 59))};
}

bool registration_open_at(const Contest& contest, const common::LocalMoment& now) {
    return now.date >= contest.registration_open && now <= registration_closes(contest);
}

common::FieldErrors entry_errors(const Contest& contest, const Registration& entry,
                                 const common::LocalMoment& now) {
    common::FieldErrors errors;
    if (now.date < contest.registration_open) {
        errors.push_back(
            field_error("contest", "inscripcion_no_abierta", {contest.registration_open.to_iso()}));
    } else if (!registration_open_at(contest, now)) {
        auto closes = registration_closes(contest);
        errors.push_back(field_error("contest", "inscripcion_cerrada",
                                     {closes.date.to_iso(), closes.time.to_string()}));
    }
    if (!entry.email || entry.email->empty()) {
        errors.push_back(field_error("email", "obligatorio"));
    }
    if (category_of(contest, entry) == nullptr) {
        errors.push_back(field_error(
            "birth_date", "edad_categoria",
            {std::to_string(common::age_on(entry.birth_date, contest.registration_close)),
             contest.registration_close.to_iso(), category_bounds(contest)}));
    } else {
        check_guardian(entry, now, errors);
    }
    if (entry.residence == Residence::OtherState && (!entry.state || entry.state->empty())) {
        errors.push_back(field_error("state", "entidad_residencia"));
    }
    if (!entry.privacy_accepted) {
        errors.push_back(field_error("privacy_accepted", "aviso_privacidad"));
    }
    check_work(entry, errors);
    return errors;
}

std::string entry_folio(const Contest& contest, std::size_t number) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%04zu", number);
    std::string prefix;
    for (char c : contest.key) {
        prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return prefix + "-" + digits;
}

}  // namespace vincula::domain
