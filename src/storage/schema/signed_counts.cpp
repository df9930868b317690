#include "storage/schema/signed_counts.h"

#include "domain/enums.h"
#include "domain/wire_enum.h"

namespace vincula::storage::schema {

// In force as domain::count_signed counts it: marked so and with no
// validity ended before the span's last day. The first counterpart is the
// list table's position 0.
std::string signed_count_select() {
    return "SELECT c.type, CASE WHEN c.status = '" +
           std::string(domain::to_wire(domain::ConvenioStatus::InForce)) +
           "' AND COALESCE(c.valid_to, '9999-12-31') >= :to THEN 1 ELSE 0 END, o.sector, "
           "COUNT(*) FROM convenios c "
           "LEFT JOIN convenios__counterparts f ON f.owner_id = c.id AND f.position = 0 "
           "LEFT JOIN organizations o ON o.key = f.value "
           "WHERE c.signed >= :from AND c.signed <= :to GROUP BY 1, 2, 3";
}

std::string span_start(const std::optional<common::Date>& from) {
    return from ? from->to_iso() : "0000-01-01";
}

void add_signed_row(domain::RecordCount& count, const std::string& type, bool in_force,
                    const std::optional<std::string>& sector, long records) {
    auto known_type = domain::from_wire<domain::ConvenioType>(type);
    if (!known_type) {
        return;  // refused on the way in: a stored convenio has a known type
    }
    std::optional<domain::Sector> known_sector;
    if (sector) {
        known_sector = domain::from_wire<domain::Sector>(*sector);
    }
    count.add(*known_type, in_force, known_sector, records);
}

}  // namespace vincula::storage::schema
