#include "demo/demo_bestuur.h"

#include "bestuur/aggregate_import.h"
#include "bestuur/bestuur_schema.h"
#include "demo/demo_text.h"
#include "exchange/aggregate_file.h"
#include "exchange/envelope.h"
#include "exchange/key_file.h"
#include "hr/hr_schema.h"
#include "hr/period_aggregate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace kw::demo {

namespace {

/** The two schools that join the given one; ids and seeds fixed, so the figures are too. */
const QList<DemoSchoolOptions>& neighbours()
{
    static const QList<DemoSchoolOptions> schools {
        // Only their figures count for the bestuur: no team leader of their own.
        { 60, 6, 2027, QStringLiteral("sim-de-regenboog"),
            QStringLiteral("Basisschool De Regenboog (simulatie)"), false },
        { 60, 6, 2028, QStringLiteral("sim-het-kompas"),
            QStringLiteral("Kindcentrum Het Kompas (simulatie)"), false },
    };
    return schools;
}

/** What one school's aggregates are made from. */
struct SchoolAt
{
    QString hrKey;
    QString hrDatabase;
};

/** Every period's aggregate of one school, written into @p folder; the files' paths and the
 * school's name. */
Result<std::pair<QStringList, QString>> writeAggregates(
    const SchoolAt& school, const QString& folder, const Clock& clock)
{
    auto keyBytes = exchange::readFileLimited(
        school.hrKey, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_SECRET_KEYS));
    if (!keyBytes)
        return keyBytes.error();
    auto keys = exchange::readKeyFile(*keyBytes);
    if (!keys)
        return keys.error();
    auto db = hr::openExistingHrDatabase(school.hrDatabase);
    if (!db)
        return db.error();
    hr::HrStore store(**db, clock);
    auto periods = store.periods();
    if (!periods)
        return periods.error();
    QStringList files;
    QString name;
    for (const QString& period : std::as_const(*periods)) {
        auto aggregate = hr::periodAggregate(store, period);
        if (!aggregate)
            return aggregate.error();
        auto file = exchange::writeAggregateFile(*aggregate, *keys);
        if (!file)
            return file.error();
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1-%2.kwaggregaat")
                .arg(aggregate->schoolId,
                    QString(period).replace(QLatin1Char('/'), QLatin1Char('-'))));
        if (Status s = exchange::writeFileAtomically(path, *file); !s)
            return s.error();
        files << path;
        if (auto profile = store.profile(aggregate->profileVersion); profile)
            name = profile->schoolName;
    }
    return std::pair { files, name };
}

constexpr char kCompleteMarker[] = ".bestuur-complete";

} // namespace

QString bestuurDatabaseBeside(const QString& hrDatabase)
{
    return QFileInfo(hrDatabase).dir().filePath(QStringLiteral("bestuur.sqlite"));
}

Result<DemoBestuurSummary> simulateBestuur(const DemoSchoolPaths& school, const Clock& clock)
{
    const QDir root(school.folder);
    const QString aggregates = root.filePath(QStringLiteral("aggregates"));
    if (!QDir().mkpath(aggregates))
        return Error { Error::Code::Io, Text::tr("Cannot create the folder %1.").arg(aggregates) };

    DemoBestuurSummary summary;
    summary.database = bestuurDatabaseBeside(school.hrDatabase);
    int periods = 0;
    {
        auto db = hr::openExistingHrDatabase(school.hrDatabase);
        if (!db)
            return db.error();
        hr::HrStore store(**db, clock);
        auto stored = store.periods();
        if (!stored)
            return stored.error();
        periods = int(stored->size());
    }
    QList<SchoolAt> schools { { school.hrKey, school.hrDatabase } };
    for (DemoSchoolOptions options : neighbours()) {
        options.periods = std::clamp(periods, 1, kMaxSimulatedPeriods);
        auto made = simulateSchool(
            root.filePath(QStringLiteral("schools/") + options.schoolId), clock, options);
        if (!made)
            return made.error();
        schools << SchoolAt { made->paths.hrKey, made->paths.hrDatabase };
    }
    for (const SchoolAt& each : std::as_const(schools)) {
        auto written = writeAggregates(each, aggregates, clock);
        if (!written)
            return written.error();
        summary.aggregateFiles << written->first;
        summary.schools << written->second;
    }

    auto db = sql::Database::open(summary.database, bestuur::bestuurSchema());
    if (!db)
        return db.error();
    bestuur::BestuurStore store(**db, clock);
    for (const QString& path : std::as_const(summary.aggregateFiles)) {
        auto bytes = exchange::readFileLimited(
            path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_AGGREGATE));
        if (!bytes)
            return bytes.error();
        if (auto imported = bestuur::importAggregate(store, *bytes); !imported)
            return imported.error();
    }
    return summary;
}

Result<QString> ensureDemoBestuur(const DemoSchoolPaths& school, const Clock& clock)
{
    const QDir root(school.folder);
    const QString database = bestuurDatabaseBeside(school.hrDatabase);
    if (QFileInfo::exists(root.filePath(QLatin1String(kCompleteMarker))))
        return database;
    // A run cut off half-way is made again from the start.
    for (const QString& folder : { QStringLiteral("schools"), QStringLiteral("aggregates") }) {
        if (QDir part(root.filePath(folder)); part.exists() && !part.removeRecursively())
            return Error { Error::Code::Io,
                Text::tr("Cannot clear the folder %1.").arg(part.path()) };
    }
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(database + suffix) && !QFile::remove(database + suffix))
            return Error { Error::Code::Io, Text::tr("Cannot remove %1.").arg(database + suffix) };
    }
    auto made = simulateBestuur(school, clock);
    if (!made)
        return made.error();
    if (QFile marker(root.filePath(QLatin1String(kCompleteMarker)));
        !marker.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error { Error::Code::Io,
            Text::tr("Cannot write %1: %2").arg(marker.fileName(), marker.errorString()) };
    return database;
}

} // namespace kw::demo
