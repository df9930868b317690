// Rules of the contests' records: scores fit the rubric, the juror and the
// work. (The scale, 0 to 10, and a winner's place, from 1, are the fields'
// bounds, checked with every field.)
#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "common/messages.h"
#include "domain/key_index.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::field_error;
using common::FieldErrors;
using common::join_path;

// What judging a score looks up, indexed once: a database of every
// electoral body holds hundreds of thousands of scores and tens of
// thousands of works, and a search per score grew with their product.
struct ContestIndex {
    std::unordered_map<std::string, const Juror*> jurors;
    std::unordered_map<std::string, const Registration*> registrations;
    std::set<std::pair<std::string, std::string>> rubric;  // (contest, criterion)

    explicit ContestIndex(const Dataset& data)
        : jurors(records_by_key(data.jurors)), registrations(records_by_key(data.registrations)) {
        for (const auto& criterion : data.rubric) {
            rubric.emplace(criterion.contest, criterion.criterion);
        }
    }
};

template <class T>
const T* found_in(const std::unordered_map<std::string, const T*>& index, const std::string& key) {
    auto found = index.find(key);
    return found == index.end() ? nullptr : found->second;
}

void check_score(const ContestIndex& index, const Score& score, const std::string& path,
                 FieldErrors& errors) {
    const auto* juror = found_in(index.jurors, score.juror);
    const auto* entry = found_in(index.registrations, score.registration);
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
    if (!index.rubric.contains({entry->contest, score.criterion})) {
        errors.push_back(
            field_error(join_path(path, "criterion"), "criterio_rubrica", {score.criterion}));
    }
}

}  // namespace

void check_contest_records(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    std::optional<ContestIndex> index;  // made at the first new score
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
        if (!index) {
            index.emplace(data);
        }
        check_score(*index, score, path, errors);
    }
}

}  // namespace vincula::domain
