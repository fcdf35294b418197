#pragma once

#include "bestuur/bestuur_store.h"
#include "common/clock.h"
#include "demo/demo_school.h"
#include "exchange/aggregate_file.h"
#include "exchange/key_file.h"
#include "kernwijzer/v1/release.pb.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

/** Schools, their aggregates and the bestuur's database for the bestuur tests. */
namespace kw::test {

/** A school simulated end to end (demo::simulateSchool()), with HR's keys read back. */
struct SimulatedSchool
{
    demo::DemoSchoolSummary summary;
    exchange::KeySet hr;
};

/** @p schoolId simulated in @p folder with @p seed (40 teachers, 2 periods unless given). */
[[nodiscard]] Result<SimulatedSchool> simulateSchool(const QString& folder, const QString& schoolId,
    quint32 seed, int teachers = 40, int periods = 2);

/** HR's aggregate of @p period from the HR database at @p hrDatabase, signed with @p hr. */
[[nodiscard]] Result<QByteArray> aggregateFileOf(
    const QString& hrDatabase, const exchange::KeySet& hr, const QString& period);

/** The bestuur's database (bestuur.sqlite) in a temporary folder, with a FixedClock. */
class TempBestuur
{
public:
    TempBestuur();
    [[nodiscard]] Status open();
    void close();

    QString path() const { return m_dir.filePath(QStringLiteral("bestuur.sqlite")); }
    sql::Database& db() { return *m_db; }
    bestuur::BestuurStore& store() { return *m_store; }
    /** Every table as text: equal dumps mean nothing changed. */
    QString dump();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<bestuur::BestuurStore> m_store;
};

/** The payload of an aggregate file, to change and sign again. */
::kernwijzer::v1::Aggregate aggregatePayload(const QByteArray& file);

/**
 * @p payload as an aggregate file signed by @p signer, whoever that is, as an attacker makes one:
 * without writeAggregateFile()'s checks, with any @p formatVersion.
 */
QByteArray handSignedAggregate(const ::kernwijzer::v1::Aggregate& payload,
    const exchange::KeySet& signer, quint32 formatVersion = 2);

} // namespace kw::test
