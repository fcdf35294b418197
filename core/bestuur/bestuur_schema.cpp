#include "bestuur/bestuur_schema.h"

#include "bestuur/bestuur_text.h"
#include "storage/existing_database.h"

#include <QFileInfo>
#include <array>

namespace kw::bestuur {

namespace {

// Each step is applied in its own transaction; never edit a released step, add a new one.
constexpr std::array steps {
    // Schools: each with the HR sign key of its first aggregate; a later aggregate signed by
    // another key is refused. Profiles: the co-signed files the aggregates carried, one per
    // school and version (checked again whenever they are read). Aggregates: the one that
    // counts per school and period (a later release replaces it). Figures: per aggregate, cell
    // (dimension, cell id; '' for the school and a breakdown's "not given" group) and metric,
    // the true sums of a released figure or only the reason it was withheld; the CHECK keeps
    // any count or sum of a withheld figure out of the file, and a released figure always has
    // at least 5 (kMinimumGroupSize) contributors.
    sql::Migration { 1, R"sql(
        CREATE TABLE bestuur_school (
            school_id   TEXT    PRIMARY KEY CHECK (length(school_id) > 0),
            hr_sign_key BLOB    NOT NULL CHECK (length(hr_sign_key) = 32),
            added_ms    INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE bestuur_profile (
            school_id TEXT    NOT NULL REFERENCES bestuur_school (school_id),
            version   INTEGER NOT NULL CHECK (version >= 1),
            file      BLOB    NOT NULL,
            PRIMARY KEY (school_id, version)
        );
        CREATE TABLE bestuur_aggregate (
            school_id       TEXT    NOT NULL,
            period          TEXT    NOT NULL,
            release_number  INTEGER NOT NULL CHECK (release_number >= 1),
            profile_version INTEGER NOT NULL,
            file_sha256     BLOB    NOT NULL UNIQUE CHECK (length(file_sha256) = 32),
            imported_ms     INTEGER NOT NULL,
            PRIMARY KEY (school_id, period),
            FOREIGN KEY (school_id, profile_version)
                REFERENCES bestuur_profile (school_id, version)
        );
        CREATE TABLE bestuur_figure (
            school_id    TEXT    NOT NULL,
            period       TEXT    NOT NULL,
            dimension    TEXT    NOT NULL
                CHECK (dimension IN ('school', 'team', 'role', 'age_band')),
            cell         TEXT    NOT NULL CHECK (dimension <> 'school' OR cell = ''),
            metric       TEXT    NOT NULL CHECK (length(metric) > 0),
            reason       INTEGER NOT NULL CHECK (reason BETWEEN 0 AND 7),
            contributors INTEGER CHECK (contributors IS NULL OR contributors >= 5),
            sum          INTEGER,
            sum_squares  INTEGER,
            PRIMARY KEY (school_id, period, dimension, cell, metric),
            FOREIGN KEY (school_id, period) REFERENCES bestuur_aggregate (school_id, period)
                ON DELETE CASCADE,
            CHECK (CASE WHEN reason = 0
                THEN contributors IS NOT NULL AND sum IS NOT NULL AND sum_squares IS NOT NULL
                ELSE contributors IS NULL AND sum IS NULL AND sum_squares IS NULL END)
        ) WITHOUT ROWID;
    )sql" },
};

} // namespace

const sql::Schema& bestuurSchema()
{
    static const sql::Schema schema { 0x4B574231 /* "KWB1" */, steps };
    return schema;
}

Result<std::unique_ptr<sql::Database>> openExistingBestuurDatabase(const QString& path)
{
    return sql::openExisting(path, bestuurSchema(),
        { Text::tr("There is no bestuur database at %1.").arg(path),
            Text::tr("%1 is not a Kernwijzer bestuur database.").arg(QFileInfo(path).fileName()) });
}

} // namespace kw::bestuur
