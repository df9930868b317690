#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"
#include "domain/dataset.h"
#include "report/model.h"

// A session's paperwork, written from its records in the same model the
// report uses, so every renderer (Markdown, HTML, PDF, DOCX) lays it out:
// the convocatoria, the orden del día and the minuta.
namespace vincula::report {

enum class SessionDocument { Convocation, Agenda, Minutes, Compliance };

// «convocatoria», «orden_del_dia», «minuta», «cumplimiento» (the informe
// sobre el cumplimiento de acuerdos): the names the command line, the
// API and the pages use.
std::optional<SessionDocument> session_document_named(std::string_view name);
std::string_view session_document_name(SessionDocument kind);
// «convocatoria, orden_del_dia, minuta», for messages.
std::string session_document_names();

// The names of the files kept in the expediente, by record (array, key),
// newest version of each name: the convocatoria and the orden del día list
// the files of each item's document and agreement as its annexes.
using RecordFileNames = std::map<std::pair<std::string, std::string>, std::vector<std::string>>;
// Where an agenda item's own files are listed in RecordFileNames: agenda
// items have no key, so by their session and place («agenda_items»,
// «o10-2021#3»).
std::pair<std::string, std::string> agenda_item_files_key(const domain::AgendaItem& item);

// The document of one session (by key). A session that is not on record,
// or the minutes of one that was cancelled, is a Spanish error naming the
// field.
common::Result<ReportModel> assemble_session_document(const domain::Dataset& data,
                                                      const std::string& session_key,
                                                      SessionDocument kind,
                                                      const RecordFileNames& files = {});

// Each document from its session's paper (session_documents.cpp picks).
class SessionPaper;
ReportModel convocation_document(SessionPaper& paper);
ReportModel agenda_document(SessionPaper& paper);
ReportModel minutes_document(SessionPaper& paper);
ReportModel compliance_document(SessionPaper& paper);

}  // namespace vincula::report
