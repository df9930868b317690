#pragma once

#include <string>

#include "common/result.h"
#include "domain/dataset.h"
#include "domain/period.h"
#include "report/model.h"

namespace vincula::report {

// Builds the activity report of one commission (named by key or acronym)
// for any period from the records: cover, introduction, part I (sessions,
// attendance, agreements, documents) and part II (results by work-programme
// line and action). Every word that depends on data is generated here.
common::Result<ReportModel> assemble_report(const domain::Dataset& data,
                                            const std::string& commission,
                                            const domain::Period& period);

}  // namespace vincula::report
