-- Every approval of a report freezes it: the SHA-256 of its model and the
-- files made from it, numbered per period. A withdrawal takes the period's
-- publication back, with who, when and why; the versions stay readable to
-- the institute. Approvals made before are version 1 of their period, with
-- no files (served from the data, as they were).
CREATE TABLE report_versions (
    id INTEGER PRIMARY KEY,
    commission TEXT NOT NULL REFERENCES commissions(key),
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    approved_by TEXT NOT NULL,
    approved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    reason TEXT NOT NULL DEFAULT '',
    model_sha256 TEXT NOT NULL DEFAULT '',
    withdrawn_by TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT NOT NULL DEFAULT '',
    withdrawal_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (commission, "from", "to", number)
);

CREATE TABLE report_version_files (
    version INTEGER NOT NULL REFERENCES report_versions(id),
    position INTEGER NOT NULL,
    format TEXT NOT NULL,
    media_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (version, format)
);

INSERT INTO report_versions (commission, "from", "to", number, approved_by, approved_at)
SELECT commission, "from", "to", 1, approved_by, approved_at FROM report_publications;

DROP TABLE report_publications;
