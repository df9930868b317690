#include "domain/dataset.h"

#include <iterator>
#include <type_traits>

namespace vincula::domain {

std::string_view referred_array_name(Refers refers) {
    switch (refers) {
        case Refers::Nothing:
            return "";
        case Refers::Areas:
            return "areas";
        case Refers::People:
            return "people";
        case Refers::Organizations:
            return "organizations";
        case Refers::Commissions:
            return "commissions";
        case Refers::Memberships:
            return "memberships";
        case Refers::Sessions:
            return "sessions";
        case Refers::Agreements:
            return "agreements";
        case Refers::Actions:
            return "las acciones de work_programmes";
        case Refers::DocumentSeries:
            return "document_series";
        case Refers::Documents:
            return "documents";
        case Refers::Convenios:
            return "convenios";
        case Refers::Networks:
            return "networks";
        case Refers::Contests:
            return "contests";
        case Refers::Registrations:
            return "registrations";
        case Refers::Jurors:
            return "jurors";
        case Refers::ProgrammeParts:
            return "los programas, líneas y acciones de work_programmes";
    }
    return "";
}

std::size_t record_count(const Dataset& data) {
    std::size_t total = 0;
    for_each_array(data, [&](ArrayInfo, const auto& records) { total += records.size(); });
    return total;
}

void append(Dataset& data, Dataset more) {
    if (more.institution) {
        data.institution = std::move(more.institution);
    }
    // Walk both datasets' arrays in lockstep by visiting `more` and indexing
    // the matching member of `data` through the same visitor order.
    for_each_array(more, [&](ArrayInfo info, auto& source) {
        for_each_array(data, [&](ArrayInfo target_info, auto& target) {
            if constexpr (std::is_same_v<decltype(source), decltype(target)>) {
                if (info.name == target_info.name) {
                    target.insert(target.end(), std::make_move_iterator(source.begin()),
                                  std::make_move_iterator(source.end()));
                }
            }
        });
    });
}

}  // namespace vincula::domain
