#include "custodian/custodian_schema.h"

#include <array>

namespace kw::custodian {

namespace {

// Each step is applied in its own transaction; never edit a released step, add a new one.
//
// Nothing here says who sent a contribution or when it arrived: no file name, no arrival time,
// no order of arrival (the contributions are keyed by period and submission id, WITHOUT ROWID).
// The custodian sees who mails a file; the database must not let anyone link a stored
// contribution back to that file or its sender later. `late` is the one bit of timing kept,
// and it is needed: whether a contribution came after its period's release (rule 4).
constexpr std::array steps {
    sql::Migration { 1, R"sql(
        CREATE TABLE custodian_profile (
            version   INTEGER PRIMARY KEY CHECK (version >= 1),
            school_id TEXT    NOT NULL CHECK (length(school_id) > 0),
            file      BLOB    NOT NULL,
            added_ms  INTEGER NOT NULL
        );
        CREATE TRIGGER custodian_profile_one_school BEFORE INSERT ON custodian_profile
            WHEN EXISTS (SELECT 1 FROM custodian_profile WHERE school_id <> new.school_id)
            BEGIN SELECT RAISE(ABORT, 'a custodian database holds one school'); END;

        -- The custodian's part of each contribution: its share of every slot (little-endian
        -- u64), the unsplit presence bits as the file packs them, the device's signed binding,
        -- and the HR part (a serialised Seal) kept unopened for the release. Cohort ids are ''
        -- when the teacher left them out.
        CREATE TABLE contribution (
            period           TEXT    NOT NULL,
            submission_id    BLOB    NOT NULL CHECK (length(submission_id) = 32),
            revision         INTEGER NOT NULL CHECK (revision BETWEEN 1 AND 16),
            profile_version  INTEGER NOT NULL REFERENCES custodian_profile (version),
            team             TEXT    NOT NULL,
            role             TEXT    NOT NULL,
            age_band         TEXT    NOT NULL,
            presence         BLOB    NOT NULL,
            share            BLOB    NOT NULL CHECK (length(share) % 16 = 0 AND length(share) > 0),
            binding          BLOB    NOT NULL,
            device_signature BLOB    NOT NULL CHECK (length(device_signature) = 64),
            hr_seal          BLOB    NOT NULL,
            late             INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
            PRIMARY KEY (period, submission_id)
        ) WITHOUT ROWID;

        -- Each release of a period, and exactly which ids and revisions it summed. A summed
        -- contribution is frozen from then on: the triggers refuse to change or remove it.
        CREATE TABLE release (
            period         TEXT    NOT NULL,
            release_number INTEGER NOT NULL CHECK (release_number >= 1),
            made_ms        INTEGER NOT NULL,
            file_sha256    BLOB    NOT NULL CHECK (length(file_sha256) = 32),
            PRIMARY KEY (period, release_number)
        ) WITHOUT ROWID;
        CREATE TABLE release_member (
            period         TEXT    NOT NULL,
            release_number INTEGER NOT NULL,
            submission_id  BLOB    NOT NULL,
            revision       INTEGER NOT NULL,
            PRIMARY KEY (period, release_number, submission_id),
            FOREIGN KEY (period, release_number) REFERENCES release (period, release_number),
            FOREIGN KEY (period, submission_id) REFERENCES contribution (period, submission_id)
        ) WITHOUT ROWID;
        CREATE INDEX release_member_by_id ON release_member (period, submission_id);
        CREATE TRIGGER release_member_as_kept BEFORE INSERT ON release_member
            WHEN NOT EXISTS (SELECT 1 FROM contribution c WHERE c.period = new.period
                AND c.submission_id = new.submission_id AND c.revision = new.revision)
            BEGIN SELECT RAISE(ABORT, 'a release sums kept revisions only'); END;
        CREATE TRIGGER contribution_frozen_once_released BEFORE UPDATE ON contribution
            WHEN EXISTS (SELECT 1 FROM release_member m WHERE m.period = old.period
                AND m.submission_id = old.submission_id)
            BEGIN SELECT RAISE(ABORT, 'a released contribution is frozen'); END;
        CREATE TRIGGER contribution_kept_once_released BEFORE DELETE ON contribution
            WHEN EXISTS (SELECT 1 FROM release_member m WHERE m.period = old.period
                AND m.submission_id = old.submission_id)
            BEGIN SELECT RAISE(ABORT, 'a released contribution is frozen'); END;
    )sql" },
    // HR's verdicts on the HR parts the custodian asked about before a release (the check,
    // custodian_release.h). A verdict is about one exact copy: this id, revision and binding
    // with this HR part (BLAKE2b-256 of the serialised Seal), so a new revision or a new copy of
    // a refused part waits for a verdict of its own. 1 = valid; 2–4 = refused, with the reason.
    sql::Migration { 2, R"sql(
        CREATE TABLE hr_verdict (
            period         TEXT    NOT NULL,
            submission_id  BLOB    NOT NULL CHECK (length(submission_id) = 32),
            revision       INTEGER NOT NULL CHECK (revision BETWEEN 1 AND 16),
            binding_digest BLOB    NOT NULL CHECK (length(binding_digest) = 32),
            hr_seal_digest BLOB    NOT NULL CHECK (length(hr_seal_digest) = 32),
            verdict        INTEGER NOT NULL CHECK (verdict BETWEEN 1 AND 4),
            PRIMARY KEY (period, submission_id, revision, binding_digest, hr_seal_digest)
        ) WITHOUT ROWID;
    )sql" },
};

} // namespace

const sql::Schema& custodianSchema()
{
    // A contribution row holds about 2 KiB (the HR seal, the share, the binding): 8 KiB pages
    // keep most of it on its leaf, where 4 KiB pages put half of every row on an overflow page
    // (half the file size, and an import about 10% faster).
    static const sql::Schema schema { 0x4B574331 /* "KWC1" */, steps, 8192 };
    return schema;
}

} // namespace kw::custodian
