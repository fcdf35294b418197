#include "bestuur/bestuur_store.h"

#include "bestuur/bestuur_text.h"
#include "exchange/crypto.h"
#include "exchange/exchange_period.h"
#include "exchange/profile_file.h"
#include "hr/figure_rows.h"

#include <algorithm>

namespace kw::bestuur {

namespace {

Error refused(const QString& message)
{
    return Error { Error::Code::InvalidInput, message };
}

SchoolAggregate readAggregate(const sql::Statement& row)
{
    return { row.columnText(0), row.columnText(1), row.columnInt(2), row.columnInt(3),
        row.columnBlob(4), QDateTime::fromMSecsSinceEpoch(row.columnInt64(5)) };
}

} // namespace

BestuurStore::BestuurStore(sql::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<BestuurStore::Stored> BestuurStore::storeAggregate(const AggregateRecord& record)
{
    const SchoolAggregate& a = record.aggregate;
    for (const hr::Figure& figure : record.figures) {
        if (Status s = hr::checkFigure(figure); !s)
            return s.error();
    }
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status().error();

    auto same = m_db.prepare("SELECT 1 FROM bestuur_aggregate WHERE file_sha256 = ?");
    if (!same)
        return same.error();
    auto found = same->bindBlob(1, a.fileSha256).first([](const sql::Statement&) { return true; });
    if (!found)
        return found.error();
    if (found->has_value())
        return Stored { Outcome::AlreadyThere };

    auto pinned = pinSchool(record);
    if (!pinned)
        return pinned.error();
    auto stored = m_db.prepare(
        "SELECT release_number FROM bestuur_aggregate WHERE school_id = ? AND period = ?");
    if (!stored)
        return stored.error();
    auto earlier
        = stored->bind(1, a.schoolId).bind(2, a.period).first([](const sql::Statement& row) {
              return row.columnInt(0);
          });
    if (!earlier)
        return earlier.error();
    Stored out { Outcome::Added, *pinned, earlier->value_or(0) };
    if (earlier->has_value()) {
        if (**earlier > a.releaseNumber)
            return Stored { Outcome::Outdated, false, **earlier };
        if (**earlier == a.releaseNumber)
            return refused(Text::tr("Another aggregate of release %1 of %2 by %3 is stored, with "
                                    "other figures; a school makes one aggregate per release.")
                               .arg(a.releaseNumber)
                               .arg(a.period, a.schoolId));
        out.outcome = Outcome::Replaced;
    }
    if (Status s = addProfile(record); !s)
        return s.error();
    if (Status s = writeAggregate(record, out.outcome == Outcome::Replaced); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<bool> BestuurStore::pinSchool(const AggregateRecord& record)
{
    const QString& school = record.aggregate.schoolId;
    auto stmt = m_db.prepare("SELECT hr_sign_key FROM bestuur_school WHERE school_id = ?");
    if (!stmt)
        return stmt.error();
    auto key
        = stmt->bind(1, school).first([](const sql::Statement& row) { return row.columnBlob(0); });
    if (!key)
        return key.error();
    if (key->has_value()) {
        if (**key != record.hrSignKey)
            return Error { Error::Code::Untrusted,
                Text::tr("This aggregate of %1 is signed by HR key %2, but this bestuur database "
                         "knows the school by HR key %3; it is refused.")
                    .arg(school, crypto::fingerprint(record.hrSignKey),
                        crypto::fingerprint(**key)) };
        return false;
    }
    if (Status s
        = m_db.run("INSERT INTO bestuur_school (school_id, hr_sign_key, added_ms) VALUES (?, ?, ?)",
            { school, sql::Blob { record.hrSignKey }, m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s.error();
    return true;
}

Status BestuurStore::addProfile(const AggregateRecord& record)
{
    const SchoolAggregate& a = record.aggregate;
    auto stmt
        = m_db.prepare("SELECT file FROM bestuur_profile WHERE school_id = ? AND version = ?");
    if (!stmt)
        return stmt.error();
    auto file
        = stmt->bind(1, a.schoolId).bind(2, a.profileVersion).first([](const sql::Statement& row) {
              return row.columnBlob(0);
          });
    if (!file)
        return file.error();
    if (file->has_value()) {
        if (**file == record.profileFile)
            return {};
        return refused(Text::tr("This aggregate carries another profile of %1 with version %2 "
                                "than the one stored; it is refused.")
                           .arg(a.schoolId)
                           .arg(a.profileVersion));
    }
    return m_db.run("INSERT INTO bestuur_profile (school_id, version, file) VALUES (?, ?, ?)",
        { a.schoolId, qint64(a.profileVersion), sql::Blob { record.profileFile } });
}

Status BestuurStore::writeAggregate(const AggregateRecord& record, bool replace)
{
    const SchoolAggregate& a = record.aggregate;
    if (replace) {
        // Its figures go with it (ON DELETE CASCADE).
        if (Status s = m_db.run("DELETE FROM bestuur_aggregate WHERE school_id = ? AND period = ?",
                { a.schoolId, a.period });
            !s)
            return s;
    }
    if (Status s = m_db.run("INSERT INTO bestuur_aggregate (school_id, period, release_number, "
                            "profile_version, file_sha256, imported_ms) VALUES (?, ?, ?, ?, ?, ?)",
            { a.schoolId, a.period, qint64(a.releaseNumber), qint64(a.profileVersion),
                sql::Blob { a.fileSha256 }, m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s;
    auto insert = m_db.prepare("INSERT INTO bestuur_figure (school_id, period, dimension, cell, "
                               "metric, reason, contributors, sum, sum_squares) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const hr::Figure& f : record.figures) {
        insert->bind(1, a.schoolId).bind(2, a.period);
        hr::bindFigure(*insert, 3, f);
        if (Status s = insert->run(); !s)
            return s;
        insert->reset();
    }
    return {};
}

Result<QList<SchoolAggregate>> BestuurStore::aggregates(const QString& period)
{
    QByteArray sql = "SELECT school_id, period, release_number, profile_version, file_sha256, "
                     "imported_ms FROM bestuur_aggregate";
    QList<sql::Param> params;
    if (!period.isEmpty()) {
        sql += " WHERE period = ?";
        params << period;
    }
    sql += " ORDER BY school_id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    auto rows = stmt->bindAll(params).collect(readAggregate);
    if (!rows)
        return rows.error();
    std::stable_sort(
        rows->begin(), rows->end(), [](const SchoolAggregate& a, const SchoolAggregate& b) {
            return exchange::periodIdBefore(a.period, b.period);
        });
    return rows;
}

Result<QStringList> BestuurStore::periods()
{
    auto all = aggregates();
    if (!all)
        return all.error();
    QStringList periods;
    for (const SchoolAggregate& a : std::as_const(*all)) {
        if (periods.isEmpty() || periods.last() != a.period) // by period already
            periods << a.period;
    }
    return periods;
}

Result<SchoolProfile> BestuurStore::profile(const QString& schoolId, int version)
{
    auto stmt
        = m_db.prepare("SELECT p.file, s.hr_sign_key FROM bestuur_profile p JOIN "
                       "bestuur_school s USING (school_id) WHERE school_id = ? AND version = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, schoolId).bind(2, version).first([](const sql::Statement& r) {
        return std::pair { r.columnBlob(0), r.columnBlob(1) };
    });
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("Profile version %1 of %2 is not in this bestuur database.")
                .arg(version)
                .arg(schoolId) };
    // The database could have been edited since: the profile is checked like a new one.
    auto read = exchange::readProfileFile((*row)->first);
    if (!read)
        return read.error();
    if (!read->complete() || read->profile.school.signKey != (*row)->second
        || read->profile.schoolId != schoolId)
        return Error { Error::Code::Untrusted,
            Text::tr("The stored profile version %1 of %2 is no longer co-signed under the "
                     "school's HR key.")
                .arg(version)
                .arg(schoolId) };
    return read->profile;
}

Result<QList<hr::Figure>> BestuurStore::figures(
    const QString& schoolId, const QString& period, const QStringList& metrics)
{
    QList<sql::Param> params { schoolId, period };
    QByteArray sql = QByteArray("SELECT ") + hr::kFigureColumns
        + " FROM bestuur_figure WHERE school_id = ? AND period = ?"
        + hr::metricFilter(metrics, params) + " ORDER BY dimension, cell, metric";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    return stmt->bindAll(params).collect(
        [](const sql::Statement& row) { return hr::readFigure(row, 0); });
}

} // namespace kw::bestuur
