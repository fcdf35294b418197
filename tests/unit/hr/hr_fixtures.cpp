#include "hr_fixtures.h"

#include "exchange/crypto.h"
#include "exchange_fixtures.h"
#include "hr/hr_schema.h"
#include "test_support.h"

#include <cmath>

namespace kw::test {

TempHr::TempHr()
    : m_clock(defaultNow())
    , m_profile(signedProfileFor(schoolKeys(), custodianKeys(), kHrProfileVersion))
    , m_profileFile(coSignedFile(m_profile, schoolKeys(), custodianKeys()))
{ }

TempHr::~TempHr() = default;

Status TempHr::open(bool withProfile)
{
    close();
    auto db = sql::Database::open(path(), hr::hrSchema());
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_store = std::make_unique<hr::HrStore>(*m_db, m_clock);
    if (withProfile) {
        if (auto added = m_store->addProfile(m_profileFile); !added)
            return added.error();
    }
    return {};
}

void TempHr::close()
{
    m_store.reset();
    m_db.reset();
}

QString TempHr::path() const
{
    return m_dir.filePath(QStringLiteral("hr.sqlite"));
}

hr::Figure releasedFigure(hr::Dimension dimension, const QString& cell, const QString& metric,
    qint64 n, qint64 sum, qint64 sumSquares)
{
    return hr::Figure { dimension, cell, metric, privacy::Reason::Released, n, sum, sumSquares };
}

hr::Figure withheldFigure(
    hr::Dimension dimension, const QString& cell, const QString& metric, privacy::Reason reason)
{
    return hr::Figure { dimension, cell, metric, reason, 0, 0, 0 };
}

hr::Figure schoolFigureOf(const QString& metric, const QList<double>& values, int scale)
{
    qint64 sum = 0;
    qint64 squares = 0;
    for (double value : values) {
        const auto stored = qint64(std::llround(value * scale));
        sum += stored;
        squares += stored * stored;
    }
    return releasedFigure(hr::Dimension::School, {}, metric, values.size(), sum, squares);
}

hr::ReleaseRecord releaseRecord(const QString& period, int number, const QList<hr::Figure>& figures,
    const QList<hr::HrPart>& parts)
{
    hr::ReleaseRecord record;
    record.release.period = period;
    record.release.releaseNumber = number;
    record.release.schoolId = QStringLiteral("kc-de-linde");
    record.release.profileVersion = kHrProfileVersion;
    record.release.fileSha256 = crypto::hash(period.toUtf8() + '#' + QByteArray::number(number));
    record.parts = parts;
    record.figures = figures;
    return record;
}

hr::HrPart hrPart(int seed, quint32 revision)
{
    hr::HrPart part;
    part.submissionId = crypto::hash(QByteArray::number(seed));
    part.revision = revision;
    part.team = QStringLiteral("onderbouw");
    part.role = QStringLiteral("leraar");
    part.ageBand = QString(); // not given
    part.presence = QByteArray(1, char(0x07));
    part.share = { quint64(seed) * 0x9E3779B97F4A7C15ULL, ~quint64(seed), 1 };
    part.binding = QByteArray("binding-") + QByteArray::number(seed);
    return part;
}

qint64 rowCount(sql::Database& db, const char* table)
{
    return scalar(db, (QByteArray("SELECT count(*) FROM ") + table).constData());
}

} // namespace kw::test
