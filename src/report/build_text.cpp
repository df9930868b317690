#include "report/build_text.h"

#include "lang/dates.h"

namespace vincula::report {

Cell date_cell(const common::Date& date) {
    auto cell = text_cell(lang::long_date(date, lang::Capitalization::Sentence));
    cell.date = date;
    return cell;
}

}  // namespace vincula::report
