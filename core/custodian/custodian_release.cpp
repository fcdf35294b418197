#include "custodian/custodian_release.h"

#include "custodian/custodian_text.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/release_file.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

namespace kw::custodian {

Result<QList<QList<exchange::ReleasedContribution>>> releasedContributions(
    CustodianStore& store, const QString& period)
{
    auto kept = store.contributions(period, true);
    if (!kept)
        return kept.error();
    QHash<QByteArray, QByteArray> bindings;
    for (const KeptContribution& k : std::as_const(*kept))
        bindings.insert(k.part.submissionId, k.part.binding);
    auto releases = store.releases(period);
    if (!releases)
        return releases.error();
    QList<QList<exchange::ReleasedContribution>> out;
    for (const ReleaseRecord& release : std::as_const(*releases)) {
        auto members = store.releaseMembers(period, release.number);
        if (!members)
            return members.error();
        QList<exchange::ReleasedContribution> listed;
        for (const ReleasedMember& m : std::as_const(*members)) // frozen: kept is what was summed
            listed.append({ m.submissionId, m.revision,
                exchange::bindingDigest(bindings.value(m.submissionId)) });
        out.append(listed);
    }
    return out;
}

Result<school::ReleaseDraft> draftPeriodRelease(
    CustodianStore& store, const QString& period, QDate today)
{
    auto profile = store.currentProfile();
    if (!profile)
        return profile.error();
    if (!profile->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("This custodian database has no school profile yet.") };
    const SchoolProfile& school = **profile;
    const auto closed = exchange::exchangePeriodFromId(period, school.rules.periodMonths);
    if (!closed)
        return Error { Error::Code::InvalidInput,
            Text::tr("\"%1\" is not a period of %2 months.")
                .arg(period)
                .arg(school.rules.periodMonths) };
    if (closed->end >= today)
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 has not closed yet; it can be released from %2.")
                .arg(closed->label(), closed->end.addDays(1).toString(Qt::ISODate)) };
    auto kept = store.contributions(period, true);
    if (!kept)
        return kept.error();
    auto earlier = releasedContributions(store, period);
    if (!earlier)
        return earlier.error();
    return school::draftRelease(school, period, *earlier, *kept);
}

Status writePeriodRelease(CustodianStore& store, const exchange::KeySet& keys,
    const school::ReleaseDraft& draft, const QString& path)
{
    const exchange::Release& release = draft.release;
    if (!draft.publishesAnything())
        return Error { Error::Code::InvalidInput,
            Text::tr("These contributions are too few to release any figure of %1 without "
                     "singling someone out. Nothing was written; they wait for more.")
                .arg(release.period) };
    auto file = exchange::writeReleaseFile(release, keys);
    if (!file)
        return file.error();
    if (Status s = exchange::writeFileAtomically(path, *file); !s)
        return s;
    QList<ReleasedMember> members;
    for (const exchange::ReleasedContribution& c : release.contributions)
        members.append({ c.submissionId, c.revision });
    const QByteArray sha = QCryptographicHash::hash(*file, QCryptographicHash::Sha256);
    if (Status s = store.recordRelease(release.period, release.releaseNumber, sha, members); !s) {
        QFile::remove(path);
        return Error { s.error().code,
            Text::tr("The release could not be recorded (%1); the file was removed again and "
                     "nothing was released.")
                .arg(s.error().message) };
    }
    return {};
}

} // namespace kw::custodian
