#include "demo/demo_school_releases.h"

#include "custodian/custodian_inbox.h"
#include "custodian/custodian_release.h"
#include "exchange/envelope.h"
#include "hr/hr_schema.h"
#include "hr/release_import.h"
#include "school/release_maker.h"

#include <QDir>

namespace kw::demo {

namespace v1 = ::kernwijzer::v1;

Result<std::unique_ptr<custodian::CustodianStore>> custodianWithProfile(
    const QString& path, const QByteArray& profileFile, const Clock& clock)
{
    auto store = custodian::CustodianStore::open(path, clock);
    if (!store)
        return store.error();
    if (auto added = (*store)->addProfile(profileFile); !added)
        return added.error();
    return store;
}

Result<ReleaseMade> releasePeriod(custodian::CustodianStore& store, const SchoolSetting& setting,
    const SchoolKeys& keys, const exchange::ExchangePeriod& period, const QString& releases)
{
    const QString folder = inboxFolder(setting.inbox, period);
    auto imported = custodian::importFiles(store, keys.custodian, { folder });
    if (!imported)
        return imported.error();
    ReleaseMade made;
    auto earlier = custodian::releasedContributions(store, period.id());
    if (!earlier)
        return earlier.error();
    const qsizetype before = earlier->isEmpty() ? 0 : earlier->last().size();
    auto kept = store.contributions(period.id(), true);
    if (!kept)
        return kept.error();
    if (!earlier->isEmpty() && kept->size() == before)
        return made; // nothing new since the last release
    auto draft = custodian::draftPeriodRelease(store, period.id(), store.clock().today());
    if (!draft)
        return draft.error();
    if (!draft->publishesAnything()) {
        made.waiting = int(draft->release.contributions.size() - before);
        return made;
    }
    made.releaseNumber = draft->release.releaseNumber;
    made.contributions = int(draft->release.contributions.size());
    made.path = QDir(releases).filePath(
        QStringLiteral("%1-%2.kwvrijgave").arg(periodFileName(period)).arg(made.releaseNumber));
    if (Status s = custodian::writePeriodRelease(store, keys.custodian, *draft, made.path); !s)
        return s.error();
    return made;
}

Result<HrImported> hrImportsReleases(const QString& path, const QByteArray& profileFile,
    const exchange::KeySet& hr, const QStringList& files, const Clock& clock)
{
    auto db = sql::Database::open(path, hr::hrSchema());
    if (!db)
        return db.error();
    hr::HrStore store(**db, clock);
    if (auto added = store.addProfile(profileFile); !added)
        return added.error();
    HrImported out;
    for (const QString& file : files) {
        auto bytes = exchange::readFileLimited(file, exchange::maxFileBytes(v1::FILE_KIND_RELEASE));
        if (!bytes)
            return bytes.error();
        auto imported = hr::importRelease(store, *bytes, hr);
        if (!imported)
            return imported.error();
        ++out.releases;
        out.released += imported->released;
        out.withheld += imported->withheld;
        out.withheldByHr += imported->withheldByHr;
    }
    return out;
}

} // namespace kw::demo
