// Rules of the contests' records: scores fit the rubric, the juror and the
// work; a winner's place is a position.
#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "common/messages.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::field_error;
using common::FieldErrors;
using common::join_path;

// The scale jurors score on.
constexpr double LOWEST_SCORE = 0;
constexpr double HIGHEST_SCORE = 10;

std::string shown(double number) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", number);
    return text;
}

template <class T>
const T* keyed(const std::vector<T>& records, const std::string& key) {
    auto found = std::find_if(records.begin(), records.end(),
                              [&](const T& record) { return record.key == key; });
    return found == records.end() ? nullptr : &*found;
}

void check_score(const Dataset& data, const Score& score, const std::string& path,
                 FieldErrors& errors) {
    if (score.score < LOWEST_SCORE || score.score > HIGHEST_SCORE) {
        errors.push_back(
            field_error(join_path(path, "score"), "rango_numero", {shown(score.score), "0", "10"}));
    }
    const auto* juror = keyed(data.jurors, score.juror);
    const auto* entry = keyed(data.registrations, score.registration);
    if (juror == nullptr || entry == nullptr) {
        return;  // the references' own rule says so
    }
    if (juror->contest != entry->contest) {
        errors.push_back(field_error(join_path(path, "registration"), "obra_otro_concurso",
                                     {entry->folio.value_or(entry->key), juror->name}));
        return;
    }
    if (entry->status != RegistrationStatus::Validated) {
        errors.push_back(field_error(join_path(path, "registration"), "obra_no_validada",
                                     {entry->folio.value_or(entry->key)}));
    } else if (!entry->jurors.empty() && std::find(entry->jurors.begin(), entry->jurors.end(),
                                                   juror->key) == entry->jurors.end()) {
        errors.push_back(field_error(join_path(path, "registration"), "obra_no_asignada",
                                     {entry->folio.value_or(entry->key), juror->name}));
    }
    bool in_rubric = std::any_of(data.rubric.begin(), data.rubric.end(), [&](const auto& c) {
        return c.contest == entry->contest && c.criterion == score.criterion;
    });
    if (!in_rubric) {
        errors.push_back(
            field_error(join_path(path, "criterion"), "criterio_rubrica", {score.criterion}));
    }
}

}  // namespace

void check_contest_records(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    std::set<std::tuple<std::string, std::string, std::string>> scored;
    for (std::size_t i = 0; i < data.scores.size(); ++i) {
        const auto& score = data.scores[i];
        bool first = scored.emplace(score.juror, score.registration, score.criterion).second;
        if (!fresh.is_new("scores", i)) {
            continue;
        }
        auto path = fresh.path("scores", i);
        if (!first) {
            errors.push_back(
                field_error(join_path(path, "criterion"), "calificacion_unica", {score.criterion}));
        }
        check_score(data, score, path, errors);
    }
    for (std::size_t i = 0; i < data.registrations.size(); ++i) {
        const auto& entry = data.registrations[i];
        if (fresh.is_new("registrations", i) && entry.place && *entry.place < 1) {
            errors.push_back(field_error(join_path(fresh.path("registrations", i), "place"),
                                         "lugar_valido", {std::to_string(*entry.place)}));
        }
    }
}

}  // namespace vincula::domain
