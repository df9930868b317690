#include "report/assemble.h"

#include "report/context.h"
#include "report/introduction.h"
#include "report/results_part.h"
#include "report/sessions_part.h"

namespace vincula::report {

common::Result<ReportModel> assemble_report(const domain::Dataset& data,
                                            const std::string& commission,
                                            const domain::Period& period) {
    const domain::Commission* found = nullptr;
    std::string known;
    for (const auto& candidate : data.commissions) {
        if (candidate.key == commission || candidate.acronym == commission) {
            found = &candidate;
        }
        known += (known.empty() ? "" : ", ") + candidate.acronym;
    }
    if (found == nullptr) {
        return common::FieldError{"commission", "comision_existente",
                                  "\"" + commission + "\" no es una comisión registrada" +
                                      (known.empty() ? std::string(" (no hay ninguna).")
                                                     : "; las registradas son: " + known + ".")};
    }
    Context context(data, *found, period);
    ReportModel model;
    model.title = report_title(context);
    model.author = found->name;
    model.institution = data.institution ? data.institution->name : "";
    model.commission_acronym = found->acronym;
    model.from = period.from();
    model.to = period.to();
    model.cover = make_cover(context);
    // The parts are built before the introduction that lists them, but
    // footnotes and tables are numbered in reading order: the introduction
    // has neither, so building it last changes no number.
    auto sessions = make_sessions_part(context);
    auto results = make_results_part(context);
    model.sections.push_back(make_introduction(
        context, {sessions_part_summary(context), results_part_summary(context)}));
    model.sections.push_back(std::move(sessions));
    model.sections.push_back(std::move(results));
    model.footnotes = context.take_footnotes();
    return model;
}

}  // namespace vincula::report
