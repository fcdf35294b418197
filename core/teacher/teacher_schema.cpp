#include "teacher/teacher_schema.h"

#include <array>

namespace kw {

namespace {

// Each step is applied in its own transaction; never edit a released step, add a new one.
constexpr std::array steps {
    sql::Migration { 1, R"sql(
        CREATE TABLE reflection (
            id         INTEGER PRIMARY KEY,
            body       TEXT    NOT NULL CHECK (length(body) > 0),
            day        TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            outcome    INTEGER NOT NULL CHECK (outcome BETWEEN 1 AND 5),
            energy     INTEGER CHECK (energy IS NULL OR energy BETWEEN 1 AND 5),
            created_ms INTEGER NOT NULL,
            edited_ms  INTEGER NOT NULL,
            deleted_ms INTEGER
        );
        CREATE INDEX reflection_by_day ON reflection (day DESC, id DESC);
        CREATE TABLE reflection_value (
            reflection_id INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
            value_id      TEXT    NOT NULL,
            PRIMARY KEY (reflection_id, value_id)
        ) WITHOUT ROWID;
        CREATE INDEX reflection_value_by_value ON reflection_value (value_id, reflection_id);
        CREATE TABLE reflection_tag (
            reflection_id INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
            tag_id        TEXT    NOT NULL,
            PRIMARY KEY (reflection_id, tag_id)
        ) WITHOUT ROWID;
    )sql" },
    // Full-text search, filled from the reflections that already exist.
    sql::Migration { 2, R"sql(
        CREATE VIRTUAL TABLE reflection_fts USING fts5 (
            body, content='reflection', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO reflection_fts (reflection_fts) VALUES ('rebuild');
        CREATE TRIGGER reflection_fts_insert AFTER INSERT ON reflection BEGIN
            INSERT INTO reflection_fts (rowid, body) VALUES (new.id, new.body);
        END;
        CREATE TRIGGER reflection_fts_delete AFTER DELETE ON reflection BEGIN
            INSERT INTO reflection_fts (reflection_fts, rowid, body) VALUES ('delete', old.id, old.body);
        END;
        CREATE TRIGGER reflection_fts_update AFTER UPDATE OF body ON reflection BEGIN
            INSERT INTO reflection_fts (reflection_fts, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO reflection_fts (rowid, body) VALUES (new.id, new.body);
        END;
    )sql" },
    // Small key/value state that must survive the app being closed (the quick-entry draft).
    sql::Migration { 3, R"sql(
        CREATE TABLE app_state (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql" },
    // Wellbeing check-ins. One check-in per instrument and period: a second answer for the same
    // period replaces the first (CheckinStore::add), which UNIQUE backs up. Scores are kept in
    // hundredths so a pulse mean such as 3.25 is stored exactly.
    sql::Migration { 4, R"sql(
        CREATE TABLE checkin (
            id                 INTEGER PRIMARY KEY,
            instrument_id      TEXT    NOT NULL,
            instrument_version INTEGER NOT NULL CHECK (instrument_version >= 1),
            period_start       TEXT    NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            period_end         TEXT    NOT NULL CHECK (period_end >= period_start),
            answered_ms        INTEGER NOT NULL,
            score_centi        INTEGER NOT NULL,
            band               TEXT    NOT NULL CHECK (band IN ('ok', 'low', 'advise')),
            UNIQUE (instrument_id, period_start)
        );
        CREATE INDEX checkin_by_period ON checkin (period_start DESC, id DESC);
        CREATE TABLE checkin_answer (
            checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
            item_id    TEXT    NOT NULL,
            value      INTEGER NOT NULL,
            PRIMARY KEY (checkin_id, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE checkin_choice (
            checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
            list_id    TEXT    NOT NULL,
            option_id  TEXT    NOT NULL,
            PRIMARY KEY (checkin_id, list_id, option_id)
        ) WITHOUT ROWID;
        CREATE INDEX checkin_choice_by_option ON checkin_choice (list_id, option_id);
    )sql" },
    // The POP (goals, their kernwaarden, actions and evidence) and the professionaliseringsuren
    // ledger. Evidence only points at reflections: a purged reflection simply stops being
    // evidence, and removing a goal never touches a reflection. Hours are kept in minutes.
    sql::Migration { 5, R"sql(
        CREATE TABLE goal (
            id          INTEGER PRIMARY KEY,
            title       TEXT    NOT NULL CHECK (length(title) > 0),
            theme_id    TEXT,
            criteria    TEXT    NOT NULL DEFAULT '',
            target_day  TEXT    CHECK (target_day IS NULL OR target_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            status      TEXT    NOT NULL CHECK (status IN ('idee', 'actief', 'afgerond', 'losgelaten')),
            school_year INTEGER NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
            created_ms  INTEGER NOT NULL,
            edited_ms   INTEGER NOT NULL
        );
        CREATE INDEX goal_by_year ON goal (school_year, status);
        CREATE TABLE goal_value (
            goal_id  INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
            value_id TEXT    NOT NULL,
            PRIMARY KEY (goal_id, value_id)
        ) WITHOUT ROWID;
        CREATE TABLE goal_action (
            id         INTEGER PRIMARY KEY,
            goal_id    INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
            title      TEXT    NOT NULL CHECK (length(title) > 0),
            due_day    TEXT    CHECK (due_day IS NULL OR due_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            done_ms    INTEGER,
            created_ms INTEGER NOT NULL
        );
        CREATE INDEX goal_action_by_goal ON goal_action (goal_id, id);
        CREATE TABLE goal_evidence (
            goal_id       INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
            reflection_id INTEGER NOT NULL REFERENCES reflection (id) ON DELETE CASCADE,
            linked_ms     INTEGER NOT NULL,
            PRIMARY KEY (goal_id, reflection_id)
        ) WITHOUT ROWID;
        CREATE INDEX goal_evidence_by_reflection ON goal_evidence (reflection_id, goal_id);
        CREATE TABLE hours_entry (
            id            INTEGER PRIMARY KEY,
            school_year   INTEGER NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
            day           TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            kind          TEXT    NOT NULL,
            description   TEXT    NOT NULL CHECK (length(description) > 0),
            planned_min   INTEGER NOT NULL CHECK (planned_min >= 0),
            spent_min     INTEGER NOT NULL CHECK (spent_min >= 0),
            created_ms    INTEGER NOT NULL,
            edited_ms     INTEGER NOT NULL
        );
        CREATE INDEX hours_entry_by_year ON hours_entry (school_year, day, id);
        CREATE TABLE hours_fte (
            from_year    INTEGER PRIMARY KEY CHECK (from_year BETWEEN 2000 AND 2100),
            fte_permille INTEGER NOT NULL CHECK (fte_permille BETWEEN 1 AND 1000)
        ) WITHOUT ROWID;
    )sql" },
    // The exchange (school trends): the school profile the teacher imported, exactly as signed;
    // the device's own secret that submission ids are derived from (it never leaves this
    // file); and which periods were exported, so a re-export counts its revision up.
    sql::Migration { 6, R"sql(
        CREATE TABLE exchange_profile (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            school_id   TEXT    NOT NULL,
            version     INTEGER NOT NULL,
            file        BLOB    NOT NULL,
            imported_ms INTEGER NOT NULL
        );
        CREATE TABLE exchange_secret (
            id     INTEGER PRIMARY KEY CHECK (id = 1),
            secret BLOB    NOT NULL CHECK (length(secret) = 32)
        );
        CREATE TABLE exchange_export (
            school_id   TEXT    NOT NULL,
            period      TEXT    NOT NULL,
            revision    INTEGER NOT NULL CHECK (revision >= 1),
            exported_ms INTEGER NOT NULL,
            PRIMARY KEY (school_id, period)
        ) WITHOUT ROWID;
    )sql" },
    // The last revision handed out per period, kept apart from the export log: it is counted up
    // (and committed) before a file is written, so a file can never carry a revision that a
    // later export hands out again, even when logging the export fails afterwards.
    sql::Migration { 7, R"sql(
        CREATE TABLE exchange_revision (
            school_id     TEXT    NOT NULL,
            period        TEXT    NOT NULL,
            last_revision INTEGER NOT NULL CHECK (last_revision >= 1),
            PRIMARY KEY (school_id, period)
        ) WITHOUT ROWID;
        INSERT INTO exchange_revision (school_id, period, last_revision)
            SELECT school_id, period, revision FROM exchange_export;
    )sql" },
    // Where the device secret lives when it is kept in the system's key store: the name of its
    // entry there (core/teacher/device_secret.h). exchange_secret keeps the secret itself only
    // where no key store could be used; a journal never holds both (the triggers), so a secret
    // moved to the key store cannot linger here.
    sql::Migration { 8, R"sql(
        CREATE TABLE exchange_secret_keychain (
            id    INTEGER PRIMARY KEY CHECK (id = 1),
            entry TEXT    NOT NULL CHECK (length(entry) > 0)
        );
        CREATE TRIGGER exchange_secret_in_one_place BEFORE INSERT ON exchange_secret
            WHEN EXISTS (SELECT 1 FROM exchange_secret_keychain)
            BEGIN SELECT RAISE(ABORT, 'the device secret is kept in the keychain'); END;
        CREATE TRIGGER exchange_secret_keychain_in_one_place
            BEFORE INSERT ON exchange_secret_keychain
            WHEN EXISTS (SELECT 1 FROM exchange_secret)
            BEGIN SELECT RAISE(ABORT, 'the device secret is kept in the journal'); END;
    )sql" },
    // The waarderingsgesprek, the teacher's side (core/conversation/teacher_*): per conversation
    // the leader it is sealed to, the last preparation sent, the leader's verslag and the
    // teacher's response, each body exactly as signed with its signature; and per agreement of
    // the verslag the teacher's answer and, for one they accepted, the POP action it became
    // (an agreement is open while that action is not done; removing the action ends the link).
    sql::Migration { 9, R"sql(
        CREATE TABLE conversation (
            id                 BLOB    PRIMARY KEY CHECK (length(id) = 16),
            school_id          TEXT    NOT NULL,
            leader_id          TEXT    NOT NULL,
            leader_sign_key    BLOB    NOT NULL CHECK (length(leader_sign_key) = 32),
            leader_box_key     BLOB    NOT NULL CHECK (length(leader_box_key) = 32),
            planned_on         TEXT    NOT NULL CHECK (planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            prep_revision      INTEGER NOT NULL CHECK (prep_revision >= 1),
            prep_body          BLOB    NOT NULL,
            prep_signature     BLOB    NOT NULL CHECK (length(prep_signature) = 64),
            prep_digest        BLOB    NOT NULL CHECK (length(prep_digest) = 32),
            prepared_ms        INTEGER NOT NULL,
            verslag_revision   INTEGER CHECK (verslag_revision >= 1),
            verslag_body       BLOB,
            verslag_signature  BLOB    CHECK (length(verslag_signature) = 64),
            verslag_digest     BLOB    CHECK (length(verslag_digest) = 32),
            verslag_ms         INTEGER,
            response_body      BLOB,
            response_signature BLOB    CHECK (length(response_signature) = 64),
            responded_ms       INTEGER,
            CHECK ((verslag_revision IS NULL) = (verslag_body IS NULL)
                AND (verslag_body IS NULL) = (verslag_signature IS NULL)
                AND (verslag_body IS NULL) = (verslag_digest IS NULL)
                AND (verslag_body IS NULL) = (verslag_ms IS NULL)),
            CHECK ((response_body IS NULL) = (response_signature IS NULL)
                AND (response_body IS NULL) = (responded_ms IS NULL)),
            CHECK (response_body IS NULL OR verslag_body IS NOT NULL)
        );
        CREATE INDEX conversation_by_day ON conversation (planned_on DESC);
        CREATE TABLE conversation_agreement (
            conversation_id BLOB    NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
            agreement_id    BLOB    NOT NULL CHECK (length(agreement_id) = 16),
            status          TEXT    NOT NULL CHECK (status IN ('agreed', 'seen')),
            action_id       INTEGER REFERENCES goal_action (id) ON DELETE SET NULL,
            CHECK (status = 'agreed' OR action_id IS NULL),
            PRIMARY KEY (conversation_id, agreement_id)
        ) WITHOUT ROWID;
        CREATE INDEX conversation_agreement_by_action ON conversation_agreement (action_id);
    )sql" },
};

} // namespace

const sql::Schema& teacherSchema()
{
    static const sql::Schema schema { 0x4B574A31 /* "KWJ1" */, steps };
    return schema;
}

} // namespace kw
