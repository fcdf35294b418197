#include "demo/demo_school_releases.h"

#include "custodian/custodian_inbox.h"
#include "custodian/custodian_release.h"
#include "exchange/envelope.h"
#include "hr/hr_schema.h"
#include "hr/release_import.h"
#include "school/hr_part.h"
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

Status checkWithHr(custodian::CustodianStore& store, const SchoolKeys& keys,
    const custodian::PeriodDraft& draft, const QString& stem)
{
    const QString request = stem + QStringLiteral(".kwcontrole");
    if (Status s = custodian::writeCheckRequest(store, keys.custodian, draft, request); !s)
        return s;
    auto profile = store.currentProfile();
    if (!profile)
        return profile.error();
    auto bytes
        = exchange::readFileLimited(request, exchange::maxFileBytes(v1::FILE_KIND_CHECK_REQUEST));
    if (!bytes)
        return bytes.error();
    auto answer = school::answerCheckRequest(*bytes, **profile, keys.hr);
    if (!answer)
        return answer.error();
    auto answerFile = exchange::writeCheckAnswer(*answer, keys.hr);
    if (!answerFile)
        return answerFile.error();
    if (Status s = exchange::writeFileAtomically(stem + QStringLiteral(".kwuitslag"), *answerFile);
        !s)
        return s;
    auto recorded = custodian::recordCheckAnswer(store, *answerFile);
    if (!recorded)
        return recorded.error();
    return {};
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
    if (!draft->checked() && draft->draft.publishesAnything()) {
        const QString stem = QDir(releases).filePath(QStringLiteral("%1-%2")
                                                         .arg(periodFileName(period))
                                                         .arg(draft->draft.release.releaseNumber));
        if (Status s = checkWithHr(store, keys, *draft, stem); !s)
            return s.error();
        draft = custodian::draftPeriodRelease(store, period.id(), store.clock().today());
        if (!draft)
            return draft.error();
    }
    if (!draft->draft.publishesAnything()) {
        made.waiting = int(draft->draft.release.contributions.size() - before);
        return made;
    }
    made.releaseNumber = draft->draft.release.releaseNumber;
    made.contributions = int(draft->draft.release.contributions.size());
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
