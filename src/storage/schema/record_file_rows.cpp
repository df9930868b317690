#include "storage/schema/record_file_rows.h"

#include <nlohmann/json.hpp>

namespace vincula::storage::schema {

domain::AuditEntry record_file_audit(const domain::RecordFile& file) {
    nlohmann::ordered_json summary{{"name", file.name},
                                   {"version", file.version},
                                   {"purpose", domain::purpose_name(file.purpose)},
                                   {"size", file.size},
                                   {"sha256", file.sha256}};
    return domain::AuditEntry{file.added_by, "agregar_archivo", file.array, file.key, "",
                              summary.dump()};
}

}  // namespace vincula::storage::schema
