#include "conversation/leader_schema.h"

#include <array>

namespace kw::conversation {

namespace {

// Each step is applied in its own transaction; never edit a released step, add a new one.
//
// Only what the teacher sent (their signed files, exactly as signed) and what the leader wrote
// is kept: nothing of the teacher's journal reaches this file except the items the teacher put
// in a preparation.
constexpr std::array steps {
    sql::Migration { 1, R"sql(
        CREATE TABLE leader_profile (
            version   INTEGER PRIMARY KEY CHECK (version >= 1),
            school_id TEXT    NOT NULL CHECK (length(school_id) > 0),
            file      BLOB    NOT NULL,
            added_ms  INTEGER NOT NULL
        );
        CREATE TRIGGER leader_profile_one_school BEFORE INSERT ON leader_profile
            WHEN EXISTS (SELECT 1 FROM leader_profile WHERE school_id <> new.school_id)
            BEGIN SELECT RAISE(ABORT, 'a leader database holds one school'); END;

        -- Which leader of the profile this database belongs to: one row, fixed once set.
        CREATE TABLE leader_self (
            one       INTEGER PRIMARY KEY CHECK (one = 1),
            leader_id TEXT    NOT NULL,
            sign_key  BLOB    NOT NULL CHECK (length(sign_key) = 32),
            box_key   BLOB    NOT NULL CHECK (length(box_key) = 32)
        );

        -- A teacher's conversation key is NULL until their first preparation (a teacher added
        -- by hand). left_on: the day they left (uit dienst), NULL while in dienst.
        CREATE TABLE teacher (
            id       INTEGER PRIMARY KEY,
            name     TEXT    NOT NULL UNIQUE CHECK (length(name) > 0),
            team_id  TEXT    NOT NULL DEFAULT '',
            sign_key BLOB    CHECK (sign_key IS NULL OR length(sign_key) = 32),
            box_key  BLOB    CHECK (box_key IS NULL OR length(box_key) = 32),
            left_on  TEXT    CHECK (left_on IS NULL OR length(left_on) = 10),
            added_ms INTEGER NOT NULL,
            CHECK ((sign_key IS NULL) = (box_key IS NULL))
        );
        CREATE UNIQUE INDEX teacher_by_sign_key ON teacher (sign_key) WHERE sign_key IS NOT NULL;

        -- state: 1 prepared, 2 held (a verslag was made), 3 closed (the response came back).
        -- draft: the leader's working notes and agreements, an unsigned kernwijzer.v1.Verslag.
        CREATE TABLE conversation (
            id                    BLOB    PRIMARY KEY CHECK (length(id) = 16),
            teacher_id            INTEGER NOT NULL REFERENCES teacher (id) ON DELETE CASCADE,
            planned_on            TEXT    NOT NULL CHECK (length(planned_on) = 10),
            state                 INTEGER NOT NULL CHECK (state IN (1, 2, 3)),
            preparation_body      BLOB    NOT NULL,
            preparation_signature BLOB    NOT NULL CHECK (length(preparation_signature) = 64),
            preparation_revision  INTEGER NOT NULL CHECK (preparation_revision >= 1),
            draft                 BLOB,
            verslag_body          BLOB,
            verslag_signature     BLOB,
            verslag_revision      INTEGER NOT NULL DEFAULT 0 CHECK (verslag_revision >= 0),
            held_on               TEXT,
            response_body         BLOB,
            response_signature    BLOB,
            CHECK ((state >= 2) = (verslag_body IS NOT NULL)),
            CHECK ((state = 3) = (response_body IS NOT NULL))
        ) WITHOUT ROWID;
        CREATE INDEX conversation_by_teacher ON conversation (teacher_id, planned_on);
        CREATE INDEX conversation_by_day ON conversation (planned_on);
    )sql" },
};

} // namespace

const sql::Schema& leaderSchema()
{
    static const sql::Schema schema { 0x4B574C31 /* "KWL1" */, steps };
    return schema;
}

} // namespace kw::conversation
