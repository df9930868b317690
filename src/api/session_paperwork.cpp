#include "api/session_paperwork.h"

#include "api/permissions.h"
#include "api/report_documents.h"
#include "common/messages.h"

namespace vincula::api {

common::Result<domain::Dataset> session_paperwork_scope(domain::Store& store,
                                                        const std::string& session_key,
                                                        report::SessionDocument kind) {
    auto found = store.find(domain::RecordRef{"sessions", session_key});
    if (found.sessions.empty()) {
        return common::field_error("session", "sesion_existente", {session_key});
    }
    const auto session = found.sessions.front();
    // The minuta says whether a later session approved it: its scope runs
    // a year on, long enough to reach the next ordinary session.
    auto until =
        kind == report::SessionDocument::Minutes ? session.date.plus_days(366) : session.date;
    return store.load_scope(session.commission, *domain::Period::create(session.date, until));
}

std::vector<std::pair<std::int64_t, domain::AgendaItem>> numbered_agenda(
    domain::Store& store, const std::string& session_key) {
    domain::ListQuery query;
    query.array = "agenda_items";
    query.equal = {{"session", session_key}};
    query.limit = 1000;
    std::vector<std::pair<std::int64_t, domain::AgendaItem>> items;
    for (;;) {
        auto page = store.list(query);
        for (std::size_t i = 0; i < page.ids.size(); ++i) {
            items.emplace_back(page.ids[i], page.records.agenda_items[i]);
        }
        if (page.next.empty()) {
            return items;
        }
        query.after = page.next;
    }
}

report::RecordFileNames session_annex_files(domain::Database& database, const domain::Dataset& data,
                                            const std::string& session_key) {
    report::RecordFileNames names;
    auto add = [&](const std::string& array, const std::string& key,
                   const std::pair<std::string, std::string>& listed_under) {
        for (const auto& file : database.record_files(array, key)) {
            // Newest version first within a name: one line per name.
            auto& listed = names[listed_under];
            if (file.purpose == domain::FilePurpose::Annex &&
                (listed.empty() || listed.back() != file.name)) {
                listed.push_back(file.name);
            }
        }
    };
    add("sessions", session_key, {"sessions", session_key});
    for (const auto& item : data.agenda_items) {
        if (item.session != session_key) {
            continue;
        }
        if (item.document) {
            add("documents", *item.document, {"documents", *item.document});
        }
        if (item.agreement) {
            add("agreements", *item.agreement, {"agreements", *item.agreement});
        }
    }
    // An item's own files are kept under its number; the paperwork, which
    // reads records without numbers, finds them by the item's place.
    for (const auto& [id, item] : numbered_agenda(database, session_key)) {
        add("agenda_items", std::to_string(id), report::agenda_item_files_key(item));
    }
    return names;
}

common::Result<report::ReportModel> session_paperwork(domain::Database& database,
                                                      const std::string& session_key,
                                                      report::SessionDocument kind) {
    auto data = session_paperwork_scope(database, session_key, kind);
    if (!data) {
        return data.error();
    }
    return report::assemble_session_document(*data, session_key, kind,
                                             session_annex_files(database, *data, session_key));
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
