#include "bestuur_fixtures.h"

#include "bestuur/bestuur_schema.h"
#include "exchange/envelope.h"
#include "exchange/signing.h"
#include "hr/hr_schema.h"
#include "hr/period_aggregate.h"
#include "test_support.h"

namespace kw::test {

Result<SimulatedSchool> simulateSchool(
    const QString& folder, const QString& schoolId, quint32 seed, int teachers, int periods)
{
    FixedClock clock(defaultNow());
    demo::DemoSchoolOptions options { teachers, periods, seed, schoolId,
        QStringLiteral("Basisschool %1").arg(schoolId) };
    auto summary = demo::simulateSchool(folder, clock, options);
    if (!summary)
        return summary.error();
    auto keyFile = exchange::readFileLimited(summary->paths.hrKey, 1 << 16);
    if (!keyFile)
        return keyFile.error();
    auto hr = exchange::readKeyFile(*keyFile);
    if (!hr)
        return hr.error();
    return SimulatedSchool { *summary, *hr };
}

Result<QByteArray> aggregateFileOf(
    const QString& hrDatabase, const exchange::KeySet& hr, const QString& period)
{
    auto db = hr::openExistingHrDatabase(hrDatabase);
    if (!db)
        return db.error();
    FixedClock clock(defaultNow());
    hr::HrStore store(**db, clock);
    auto aggregate = hr::periodAggregate(store, period);
    if (!aggregate)
        return aggregate.error();
    return exchange::writeAggregateFile(*aggregate, hr);
}

TempBestuur::TempBestuur()
    : m_clock(defaultNow())
{ }

Status TempBestuur::open()
{
    close();
    auto db = sql::Database::open(path(), bestuur::bestuurSchema());
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_store = std::make_unique<bestuur::BestuurStore>(*m_db, m_clock);
    return {};
}

void TempBestuur::close()
{
    m_store.reset();
    m_db.reset();
}

QString TempBestuur::dump()
{
    return tableDump(
        *m_db, { "bestuur_school", "bestuur_profile", "bestuur_aggregate", "bestuur_figure" });
}

::kernwijzer::v1::Aggregate aggregatePayload(const QByteArray& file)
{
    ::kernwijzer::v1::Envelope envelope;
    ::kernwijzer::v1::Aggregate payload;
    if (!envelope.ParseFromArray(file.constData(), int(file.size()))
        || !payload.ParseFromString(envelope.payload()))
        qFatal("aggregatePayload: not an aggregate file");
    return payload;
}

QByteArray handSignedAggregate(const ::kernwijzer::v1::Aggregate& payload,
    const exchange::KeySet& signer, quint32 formatVersion)
{
    ::kernwijzer::v1::Envelope envelope;
    envelope.set_magic(exchange::kMagic);
    envelope.set_kind(::kernwijzer::v1::FILE_KIND_AGGREGATE);
    envelope.set_format_version(formatVersion);
    envelope.set_payload(payload.SerializeAsString());
    auto* signature = envelope.add_signatures();
    signature->set_signer(::kernwijzer::v1::PARTY_SCHOOL);
    signature->set_public_key(signer.signPublic.toStdString());
    signature->set_signature(exchange::signAs(exchange::Signed::Aggregate,
        QByteArray::fromStdString(envelope.payload()), signer.signSecret)
                                 .toStdString());
    return QByteArray::fromStdString(envelope.SerializeAsString());
}

} // namespace kw::test
