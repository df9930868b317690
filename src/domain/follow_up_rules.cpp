// Rules on the follow-up of an agreement: some area answers for it; a
// fulfilment says when and with what evidence, and only a fulfilled
// follow-up has a fulfilment date; neither the deadline nor the fulfilment
// comes before the agreement was adopted.
#include "common/messages.h"
#include "domain/follow_ups.h"
#include "domain/key_index.h"
#include "domain/validate.h"

namespace vincula::domain {
namespace {

using common::field_error;
using common::FieldErrors;
using common::join_path;

void check_follow_up(const Dataset& data,
                     const std::unordered_map<std::string, const Agreement*>& agreements,
                     const AgreementFollowUp& follow_up, const std::string& path,
                     FieldErrors& errors) {
    if (follow_up.areas.empty()) {
        errors.push_back(field_error(join_path(path, "areas"), "area_responsable"));
    }
    bool fulfilled = follow_up.status == FollowUpStatus::Fulfilled;
    if (fulfilled && !follow_up.fulfilled_on) {
        errors.push_back(field_error(join_path(path, "fulfilled_on"), "cumplimiento_con_fecha"));
    }
    if (fulfilled && !follow_up.evidence) {
        errors.push_back(field_error(join_path(path, "evidence"), "cumplimiento_con_evidencia"));
    }
    if (!fulfilled && follow_up.fulfilled_on) {
        errors.push_back(field_error(join_path(path, "fulfilled_on"), "fecha_sin_cumplimiento"));
    }
    auto agreement = agreements.find(follow_up.agreement);
    if (agreement == agreements.end()) {
        return;  // reported as a dangling reference
    }
    auto adopted = adopted_on(data, *agreement->second);
    if (!adopted) {
        return;
    }
    for (auto [field, date] : {std::pair{"deadline", follow_up.deadline},
                               std::pair{"fulfilled_on", follow_up.fulfilled_on}}) {
        if (date && *date < *adopted) {
            errors.push_back(field_error(join_path(path, field), "antes_del_acuerdo",
                                         {date->to_iso(), follow_up.agreement, adopted->to_iso()}));
        }
    }
}

}  // namespace

void check_follow_up_rules(const Dataset& data, const NewRecords& fresh, FieldErrors& errors) {
    bool any_new = false;
    for (std::size_t i = 0; i < data.agreement_follow_ups.size() && !any_new; ++i) {
        any_new = fresh.is_new("agreement_follow_ups", i);
    }
    if (!any_new) {
        return;
    }
    auto agreements = records_by_key(data.agreements);
    for (std::size_t i = 0; i < data.agreement_follow_ups.size(); ++i) {
        if (fresh.is_new("agreement_follow_ups", i)) {
            check_follow_up(data, agreements, data.agreement_follow_ups[i],
                            fresh.path("agreement_follow_ups", i), errors);
        }
    }
}

}  // namespace vincula::domain
