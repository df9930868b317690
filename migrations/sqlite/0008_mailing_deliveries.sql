-- Mailings sent through the mail server: their text, who sent them, and what
-- became of each message. Outside the bundle, like users and the audit log;
-- when a sending ends, its `mailings` record holds the messages accepted.
CREATE TABLE outgoing_mailings (
    id INTEGER PRIMARY KEY,
    network TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    action TEXT,
    date TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    state TEXT NOT NULL CHECK (state IN ('enviando', 'enviado', 'parcial', 'fallido')),
    error TEXT NOT NULL DEFAULT '',
    mailing INTEGER REFERENCES mailings(id) ON DELETE SET NULL
);
CREATE INDEX outgoing_mailings__by_network ON outgoing_mailings(network);
CREATE INDEX outgoing_mailings__by_mailing ON outgoing_mailings(mailing);

CREATE TABLE mailing_deliveries (
    id INTEGER PRIMARY KEY,
    outgoing INTEGER NOT NULL REFERENCES outgoing_mailings(id),
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pendiente', 'enviado', 'fallido')),
    detail TEXT NOT NULL DEFAULT '',
    UNIQUE (outgoing, email)
);
CREATE INDEX mailing_deliveries__by_outgoing ON mailing_deliveries(outgoing);

-- The key unsubscribe links are signed with: one row, written once.
CREATE TABLE mail_signing_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL
);
