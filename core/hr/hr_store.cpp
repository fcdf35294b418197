#include "hr/hr_store.h"

#include "exchange/exchange_period.h"
#include "exchange/profile_file.h"
#include "hr/figure_rows.h"
#include "hr/hr_text.h"

#include <QtEndian>
#include <algorithm>

namespace kw::hr {

namespace {

Error refused(const QString& message)
{
    return Error { Error::Code::InvalidInput, message };
}

Status checkPart(const HrPart& part)
{
    if (part.submissionId.size() != 32 || part.revision < 1)
        return refused(Text::tr("A part of the release has no valid submission id or revision."));
    return {};
}

HrPart readPart(const sql::Statement& row)
{
    HrPart part;
    part.submissionId = row.columnBlob(0);
    part.revision = quint32(row.columnInt64(1));
    part.team = row.columnText(2);
    part.role = row.columnText(3);
    part.ageBand = row.columnText(4);
    part.presence = row.columnBlob(5);
    part.share = decodeShare(row.columnBlob(6)).value_or(QList<quint64>());
    part.binding = row.columnBlob(7);
    part.firstRelease = row.columnInt(8);
    return part;
}

bool samePart(const HrPart& a, const HrPart& b)
{
    return a.submissionId == b.submissionId && a.revision == b.revision && a.team == b.team
        && a.role == b.role && a.ageBand == b.ageBand && a.presence == b.presence
        && a.share == b.share && a.binding == b.binding;
}

ReleaseInfo readRelease(const sql::Statement& row)
{
    return ReleaseInfo { row.columnText(0), row.columnInt(1), row.columnText(2), row.columnInt(3),
        row.columnBlob(4), QDateTime::fromMSecsSinceEpoch(row.columnInt64(5)) };
}

} // namespace

QByteArray encodeShare(const QList<quint64>& share)
{
    QByteArray bytes(share.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < share.size(); ++i)
        qToLittleEndian<quint64>(share[i], bytes.data() + i * 8);
    return bytes;
}

std::optional<QList<quint64>> decodeShare(QByteArrayView bytes)
{
    if (bytes.size() % 8 != 0)
        return std::nullopt;
    QList<quint64> share;
    share.reserve(bytes.size() / 8);
    for (qsizetype i = 0; i < bytes.size(); i += 8)
        share << qFromLittleEndian<quint64>(bytes.data() + i);
    return share;
}

HrStore::HrStore(sql::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<SchoolProfile> HrStore::addProfile(const QByteArray& file)
{
    auto read = exchange::readProfileFile(file);
    if (!read)
        return read.error();
    if (!read->complete())
        return Error { Error::Code::Untrusted,
            Text::tr("This profile is not signed by both HR and the custodian yet; HR works "
                     "only with the co-signed profile.") };
    const SchoolProfile& profile = read->profile;
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status().error();
    auto school = m_db.prepare("SELECT school_id FROM hr_profile LIMIT 1");
    if (!school)
        return school.error();
    auto stored = school->first([](const sql::Statement& row) { return row.columnText(0); });
    if (!stored)
        return stored.error();
    if (stored->has_value() && **stored != profile.schoolId)
        return refused(Text::tr("This HR database is for school %1; the profile is of %2.")
                           .arg(**stored, profile.schoolId));
    auto same = m_db.prepare("SELECT file FROM hr_profile WHERE version = ?");
    if (!same)
        return same.error();
    auto existing = same->bind(1, profile.version).first([](const sql::Statement& row) {
        return row.columnBlob(0);
    });
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        if (**existing != file)
            return refused(Text::tr("Another profile with version %1 is stored already; a new "
                                    "profile needs a new version.")
                               .arg(profile.version));
        return profile;
    }
    if (Status s = m_db.run("INSERT INTO hr_profile (version, school_id, file, added_ms) "
                            "VALUES (?, ?, ?, ?)",
            { qint64(profile.version), profile.schoolId, sql::Blob { file },
                m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return profile;
}

Result<QByteArray> HrStore::profileFile(int version)
{
    auto stmt = m_db.prepare("SELECT file FROM hr_profile WHERE version = ?");
    if (!stmt)
        return stmt.error();
    auto file
        = stmt->bind(1, version).first([](const sql::Statement& row) { return row.columnBlob(0); });
    if (!file)
        return file.error();
    if (!file->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("Profile version %1 is not in this HR database.").arg(version) };
    return **file;
}

Result<SchoolProfile> HrStore::profile(int version)
{
    auto file = profileFile(version);
    if (!file)
        return file.error();
    // The database could have been edited since: the profile is checked like a new one.
    auto read = exchange::readProfileFile(*file);
    if (!read)
        return read.error();
    if (!read->complete())
        return Error { Error::Code::Untrusted,
            Text::tr("The stored profile version %1 is no longer signed by both key holders.")
                .arg(version) };
    return read->profile;
}

Result<QList<int>> HrStore::profileVersions()
{
    auto stmt = m_db.prepare("SELECT version FROM hr_profile ORDER BY version");
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const sql::Statement& row) { return row.columnInt(0); });
}

Status HrStore::storeRelease(const ReleaseRecord& record)
{
    const ReleaseInfo& release = record.release;
    if (!exchange::exchangePeriodFromId(release.period))
        return refused(Text::tr("\"%1\" is not a period.").arg(release.period));
    if (release.fileSha256.size() != 32)
        return refused(Text::tr("The release has no valid file hash."));
    for (const Figure& figure : record.figures) {
        if (Status s = checkFigure(figure); !s)
            return s;
    }
    for (const HrPart& part : record.parts) {
        if (Status s = checkPart(part); !s)
            return s;
    }

    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = checkRelease(release); !s)
        return s;
    if (Status s = m_db.run("INSERT INTO hr_release (period, release_number, school_id, "
                            "profile_version, file_sha256, imported_ms) VALUES (?, ?, ?, ?, ?, ?)",
            { release.period, qint64(release.releaseNumber), release.schoolId,
                qint64(release.profileVersion), sql::Blob { release.fileSha256 },
                m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s;
    if (Status s = storeParts(release.period, release.releaseNumber, record.parts); !s)
        return s;
    if (Status s = storeFigures(release, record.figures); !s)
        return s;
    return tx.commit();
}

Status HrStore::checkRelease(const ReleaseInfo& release)
{
    auto school = m_db.prepare("SELECT school_id FROM hr_profile WHERE version = ?");
    if (!school)
        return school.error();
    auto schoolId = school->bind(1, release.profileVersion).first([](const sql::Statement& row) {
        return row.columnText(0);
    });
    if (!schoolId)
        return schoolId.error();
    if (!schoolId->has_value())
        return refused(Text::tr("The release follows profile version %1, which is not in this "
                                "HR database; add that profile first.")
                           .arg(release.profileVersion));
    if (**schoolId != release.schoolId)
        return refused(Text::tr("The release is of school %1; this HR database is for %2.")
                           .arg(release.schoolId, **schoolId));

    auto imported
        = m_db.prepare("SELECT period, release_number FROM hr_release WHERE file_sha256 = ?");
    if (!imported)
        return imported.error();
    auto earlier = imported->bindBlob(1, release.fileSha256).first([](const sql::Statement& row) {
        return std::pair { row.columnText(0), row.columnInt(1) };
    });
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        return refused(Text::tr("This release was imported already (release %1 of %2).")
                           .arg((*earlier)->second)
                           .arg((*earlier)->first));

    auto last
        = m_db.prepare("SELECT coalesce(max(release_number), 0) FROM hr_release WHERE period = ?");
    if (!last)
        return last.error();
    auto number = last->bind(1, release.period).first([](const sql::Statement& row) {
        return row.columnInt(0);
    });
    if (!number)
        return number.error();
    const int next = number->value_or(0) + 1;
    if (release.releaseNumber != next)
        return refused(Text::tr("Period %1 expects release %2 next, not release %3.")
                           .arg(release.period)
                           .arg(next)
                           .arg(release.releaseNumber));
    return {};
}

Status HrStore::storeParts(const QString& period, int releaseNumber, const QList<HrPart>& parts)
{
    auto find = m_db.prepare("SELECT submission_id, revision, team, role, age_band, presence, "
                             "share, binding, first_release FROM hr_part WHERE period = ? AND "
                             "submission_id = ?");
    if (!find)
        return find.error();
    auto insert = m_db.prepare(
        "INSERT INTO hr_part (period, submission_id, revision, team, role, age_band, presence, "
        "share, binding, first_release) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const HrPart& part : parts) {
        auto stored = find->bind(1, period).bindBlob(2, part.submissionId).first(readPart);
        find->reset();
        if (!stored)
            return stored.error();
        if (stored->has_value()) {
            if (samePart(**stored, part))
                continue;
            return refused(Text::tr("A part of the release changes a contribution stored with "
                                    "an earlier release of %1; once released, a contribution is "
                                    "frozen.")
                               .arg(period));
        }
        const Status s = insert
                             ->bindAll({ period, sql::Blob { part.submissionId },
                                 qint64(part.revision), part.team, part.role, part.ageBand,
                                 sql::Blob { part.presence }, sql::Blob { encodeShare(part.share) },
                                 sql::Blob { part.binding }, qint64(releaseNumber) })
                             .run();
        insert->reset();
        if (!s)
            return s;
    }
    return {};
}

Status HrStore::storeFigures(const ReleaseInfo& release, const QList<Figure>& figures)
{
    auto insert = m_db.prepare("INSERT INTO hr_figure (period, release_number, dimension, cell, "
                               "metric, reason, contributors, sum, sum_squares) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const Figure& f : figures) {
        insert->bind(1, release.period).bind(2, release.releaseNumber);
        bindFigure(*insert, 3, f);
        if (Status s = insert->run(); !s)
            return s;
        insert->reset();
    }
    return {};
}

Result<QList<ReleaseInfo>> HrStore::releases()
{
    auto stmt = m_db.prepare("SELECT period, release_number, school_id, profile_version, "
                             "file_sha256, imported_ms FROM hr_release");
    if (!stmt)
        return stmt.error();
    auto rows = stmt->collect(readRelease);
    if (!rows)
        return rows.error();
    std::stable_sort(rows->begin(), rows->end(), [](const ReleaseInfo& a, const ReleaseInfo& b) {
        if (a.period != b.period)
            return exchange::periodIdBefore(a.period, b.period);
        return a.releaseNumber < b.releaseNumber;
    });
    return rows;
}

Result<QStringList> HrStore::periods()
{
    auto stmt = m_db.prepare("SELECT DISTINCT period FROM hr_release");
    if (!stmt)
        return stmt.error();
    auto rows = stmt->collect([](const sql::Statement& row) { return row.columnText(0); });
    if (!rows)
        return rows.error();
    QStringList periods = *rows;
    std::sort(periods.begin(), periods.end(), exchange::periodIdBefore);
    return periods;
}

Result<QList<CellFigure>> HrStore::figures(const FigureQuery& query)
{
    QByteArray sql = QByteArray("SELECT period, release_number, ") + kFigureColumns
        + " FROM hr_figure WHERE 1";
    QList<sql::Param> params;
    if (!query.period.isEmpty()) {
        sql += " AND period = ?";
        params << query.period;
    }
    if (query.dimension) {
        sql += " AND dimension = ?";
        params << dimensionKey(*query.dimension);
    }
    sql += metricFilter(query.metrics, params);
    sql += " ORDER BY period, release_number, dimension, cell, metric";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    return stmt->bindAll(params).collect([&query](const sql::Statement& row) {
        CellFigure f;
        static_cast<Figure&>(f) = readFigure(row, 2);
        f.period = query.period.isEmpty() ? row.columnText(0) : query.period;
        f.releaseNumber = row.columnInt(1);
        return f;
    });
}

Result<QList<HrPart>> HrStore::parts(const QString& period)
{
    auto stmt = m_db.prepare("SELECT submission_id, revision, team, role, age_band, presence, "
                             "share, binding, first_release FROM hr_part WHERE period = ? "
                             "ORDER BY submission_id");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, period).collect(readPart);
}

} // namespace kw::hr

namespace kw::hr {

Result<QList<QList<exchange::ReleasedContribution>>> HrStore::releasedContributions(
    const QString& period)
{
    auto stored = parts(period);
    if (!stored)
        return stored.error();
    int releases = 0;
    for (const HrPart& part : *stored)
        releases = std::max(releases, part.firstRelease);
    QList<QList<exchange::ReleasedContribution>> out(releases);
    for (const HrPart& part : *stored) { // ids ascending, as a release lists them
        for (int i = part.firstRelease; i <= releases; ++i)
            out[i - 1].append(
                { part.submissionId, part.revision, exchange::bindingDigest(part.binding) });
    }
    return out;
}

} // namespace kw::hr
