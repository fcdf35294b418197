#include "demo/demo_school_releases.h"

#include "demo/demo_custodian.h"
#include "exchange/envelope.h"
#include "hr/hr_schema.h"
#include "hr/release_import.h"
#include "school/release_maker.h"

#include <QDir>

namespace kw::demo {

namespace v1 = ::kernwijzer::v1;

namespace {

QStringList contributionFiles(const QString& folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString& name :
        dir.entryList({ QStringLiteral("*.kwbijdrage") }, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

} // namespace

Result<ReleaseMade> releasePeriod(const SchoolSetting& setting, const SchoolKeys& keys,
    const exchange::ExchangePeriod& period, PeriodReleases& earlier, const QString& releases)
{
    auto kept = custodianReceives(
        contributionFiles(inboxFolder(setting.inbox, period)), keys.custodian, setting.profile);
    if (!kept)
        return kept.error();
    const qsizetype before = earlier.isEmpty() ? 0 : earlier.last().size();
    ReleaseMade made;
    if (kept->size() == before)
        return made; // nothing (new) to release
    auto draft = school::draftRelease(setting.profile, period.id(), earlier, *kept);
    if (!draft)
        return draft.error();
    if (!draft->publishesAnything()) {
        made.waiting = int(kept->size() - before);
        return made;
    }
    auto file = exchange::writeReleaseFile(draft->release, keys.custodian);
    if (!file)
        return file.error();
    made.releaseNumber = draft->release.releaseNumber;
    made.contributions = int(draft->release.contributions.size());
    made.path = QDir(releases).filePath(
        QStringLiteral("%1-%2.kwvrijgave").arg(periodFileName(period)).arg(made.releaseNumber));
    if (Status s = exchange::writeFileAtomically(made.path, *file); !s)
        return s.error();
    earlier.append(draft->release.contributions);
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
