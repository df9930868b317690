#pragma once

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "api/caller.h"
#include "common/date.h"
#include "common/result.h"
#include "domain/contests.h"
#include "domain/database.h"

// Operations of the contests that are more than one record's create or
// change: the public's registration and a juror's scores.
namespace vincula::api {

// The largest work file accepted: a short film compressed for the web.
inline constexpr std::size_t MAX_WORK_FILE_BYTES = 25 * 1024 * 1024;

// The video type of a file by its first bytes (MP4, MOV, WebM, AVI), or
// nothing: the type a browser declares is not trusted.
std::optional<std::string> video_type(std::string_view bytes);

// The file extension («.mp4») of a type video_type gives; «.video» otherwise.
std::string video_extension(std::string_view media_type);

// Registers an entry sent by the public (`fields` as the record's JSON,
// without key or folio): checks the contest's rules (window, category,
// guardian, privacy notice, work) and every record rule, assigns the next
// folio of the contest and writes it with its audit entry, or nothing. The
// file, if any, is stored first and removed again if the entry is refused.
// `found_before` are problems the caller found in what was sent (a file too
// big): reported with the rest, and nothing is written.
common::Result<domain::Registration> register_entry(domain::Database& database,
                                                    const std::string& contest,
                                                    nlohmann::json fields,
                                                    std::optional<domain::WorkFile> file,
                                                    const common::LocalMoment& now,
                                                    common::FieldErrors found_before = {});

// A juror's scores for one work, criterion → score: replaces the juror's
// earlier scores of that work, in one audited write.
common::Outcome save_scores(domain::Database& database, const Caller& caller,
                            const std::string& registration,
                            const std::map<std::string, double, std::less<>>& scores);

}  // namespace vincula::api
