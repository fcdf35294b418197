// CustodianStore: the releases of a period and exactly what each summed (custodian_store.h).
#include "custodian/custodian_store.h"
#include "custodian/custodian_text.h"

#include <QSet>

namespace kw::custodian {

Result<bool> CustodianStore::isReleased(const QString& period)
{
    auto stmt = cached(m_findRelease, "SELECT 1 FROM release WHERE period = ? LIMIT 1");
    if (!stmt)
        return stmt.error();
    ResetOnExit done { **stmt };
    return (*stmt)->bind(1, period).step();
}

Result<bool> CustodianStore::isSummed(const QString& period, const QByteArray& submissionId)
{
    auto stmt = cached(m_findSummed,
        "SELECT 1 FROM release_member WHERE period = ? AND submission_id = ? LIMIT 1");
    if (!stmt)
        return stmt.error();
    ResetOnExit done { **stmt };
    return (*stmt)->bind(1, period).bindBlob(2, submissionId).step();
}

Result<QList<ReleaseRecord>> CustodianStore::releases(const QString& period)
{
    auto stmt = m_db->prepare("SELECT r.release_number, r.made_ms, r.file_sha256, "
                              "  (SELECT count(*) FROM release_member m WHERE m.period = r.period "
                              "   AND m.release_number = r.release_number) "
                              "FROM release r WHERE r.period = ? ORDER BY r.release_number");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, period).collect([&](const sql::Statement& row) {
        return ReleaseRecord { period, row.columnInt(0),
            QDateTime::fromMSecsSinceEpoch(row.columnInt64(1)), row.columnBlob(2),
            row.columnInt(3) };
    });
}

Result<QList<ReleasedMember>> CustodianStore::releaseMembers(const QString& period, int number)
{
    auto stmt = m_db->prepare("SELECT submission_id, revision FROM release_member "
                              "WHERE period = ? AND release_number = ? ORDER BY submission_id");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, period).bind(2, number).collect([](const sql::Statement& row) {
        return ReleasedMember { row.columnBlob(0), quint32(row.columnInt64(1)) };
    });
}

Status CustodianStore::recordRelease(const QString& period, int number,
    const QByteArray& fileSha256, const QList<ReleasedMember>& members)
{
    const auto refused = [](const QString& why) {
        return Error { Error::Code::InvalidInput, why };
    };
    if (fileSha256.size() != 32)
        return refused(Text::tr("A release is recorded with the SHA-256 of its file."));
    QSet<QByteArray> ids;
    for (const ReleasedMember& member : members) {
        if (ids.contains(member.submissionId))
            return refused(Text::tr("A release lists a contribution twice."));
        ids.insert(member.submissionId);
    }
    sql::Transaction tx(*m_db);
    if (!tx.began())
        return tx.status();
    auto last
        = m_db->prepare("SELECT coalesce(max(release_number), 0) FROM release WHERE period = ?");
    if (!last)
        return last.error();
    auto highest
        = last->bind(1, period).first([](const sql::Statement& row) { return row.columnInt(0); });
    if (!highest)
        return highest.error();
    if (number != highest->value_or(0) + 1)
        return refused(Text::tr("Release %1 of %2 cannot be recorded: the next is release %3.")
                           .arg(number)
                           .arg(period)
                           .arg(highest->value_or(0) + 1));
    if (Status s = m_db->run("INSERT INTO release (period, release_number, made_ms, file_sha256) "
                             "VALUES (?, ?, ?, ?)",
            { period, qint64(number), m_clock.now().toMSecsSinceEpoch(),
                sql::Blob { fileSha256 } });
        !s)
        return s;
    auto insert = m_db->prepare("INSERT INTO release_member (period, release_number, "
                                "submission_id, revision) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const ReleasedMember& member : members) {
        auto kept = contribution(period, member.submissionId);
        if (!kept)
            return kept.error();
        if (!*kept || (*kept)->part.revision != member.revision)
            return refused(Text::tr("A release can only sum contributions as they are kept."));
        insert->reset();
        if (Status s = insert->bind(1, period)
                           .bind(2, number)
                           .bindBlob(3, member.submissionId)
                           .bind(4, qint64(member.revision))
                           .run();
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace kw::custodian
