#pragma once

#include "common/clock.h"
#include "custodian/custodian_release.h"
#include "custodian/custodian_store.h"
#include "exchange/contribution_file.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QTemporaryDir>
#include <memory>

/** A custodian's database and the teachers' files it imports, for the custodian's tests. */
namespace kw::test {

/** The bytes of the file at @p path; stops the test run when it cannot be read. */
QByteArray readAll(const QString& path);

/** The closed period the tests' teachers contribute to. */
inline const QString kCustodianPeriod = QStringLiteral("2026-2027/1of6");

/**
 * A custodian database in a temporary folder of its own (FixedClock at defaultNow()), for the
 * test school (signedProfileFor() version 3) with the test keys; open() adds that profile.
 */
class TempCustodian
{
public:
    TempCustodian();
    ~TempCustodian();

    /** Opens (or reopens) custodian.sqlite and adds the school's profile. */
    [[nodiscard]] Status open();
    void close() { m_store.reset(); }

    custodian::CustodianStore& store() { return *m_store; }
    const exchange::KeySet& keys() const { return m_custodian; }
    const exchange::KeySet& hrKeys() const { return m_school; }
    const SchoolProfile& profile() const { return m_profile; }
    FixedClock& clock() { return m_clock; }
    QString dbPath() const { return path(QStringLiteral("custodian.sqlite")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** The co-signed file of @p profile (signed with this school's keys). */
    QByteArray profileFile(const SchoolProfile& profile) const;

    /** Made-up teacher @p teacher's plain contribution (revision @p revision) under @p profile. */
    exchange::ContributionPart plain(
        int teacher, quint32 revision = 1, const QString& period = kCustodianPeriod) const;
    exchange::ContributionPart plainFor(const SchoolProfile& profile, int teacher,
        quint32 revision = 1, const QString& period = kCustodianPeriod) const;
    /** Writes the file of @p plain, as teacher @p teacher's device makes it, to @p name (folders
     * made as needed); returns its path. */
    QString write(const QString& name, const exchange::ContributionPart& plain, int teacher,
        const SchoolProfile* profile = nullptr) const;
    /** Writes @p bytes to @p name (folders made as needed); returns its path. */
    QString writeBytes(const QString& name, const QByteArray& bytes) const;
    /** write() of plain(teacher, revision, period). */
    QString contribution(const QString& name, int teacher, quint32 revision = 1,
        const QString& period = kCustodianPeriod) const;

    /** HR's signed answer (.kwuitslag) to the check request at @p requestPath, as HR's
     * `validate` makes it; stops the test run when HR refuses the request. */
    QByteArray hrAnswerTo(const QString& requestPath) const;
    /** The custodian's draft release of kCustodianPeriod today; stops the run when refused. */
    custodian::PeriodDraft draft();
    /** A whole check round on draft(): the request written, HR's answer recorded. */
    custodian::RecordedAnswer checkRound();

    /** Every row of every table, in key order: equal dumps mean the database is unchanged. */
    QString dump();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    exchange::KeySet m_school;
    exchange::KeySet m_custodian;
    SchoolProfile m_profile;
    std::unique_ptr<custodian::CustodianStore> m_store;
};

} // namespace kw::test
