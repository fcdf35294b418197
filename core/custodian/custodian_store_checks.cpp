// CustodianStore: HR's verdicts from the check before a release (custodian_store.h).
#include "custodian/custodian_store.h"

namespace kw::custodian {

Status CustodianStore::recordVerdicts(
    const QString& period, const QList<exchange::PartVerdict>& verdicts)
{
    sql::Transaction tx(*m_db);
    if (!tx.began())
        return tx.status();
    auto insert = m_db->prepare("INSERT OR IGNORE INTO hr_verdict (period, submission_id, "
                                "revision, binding_digest, hr_seal_digest, verdict) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const exchange::PartVerdict& v : verdicts) {
        insert->reset();
        if (Status s = insert->bind(1, period)
                           .bindBlob(2, v.contribution.submissionId)
                           .bind(3, qint64(v.contribution.revision))
                           .bindBlob(4, v.contribution.bindingDigest)
                           .bindBlob(5, v.hrSealDigest)
                           .bind(6, qint64(v.verdict))
                           .run();
            !s)
            return s;
    }
    return tx.commit();
}

Result<QList<exchange::PartVerdict>> CustodianStore::verdicts(
    const QString& period, const std::optional<QByteArray>& submissionId)
{
    auto stmt = m_db->prepare(submissionId
            ? "SELECT submission_id, revision, binding_digest, hr_seal_digest, verdict "
              "FROM hr_verdict WHERE period = ? AND submission_id = ?"
            : "SELECT submission_id, revision, binding_digest, hr_seal_digest, verdict "
              "FROM hr_verdict WHERE period = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, period);
    if (submissionId)
        stmt->bindBlob(2, *submissionId);
    return stmt->collect([](const sql::Statement& row) {
        return exchange::PartVerdict { { row.columnBlob(0), quint32(row.columnInt64(1)),
                                           row.columnBlob(2) },
            row.columnBlob(3), exchange::Verdict(row.columnInt(4)) };
    });
}

} // namespace kw::custodian
