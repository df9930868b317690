// Rules of the contests' records: scores fit the rubric, the juror and the
// work. (The scale, 0 to 10, and a winner's place, from 1, are the fields'
// bounds, checked with every field.)
#include <algorithm>
#include <set>
#include <tuple>

#include "common/messages.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::field_error;
using common::FieldErrors;
using common::join_path;

template <class T>
const T* keyed(const std::vector<T>& records, const std::string& key) {
    auto found = std::find_if(records.begin(), records.end(),
                              [&](const T& record) { return record.key == key; });
    return found == records.end() ? nullptr : &*found;
}

void check_score(const Dataset& data, const Score& score, const std::string& path,
                 FieldErrors& errors) {
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
}

}  // namespace vincula::domain
