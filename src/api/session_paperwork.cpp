#include "api/session_paperwork.h"

#include "api/permissions.h"
#include "api/report_documents.h"
#include "common/messages.h"

namespace vincula::api {

common::Result<report::ReportModel> session_paperwork(domain::Store& store,
                                                      const std::string& session_key,
                                                      report::SessionDocument kind) {
    auto found = store.find(domain::RecordRef{"sessions", session_key});
    if (found.sessions.empty()) {
        return common::field_error("session", "sesion_existente", {session_key});
    }
    const auto session = found.sessions.front();
    auto data =
        store.load_scope(session.commission, *domain::Period::create(session.date, session.date));
    return report::assemble_session_document(data, session.key, kind);
}

std::string session_paperwork_file_name(const report::ReportModel& model,
                                        const std::string& session_key,
                                        report::SessionDocument kind, std::string_view extension) {
    std::string name = std::string(report::session_document_name(kind));
    for (auto& c : name) {
        c = c == '_' ? '-' : c;
    }
    std::string key;
    for (char c : session_key) {
        key += c == '/' ? '-' : c;
    }
    return name + "-" + model.commission_acronym + "-" + model.from.to_iso() + "-" + key + "." +
           std::string(extension);
}

Response session_document(domain::Database& database, const Caller& caller,
                          const std::string& session_key, const std::string& kind,
                          const Query& query) {
    if (!may_read_reports(caller)) {
        return denied(caller);
    }
    auto chosen = report::session_document_named(kind);
    if (!chosen) {
        return error_response(404, "kind", "documento_de_sesion",
                              {kind, report::session_document_names()});
    }
    std::string format = "html";
    for (const auto& [name, value] : query) {
        if (name == "format") {
            format = value;
        } else {
            return error_response(400, name, "filtro_desconocido", {name, "documentos de sesión"});
        }
    }
    const ReportDocument* document = nullptr;
    if (format == "md" || format == "html" || format == "pdf" || format == "docx") {
        document = find_report_document(format);
    }
    if (document == nullptr) {
        return error_response(400, "format", "valor_permitido", {format, "md, html, pdf, docx"});
    }
    auto model = session_paperwork(database, session_key, *chosen);
    if (!model) {
        bool missing = model.error().front().rule == "sesion_existente";
        return errors_response(missing ? 404 : 422, model.error());
    }
    auto bytes = document->render(*model);
    if (!bytes) {
        return errors_response(503, bytes.error());
    }
    Response response{200, std::string(document->media_type), std::move(*bytes), {}};
    response.headers.emplace_back(
        "Content-Disposition",
        content_disposition(
            document->binary ? "attachment" : "inline",
            session_paperwork_file_name(*model, session_key, *chosen, document->extension)));
    return response;
}

}  // namespace vincula::api
