#pragma once

#include <string>
#include <vector>

#include "report/context.h"

namespace vincula::report {

// «Cuarto informe trimestral de actividades de la Comisión … 2021».
std::string report_title(const Context& context);

// The cover: the commission in capitals, the title, and the agreement,
// agenda item and session that approved the report once it is approved.
Cover make_cover(const Context& context);

// The introduction: legal basis, the commission's integration, the technical
// secretary's designation and ratification, the work programme's approval
// chain, the period covered and the list of the report's parts (generated
// from `parts`, the real parts that follow).
Section make_introduction(Context& context, const std::vector<std::string>& parts);

}  // namespace vincula::report
