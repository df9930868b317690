#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/work_files.h"

namespace vincula::domain {

// A contest registration the public sent, waiting for its e-mail to be
// confirmed: the link mailed to that address carries a secret whose hash
// names the request. Only then is a file accepted and a folio given, so
// that a stranger can neither fill the disk nor make the institute's mail
// server write to anyone else's address more than once.
struct EntryRequest {
    std::string contest;
    std::string fields;   // the record's JSON as sent, without any file
    std::string address;  // the sender's network address
};

// The bounds of a new request: how many one address may send in a window,
// and when old requests (used or not) are forgotten. Times in milliseconds
// since the epoch.
struct EntryRequestWindow {
    std::int64_t now_ms = 0;
    std::int64_t counted_since_ms = 0;
    int per_address = 0;
    std::int64_t forget_before_ms = 0;
};

class EntryRequests {
public:
    virtual ~EntryRequests() = default;
    // Keeps `request` under `token_hash` unless its address already sent
    // `window.per_address` requests since `window.counted_since_ms` (used
    // ones count too); counted and added atomically, so concurrent sends
    // from one address cannot pass the bound together. False when refused.
    virtual bool add_entry_request(const std::string& token_hash, const EntryRequest& request,
                                   const EntryRequestWindow& window) = 0;
    // The request, unused and made at or after `valid_from_ms`, or nothing.
    virtual std::optional<EntryRequest> entry_request(const std::string& token_hash,
                                                      std::int64_t valid_from_ms) = 0;
    // The same, taken for one use: a second claim, even concurrent, finds
    // nothing until release_entry_request gives it back.
    virtual std::optional<EntryRequest> claim_entry_request(const std::string& token_hash,
                                                            std::int64_t valid_from_ms,
                                                            std::int64_t now_ms) = 0;
    // A claimed request whose registration was refused (a file that is not
    // a video): its link works again.
    virtual void release_entry_request(const std::string& token_hash) = 0;

    // The work's file arrives in parts, each written as it comes, so that
    // no request holds more than a part. Appends `part` where the file
    // ends, when that is `offset` and the request is unused and made at or
    // after `valid_from_ms`; returns the file's new size, or nothing (the
    // part is out of order, or the request is gone). Offset 0 starts over.
    virtual std::optional<std::int64_t> append_entry_upload(const std::string& token_hash,
                                                            std::int64_t offset,
                                                            const std::string& name,
                                                            std::string_view part,
                                                            std::int64_t valid_from_ms) = 0;
    // What was uploaded for the request (name and bytes; no type), if anything.
    virtual std::optional<WorkFile> entry_upload(const std::string& token_hash) = 0;
};

}  // namespace vincula::domain
