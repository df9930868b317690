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
#include "domain/entry_requests.h"

// Operations of the contests that are more than one record's create or
// change: the public's registration and a juror's scores.
namespace vincula::api {

// The largest work file accepted: a short film compressed for the web.
inline constexpr std::size_t MAX_WORK_FILE_BYTES = 25 * 1024 * 1024;

// What the public may send (`vincula serve --contest-requests-per-hour`,
// `--contest-unreviewed-mib`).
struct ContestLimits {
    // Registrations one network address may send in an hour, confirmed or
    // not: a school behind one address still registers a class.
    int requests_per_hour = 10;
    // The works' files awaiting the staff's review, all contests together:
    // past it, a work can still be entered by its link.
    std::uint64_t unreviewed_bytes = 2ull * 1024 * 1024 * 1024;
};

// How long the link that confirms a registration's e-mail works.
inline constexpr int ENTRY_REQUEST_HOURS = 48;

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

// The first step of the public's registration: `fields` (the record's JSON,
// without file) checked as register_entry would check them, the work's file
// aside, since it comes once the e-mail is confirmed; then kept as a
// request. Returns the secret of the link to mail to the entrant. Refused
// with «solicitudes_por_hora» when `address` sent its hourly share.
common::Result<std::string> request_entry(domain::Database& database, const std::string& contest,
                                          nlohmann::json fields, const std::string& address,
                                          const common::LocalMoment& now,
                                          const ContestLimits& limits);

// The request a link's secret names while it is unused and valid.
std::optional<domain::EntryRequest> entry_request(domain::Database& database,
                                                  const std::string& secret);

// The work's file already received in parts for a link's request (its name
// as sent and its size in bytes), which confirming again uses without
// sending it anew; nothing when none arrived.
struct HeldWork {
    std::string name;
    std::size_t bytes = 0;
};
std::optional<HeldWork> held_work(domain::Database& database, const std::string& secret);

// The second step: the request's registration with the work's file (sent
// now, or else received in parts before) and/or link sent now, under register_entry's rules and the
// bound on files awaiting review («almacen_concurso_lleno»). The link's secret works once; when the
// entry is refused it works again.
common::Result<domain::Registration> confirm_entry(
    domain::Database& database, const std::string& secret, std::optional<domain::WorkFile> file,
    const std::string& link, const common::LocalMoment& now, const ContestLimits& limits,
    common::FieldErrors found_before = {});

// The largest part of a work's file one request carries: the file arrives
// in parts, so that no request makes the server hold the whole video.
inline constexpr std::size_t WORK_FILE_PART_BYTES = 2 * 1024 * 1024;

// One part of the work's file of the request a link's secret names, at
// `offset` of a file of `total` bytes named `name` (the sender's, kept only
// to be shown): refused when the file would pass MAX_WORK_FILE_BYTES, when
// its first bytes are not a video, when files awaiting review would pass
// their bound, when the part is out of order («parte_fuera_de_orden») or
// the link no longer works. Returns the bytes received so far.
common::Result<std::int64_t> receive_work_part(domain::Database& database,
                                               const std::string& secret, std::int64_t offset,
                                               std::int64_t total, const std::string& name,
                                               std::string_view part, const ContestLimits& limits);

// The bytes of the works' files whose entries the staff have not yet
// validated or rejected, all contests together.
std::uint64_t unreviewed_work_bytes(domain::Database& database);

// A juror's scores for one work, criterion → score: replaces the juror's
// earlier scores of that work, in one audited write.
common::Outcome save_scores(domain::Database& database, const Caller& caller,
                            const std::string& registration,
                            const std::map<std::string, double, std::less<>>& scores);

}  // namespace vincula::api
