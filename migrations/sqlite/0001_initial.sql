-- Vincula schema, version 1 (SQLite).
-- One table per bundle array, named like it, with a column per field (the
-- bundle's field names). References are foreign keys to the referred
-- record's key. A list of references is a table of its own,
-- <array>__<field>, so that foreign keys cover each element. Nested value
-- objects that nothing refers to (participants, counts, categories, a
-- ceremony, a registration's work) are JSON text: they are always read and
-- written with their owner. Programmed actions have tables of their own
-- because activities, documents and statements refer to them. An action
-- text names a programme, a line or an action: one column cannot be a
-- foreign key to three tables, so the domain checks that reference.

CREATE TABLE institution (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    acronym TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('F', 'M', 'X')),
    honorific TEXT,
    email TEXT
);

CREATE TABLE areas (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL,
    head TEXT REFERENCES people(key),
    history TEXT
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT,
    sector TEXT NOT NULL,
    country TEXT,
    state TEXT,
    parent TEXT REFERENCES organizations(key)
);

CREATE TABLE commissions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL,
    kind TEXT NOT NULL,
    legal_basis TEXT,
    ordinal_style TEXT NOT NULL,
    integrated_by TEXT,
    integrated_on TEXT,
    integration_session TEXT,
    history TEXT
);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    commission TEXT NOT NULL REFERENCES commissions(key),
    person TEXT REFERENCES people(key),
    organization TEXT REFERENCES organizations(key),
    role TEXT NOT NULL,
    label TEXT,
    area TEXT REFERENCES areas(key),
    "from" TEXT NOT NULL,
    "to" TEXT,
    appointed_by TEXT,
    appointed_on TEXT,
    ratified_by TEXT,
    ratified_on TEXT,
    substitute_for TEXT REFERENCES memberships(key),
    CHECK ((person IS NULL) <> (organization IS NULL)),
    CHECK ("to" IS NULL OR "to" >= "from")
);
CREATE INDEX memberships_by_commission ON memberships(commission, "from");

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    commission TEXT NOT NULL REFERENCES commissions(key),
    year INTEGER NOT NULL,
    type TEXT NOT NULL,
    number INTEGER NOT NULL,
    date TEXT NOT NULL,
    time TEXT,
    modality TEXT NOT NULL,
    status TEXT NOT NULL,
    UNIQUE (commission, year, type, number)
);
CREATE INDEX sessions_by_date ON sessions(commission, date);

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    session TEXT NOT NULL UNIQUE REFERENCES sessions(key)
);
CREATE TABLE attendance__present (
    owner_id INTEGER NOT NULL REFERENCES attendance(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES memberships(key),
    PRIMARY KEY (owner_id, position)
);
CREATE TABLE attendance__justified (
    owner_id INTEGER NOT NULL REFERENCES attendance(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES memberships(key),
    PRIMARY KEY (owner_id, position)
);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    session TEXT REFERENCES sessions(key),
    held_in TEXT,
    date TEXT,
    kind TEXT NOT NULL,
    result TEXT NOT NULL,
    title TEXT NOT NULL,
    votes_for INTEGER,
    votes_against INTEGER,
    abstentions INTEGER
);
CREATE INDEX agreements_by_session ON agreements(session);

CREATE TABLE work_programmes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    commission TEXT NOT NULL REFERENCES commissions(key),
    year INTEGER NOT NULL,
    acknowledged_in TEXT,
    acknowledged_session TEXT
);
CREATE TABLE work_programmes__approved_by (
    owner_id INTEGER NOT NULL REFERENCES work_programmes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES agreements(code),
    PRIMARY KEY (owner_id, position)
);
CREATE TABLE programme_lines (
    id INTEGER PRIMARY KEY,
    work_programme_id INTEGER NOT NULL REFERENCES work_programmes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    UNIQUE (work_programme_id, number)
);
CREATE TABLE programme_actions (
    id INTEGER PRIMARY KEY,
    line_id INTEGER NOT NULL REFERENCES programme_lines(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL UNIQUE,
    letter TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(key),
    "order" INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    agreement TEXT REFERENCES agreements(code),
    document TEXT REFERENCES documents(key),
    UNIQUE (session, "order")
);

CREATE TABLE no_activity (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL REFERENCES programme_actions(key),
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    reason TEXT NOT NULL
);

CREATE TABLE action_texts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    action TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    placement TEXT NOT NULL CHECK (placement IN ('inicio', 'final')),
    block TEXT,
    text TEXT NOT NULL,
    CHECK ("to" >= "from")
);

CREATE TABLE document_series (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    series TEXT REFERENCES document_series(key),
    area TEXT REFERENCES areas(key),
    action TEXT REFERENCES programme_actions(key),
    presented_from TEXT,
    presented_to TEXT,
    date TEXT,
    legal_basis TEXT,
    covers_from TEXT,
    covers_to TEXT,
    approved_by TEXT REFERENCES agreements(code)
);
CREATE TABLE documents__presented_in (
    owner_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES sessions(key),
    PRIMARY KEY (owner_id, position)
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    action TEXT REFERENCES programme_actions(key),
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    end_date TEXT,
    title TEXT NOT NULL,
    description TEXT,
    modality TEXT,
    place TEXT,
    participants TEXT,
    counts TEXT,
    links TEXT
);
CREATE TABLE activities__areas (
    owner_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES areas(key),
    PRIMARY KEY (owner_id, position)
);

CREATE TABLE external_sessions (
    id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL REFERENCES organizations(key),
    body TEXT NOT NULL,
    date TEXT NOT NULL,
    action TEXT REFERENCES programme_actions(key)
);

CREATE TABLE sivople_reports (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    action TEXT REFERENCES programme_actions(key)
);

CREATE TABLE election_notes (
    id INTEGER PRIMARY KEY,
    country TEXT NOT NULL,
    election TEXT NOT NULL,
    election_date TEXT NOT NULL,
    title TEXT NOT NULL,
    action TEXT REFERENCES programme_actions(key)
);

CREATE TABLE convenios (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    folio TEXT,
    type TEXT NOT NULL,
    title TEXT,
    parent TEXT REFERENCES convenios(key),
    object TEXT,
    area TEXT REFERENCES areas(key),
    status TEXT NOT NULL,
    signed TEXT,
    valid_from TEXT,
    valid_to TEXT,
    ceremony TEXT
);
CREATE TABLE convenios__counterparts (
    owner_id INTEGER NOT NULL REFERENCES convenios(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES organizations(key),
    PRIMARY KEY (owner_id, position)
);

CREATE TABLE convenio_progress (
    id INTEGER PRIMARY KEY,
    convenio TEXT NOT NULL REFERENCES convenios(key),
    session TEXT NOT NULL REFERENCES sessions(key),
    area TEXT REFERENCES areas(key),
    text TEXT,
    action TEXT REFERENCES programme_actions(key)
);

CREATE TABLE accompaniments (
    id INTEGER PRIMARY KEY,
    convenio TEXT NOT NULL REFERENCES convenios(key),
    area TEXT NOT NULL REFERENCES areas(key),
    area_label TEXT,
    "from" TEXT NOT NULL,
    "to" TEXT,
    action TEXT REFERENCES programme_actions(key)
);

CREATE TABLE pertinence_opinions (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    date TEXT,
    issued_from TEXT,
    issued_to TEXT,
    convenio TEXT REFERENCES convenios(key),
    sense TEXT NOT NULL,
    instrument TEXT NOT NULL,
    action TEXT REFERENCES programme_actions(key)
);
CREATE TABLE pertinence_opinions__areas (
    owner_id INTEGER NOT NULL REFERENCES pertinence_opinions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES areas(key),
    PRIMARY KEY (owner_id, position)
);

-- Legacy counts of instruments carried over from the old register.
CREATE TABLE convenio_baselines (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    as_of TEXT NOT NULL,
    since TEXT NOT NULL,
    signed INTEGER NOT NULL CHECK (signed >= 0),
    in_force INTEGER NOT NULL CHECK (in_force BETWEEN 0 AND signed),
    source TEXT NOT NULL
);

CREATE TABLE networks (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    email TEXT,
    purpose TEXT
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    network TEXT NOT NULL REFERENCES networks(key),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    country TEXT,
    opted_out INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE mailings (
    id INTEGER PRIMARY KEY,
    network TEXT NOT NULL REFERENCES networks(key),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    recipients INTEGER,
    subject TEXT,
    info TEXT NOT NULL,
    action TEXT REFERENCES programme_actions(key)
);

CREATE TABLE contests (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    edition INTEGER NOT NULL,
    question TEXT,
    approved_by TEXT REFERENCES agreements(code),
    registration_open TEXT NOT NULL,
    registration_close TEXT NOT NULL,
    categories TEXT,
    dissemination TEXT,
    action TEXT REFERENCES programme_actions(key)
);
CREATE TABLE contests__amended_by (
    owner_id INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES agreements(code),
    PRIMARY KEY (owner_id, position)
);
CREATE TABLE contests__co_organizers (
    owner_id INTEGER NOT NULL REFERENCES contests(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL REFERENCES organizations(key),
    PRIMARY KEY (owner_id, position)
);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    contest TEXT NOT NULL REFERENCES contests(key),
    name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    gender TEXT NOT NULL,
    residence TEXT NOT NULL,
    state TEXT,
    guardian_name TEXT,
    guardian_consent INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    rejection_reason TEXT,
    work TEXT,
    anonymised INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE jurors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    contest TEXT NOT NULL REFERENCES contests(key),
    name TEXT NOT NULL
);

CREATE TABLE rubric (
    id INTEGER PRIMARY KEY,
    contest TEXT NOT NULL REFERENCES contests(key),
    criterion TEXT NOT NULL,
    weight REAL NOT NULL
);

CREATE TABLE scores (
    id INTEGER PRIMARY KEY,
    juror TEXT NOT NULL REFERENCES jurors(key),
    registration TEXT NOT NULL REFERENCES registrations(key),
    criterion TEXT NOT NULL,
    score REAL NOT NULL
);
