#include "journal/journal_schema.h"

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
};

} // namespace

const sql::Schema& journalSchema()
{
    static const sql::Schema schema { 0x4B574A31 /* "KWJ1" */, steps };
    return schema;
}

} // namespace kw
