#pragma once

#include <string>

#include "common/date.h"

namespace vincula::lang {

enum class Capitalization { Lower, Sentence };

// «lunes» … «domingo»; 0 = domingo as std::chrono::weekday::c_encoding().
// Out of range (> 6, or a month outside 1 … 12) throws std::out_of_range.
std::string weekday_name(unsigned c_encoding);
// «enero» … «diciembre»; 1-based.
std::string month_name(unsigned month);

// «jueves 21 de octubre de 2021»; Sentence capitalises it for the start of a
// table cell: «Jueves 21 de octubre de 2021». The weekday is computed.
std::string long_date(const common::Date& date,
                      Capitalization capitalization = Capitalization::Lower);

// «21 de octubre de 2021» (no weekday).
std::string day_month_year(const common::Date& date);

// «3 de diciembre de 2026» for a stored timestamp («2026-12-03T17:41:09Z»,
// its date as written); the text unchanged when it does not begin with a date.
std::string day_of_timestamp(const std::string& timestamp);

// «3 de diciembre de 2026, 11:41» for a stored UTC timestamp
// («2026-12-03T17:41:09Z»): the moment as Mexico City's clocks showed it;
// the text unchanged when it is not such a timestamp.
std::string local_moment_of_timestamp(const std::string& timestamp);

// A range in prose, sharing what both ends share:
// «del sábado 27 al martes 30 de noviembre de 2021»,
// «del viernes 20 de agosto al martes 30 de noviembre de 2021»,
// «del jueves 30 de diciembre de 2021 al lunes 3 de enero de 2022».
// A one-day range is just long_date(); `to` before `from` throws std::invalid_argument.
std::string long_date_range(const common::Date& from, const common::Date& to);

// A range of days without weekdays, sharing what both ends share:
// «del 3 al 17 de mayo de 2022», «del 25 de abril al 22 de mayo de 2022»,
// «del 28 de diciembre de 2021 al 4 de enero de 2022»; one day: «del 5 de
// mayo de 2022». `to` before `from` throws std::invalid_argument.
std::string day_range(const common::Date& from, const common::Date& to);

// A period as a report names it after «el periodo»: its months when it is
// whole months («de octubre a diciembre de 2021»), else its exact days
// (day_range): «de abril a mayo» for 25 April–22 May would be untrue.
std::string period_span(const common::Date& from, const common::Date& to);

// The months a period covers: «octubre a diciembre de 2021», «enero de 2022»,
// «noviembre de 2021 a febrero de 2022». Days are ignored; `to` before `from`
// throws std::invalid_argument.
std::string month_span(const common::Date& from, const common::Date& to);

// A time of day as minutes say it («siendo las …»): «las diez horas», «las
// diez horas con veinticinco minutos», «la una hora con un minuto», «las
// veintiuna horas con veintiún minutos». Hours count from 0 to 23.
std::string time_in_words(const common::TimeOfDay& time);

}  // namespace vincula::lang
