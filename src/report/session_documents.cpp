#include "report/session_documents.h"

#include <array>
#include <utility>

#include "common/messages.h"
#include "domain/key_index.h"
#include "report/session_paper.h"

namespace vincula::report {
namespace {

constexpr std::array NAMES = {
    std::pair{SessionDocument::Convocation, std::string_view("convocatoria")},
    std::pair{SessionDocument::Agenda, std::string_view("orden_del_dia")},
    std::pair{SessionDocument::Minutes, std::string_view("minuta")},
    std::pair{SessionDocument::Compliance, std::string_view("cumplimiento")},
};

}  // namespace

std::optional<SessionDocument> session_document_named(std::string_view name) {
    for (const auto& [kind, wire] : NAMES) {
        if (wire == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view session_document_name(SessionDocument kind) {
    for (const auto& [candidate, wire] : NAMES) {
        if (candidate == kind) {
            return wire;
        }
    }
    return "";
}

std::string session_document_names() {
    std::string names;
    for (const auto& [kind, wire] : NAMES) {
        names += (names.empty() ? "" : ", ") + std::string(wire);
    }
    return names;
}

std::pair<std::string, std::string> agenda_item_files_key(const domain::AgendaItem& item) {
    return {"agenda_items", item.session + "#" + std::to_string(item.order)};
}

common::Result<ReportModel> assemble_session_document(const domain::Dataset& data,
                                                      const std::string& session_key,
                                                      SessionDocument kind,
                                                      const RecordFileNames& files) {
    const auto* session = domain::record_with_key(data.sessions, session_key);
    if (session == nullptr) {
        return common::field_error("session", "sesion_existente", {session_key});
    }
    if (kind == SessionDocument::Minutes && session->status == domain::SessionStatus::Cancelled) {
        return common::field_error("kind", "minuta_de_cancelada", {session_key});
    }
    SessionPaper paper(data, *session, files);
    switch (kind) {
        case SessionDocument::Convocation:
            return convocation_document(paper);
        case SessionDocument::Agenda:
            return agenda_document(paper);
        case SessionDocument::Minutes:
            return minutes_document(paper);
        case SessionDocument::Compliance:
            return compliance_document(paper);
    }
    return minutes_document(paper);
}

}  // namespace vincula::report
