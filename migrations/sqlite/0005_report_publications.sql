-- Reports the councillors approved for publication: the public may read them.
CREATE TABLE report_publications (
    id INTEGER PRIMARY KEY,
    commission TEXT NOT NULL REFERENCES commissions(key),
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    approved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (commission, "from", "to")
);
