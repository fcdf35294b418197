#include "hr/hr_schema.h"

#include "hr/hr_text.h"
#include "storage/existing_database.h"

#include <QFileInfo>
#include <array>

namespace kw::hr {

namespace {

// Each step is applied in its own transaction; never edit a released step, add a new one.
constexpr std::array steps {
    // Profiles: the signed files as they came (verified again whenever they are read), one per
    // version. Releases: one row per imported .kwvrijgave, numbered within its period (1, then
    // each re-release). Parts: HR's own opened part of each contribution a release carried, so a
    // re-release can be summed again; its revision is frozen once released. Figures: per release
    // and cell (dimension, cell id; '' for the school and for a breakdown's "not given" group)
    // and metric, the true sums of a released figure or only the reason it was withheld: the
    // CHECK keeps any count or value of a withheld figure out of the file, and a released figure
    // always has at least 5 (kMinimumGroupSize) contributors.
    // hr_part is a rowid table: a part is most of a kilobyte, and SQLite keeps whole rows in the
    // key's tree in a WITHOUT ROWID table, which made storing a release 2.7 times slower
    // (tests/bench/bench_hr_report, docs/benchmarks.md).
    sql::Migration { 1, R"sql(
        CREATE TABLE hr_profile (
            version   INTEGER PRIMARY KEY CHECK (version >= 1),
            school_id TEXT    NOT NULL CHECK (length(school_id) > 0),
            file      BLOB    NOT NULL,
            added_ms  INTEGER NOT NULL
        );
        CREATE TABLE hr_release (
            period          TEXT    NOT NULL,
            release_number  INTEGER NOT NULL CHECK (release_number >= 1),
            school_id       TEXT    NOT NULL,
            profile_version INTEGER NOT NULL REFERENCES hr_profile (version),
            file_sha256     BLOB    NOT NULL UNIQUE CHECK (length(file_sha256) = 32),
            imported_ms     INTEGER NOT NULL,
            PRIMARY KEY (period, release_number)
        );
        CREATE TABLE hr_part (
            period        TEXT    NOT NULL,
            submission_id BLOB    NOT NULL CHECK (length(submission_id) = 32),
            revision      INTEGER NOT NULL CHECK (revision >= 1),
            team          TEXT    NOT NULL,
            role          TEXT    NOT NULL,
            age_band      TEXT    NOT NULL,
            presence      BLOB    NOT NULL,
            share         BLOB    NOT NULL CHECK (length(share) % 8 = 0),
            binding       BLOB    NOT NULL,
            first_release INTEGER NOT NULL CHECK (first_release >= 1),
            PRIMARY KEY (period, submission_id)
        );
        CREATE TABLE hr_figure (
            period         TEXT    NOT NULL,
            release_number INTEGER NOT NULL,
            dimension      TEXT    NOT NULL
                CHECK (dimension IN ('school', 'team', 'role', 'age_band')),
            cell           TEXT    NOT NULL CHECK (dimension <> 'school' OR cell = ''),
            metric         TEXT    NOT NULL CHECK (length(metric) > 0),
            reason         INTEGER NOT NULL CHECK (reason BETWEEN 0 AND 5),
            contributors   INTEGER CHECK (contributors IS NULL OR contributors >= 5),
            sum            INTEGER,
            sum_squares    INTEGER,
            PRIMARY KEY (period, release_number, dimension, cell, metric),
            FOREIGN KEY (period, release_number) REFERENCES hr_release (period, release_number),
            CHECK (CASE WHEN reason = 0
                THEN contributors IS NOT NULL AND sum IS NOT NULL AND sum_squares IS NOT NULL
                ELSE contributors IS NULL AND sum IS NULL AND sum_squares IS NULL END)
        ) WITHOUT ROWID;
    )sql" },
    // Two more reasons: a figure HR withholds itself because its true sum is impossible (6,
    // privacy::Reason::ImpossibleSum), and one withheld because with another breakdown it would
    // single out a few people (7, CrossesBreakdown). SQLite cannot change a CHECK in place, so
    // the table is rebuilt.
    sql::Migration { 2, R"sql(
        CREATE TABLE hr_figure_2 (
            period         TEXT    NOT NULL,
            release_number INTEGER NOT NULL,
            dimension      TEXT    NOT NULL
                CHECK (dimension IN ('school', 'team', 'role', 'age_band')),
            cell           TEXT    NOT NULL CHECK (dimension <> 'school' OR cell = ''),
            metric         TEXT    NOT NULL CHECK (length(metric) > 0),
            reason         INTEGER NOT NULL CHECK (reason BETWEEN 0 AND 7),
            contributors   INTEGER CHECK (contributors IS NULL OR contributors >= 5),
            sum            INTEGER,
            sum_squares    INTEGER,
            PRIMARY KEY (period, release_number, dimension, cell, metric),
            FOREIGN KEY (period, release_number) REFERENCES hr_release (period, release_number),
            CHECK (CASE WHEN reason = 0
                THEN contributors IS NOT NULL AND sum IS NOT NULL AND sum_squares IS NOT NULL
                ELSE contributors IS NULL AND sum IS NULL AND sum_squares IS NULL END)
        ) WITHOUT ROWID;
        INSERT INTO hr_figure_2 SELECT * FROM hr_figure;
        DROP TABLE hr_figure;
        ALTER TABLE hr_figure_2 RENAME TO hr_figure;
    )sql" },
};

} // namespace

const sql::Schema& hrSchema()
{
    static const sql::Schema schema { 0x4B574831 /* "KWH1" */, steps };
    return schema;
}

Result<std::unique_ptr<sql::Database>> openExistingHrDatabase(const QString& path)
{
    return sql::openExisting(path, hrSchema(),
        { Text::tr("There is no HR database at %1.").arg(path),
            Text::tr("%1 is not a Kernwijzer HR database.").arg(QFileInfo(path).fileName()) });
}

} // namespace kw::hr
