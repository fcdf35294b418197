#pragma once

#include "common/clock.h"
#include "hr/hr_release.h"
#include "hr/hr_store.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

/** HR's database and releases for the HR tests. */
namespace kw::test {

/** The school of the HR tests: kc-de-linde (the demo school's teams and layout), version 3. */
inline constexpr int kHrProfileVersion = 3;

/** HR's database (hr.sqlite) in a temporary folder of its own, with a FixedClock. */
class TempHr
{
public:
    TempHr();
    ~TempHr();

    /** Opens (creating) the database; with @p withProfile, adds the co-signed test profile. */
    [[nodiscard]] Status open(bool withProfile = true);
    void close();

    QString path() const;
    QString folder() const { return m_dir.path(); }
    sql::Database& db() { return *m_db; }
    hr::HrStore& store() { return *m_store; }
    const SchoolProfile& profile() const { return m_profile; }
    /** The test profile, co-signed by the test HR and custodian keys. */
    const QByteArray& profileFile() const { return m_profileFile; }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    SchoolProfile m_profile;
    QByteArray m_profileFile;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<hr::HrStore> m_store;
};

/** A released figure with the given sums (values as the layout stores them). */
hr::Figure releasedFigure(hr::Dimension dimension, const QString& cell, const QString& metric,
    qint64 n, qint64 sum, qint64 sumSquares);
/** A withheld figure: no count, no sums. */
hr::Figure withheldFigure(
    hr::Dimension dimension, const QString& cell, const QString& metric, privacy::Reason reason);
/** A figure of the school from @p values (× @p scale as stored): n, Σ and Σ². */
hr::Figure schoolFigureOf(const QString& metric, const QList<double>& values, int scale);

/** Release @p number of @p period for the test school, with a file hash of its own. */
hr::ReleaseRecord releaseRecord(const QString& period, int number, const QList<hr::Figure>& figures,
    const QList<hr::HrPart>& parts = {});
/** HR's part of contribution @p seed: a submission id and share derived from it. */
hr::HrPart hrPart(int seed, quint32 revision = 1);

/** How many rows @p table of HR's database holds (-1 when the query fails). */
qint64 rowCount(sql::Database& db, const char* table);

} // namespace kw::test
