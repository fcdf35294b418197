#include "custodian/custodian_release.h"

#include "custodian/custodian_text.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/release_file.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>

namespace kw::custodian {

namespace {

/** Names one exact copy of a contribution: id, revision, binding and HR part. */
QByteArray copyKey(const exchange::ReleasedContribution& c, const QByteArray& sealDigest)
{
    QByteArray key = c.submissionId + c.bindingDigest + sealDigest;
    key.append(reinterpret_cast<const char*>(&c.revision), sizeof c.revision);
    return key;
}

exchange::ReleasedContribution listingOf(const KeptContribution& k)
{
    return { k.part.submissionId, k.part.revision, exchange::bindingDigest(k.part.binding) };
}

QByteArray copyKey(const KeptContribution& k)
{
    return copyKey(listingOf(k), exchange::sealDigest(k.hrSeal));
}

Result<SchoolProfile> currentProfileOf(CustodianStore& store)
{
    auto profile = store.currentProfile();
    if (!profile)
        return profile.error();
    if (!profile->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("This custodian database has no school profile yet.") };
    return **profile;
}

} // namespace

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

Result<PeriodDraft> draftPeriodRelease(CustodianStore& store, const QString& period, QDate today)
{
    auto profile = currentProfileOf(store);
    if (!profile)
        return profile.error();
    const SchoolProfile& school = *profile;
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
    auto verdicts = store.verdicts(period);
    if (!verdicts)
        return verdicts.error();
    auto earlier = releasedContributions(store, period);
    if (!earlier)
        return earlier.error();

    QHash<QByteArray, exchange::Verdict> verdictOf;
    for (const exchange::PartVerdict& v : std::as_const(*verdicts))
        verdictOf.insert(copyKey(v.contribution, v.hrSealDigest), v.verdict);
    QSet<QByteArray> summed; // frozen by an earlier release: checked then
    for (const auto& release : std::as_const(*earlier))
        for (const exchange::ReleasedContribution& c : release)
            summed.insert(c.submissionId);

    PeriodDraft out;
    QList<KeptContribution> usable;
    QHash<QByteArray, qsizetype> usableAt;
    for (const KeptContribution& k : std::as_const(*kept)) {
        const auto verdict = verdictOf.constFind(copyKey(k));
        if (verdict != verdictOf.cend() && *verdict != exchange::Verdict::Valid
            && !summed.contains(k.part.submissionId)) {
            ++out.refusedByHr;
            continue;
        }
        usableAt.insert(k.part.submissionId, usable.size());
        usable.append(k);
    }
    auto draft = school::draftRelease(school, period, *earlier, usable);
    if (!draft)
        return draft.error();
    out.draft = std::move(*draft);
    for (const exchange::ReleasedContribution& c : std::as_const(out.draft.release.contributions)) {
        const KeptContribution& k = usable[usableAt.value(c.submissionId)];
        if (!summed.contains(c.submissionId) && !verdictOf.contains(copyKey(k)))
            out.toCheck.append({ c, k.hrSeal });
    }
    return out;
}

Status writeCheckRequest(CustodianStore& store, const exchange::KeySet& keys,
    const PeriodDraft& draft, const QString& path)
{
    const exchange::Release& release = draft.draft.release;
    if (draft.checked())
        return Error { Error::Code::InvalidInput,
            Text::tr("HR has checked every contribution of this release of %1 already; it can "
                     "be made now.")
                .arg(release.period) };
    // HR would see the parts (groups, presence) of contributions no release may show yet.
    if (!draft.draft.publishesAnything())
        return Error { Error::Code::InvalidInput,
            Text::tr("These contributions are too few to release any figure of %1 yet, so HR "
                     "does not see them; nothing was written. They wait for more.")
                .arg(release.period) };
    auto school = currentProfileOf(store);
    if (!school)
        return school.error();
    auto file = exchange::writeCheckRequest(
        { school->schoolId, school->version, release.period, draft.toCheck }, keys);
    if (!file)
        return file.error();
    return exchange::writeFileAtomically(path, *file);
}

Result<RecordedAnswer> recordCheckAnswer(CustodianStore& store, QByteArrayView file)
{
    auto school = currentProfileOf(store);
    if (!school)
        return school.error();
    auto answer = exchange::readCheckAnswer(file, *school);
    if (!answer)
        return answer.error();
    auto kept = store.contributions(answer->period, true);
    if (!kept)
        return kept.error();
    QSet<QByteArray> keptCopies;
    for (const KeptContribution& k : std::as_const(*kept))
        keptCopies.insert(copyKey(k));
    auto earlier = store.verdicts(answer->period);
    if (!earlier)
        return earlier.error();
    QHash<QByteArray, exchange::Verdict> given;
    for (const exchange::PartVerdict& v : std::as_const(*earlier))
        given.insert(copyKey(v.contribution, v.hrSealDigest), v.verdict);
    RecordedAnswer out { answer->period, 0, 0, 0 };
    QList<exchange::PartVerdict> recorded;
    int contradicted = 0;
    for (const exchange::PartVerdict& v : std::as_const(answer->verdicts)) {
        const QByteArray key = copyKey(v.contribution, v.hrSealDigest);
        if (!keptCopies.contains(key)) {
            ++out.notKept;
            continue;
        }
        (v.verdict == exchange::Verdict::Valid ? out.valid : out.refused) += 1;
        // A verdict, once given, stands: otherwise a refusal could be lifted after a release
        // and a chosen contribution alone be added by the next one.
        const auto before = given.constFind(key);
        if (before == given.cend())
            recorded.append(v);
        else if (*before != v.verdict)
            ++contradicted;
    }
    if (contradicted > 0)
        return Error { Error::Code::Untrusted,
            Text::tr("This answer contradicts HR's earlier verdict on %n contribution(s); a "
                     "verdict once given stands. Nothing was recorded.",
                nullptr, contradicted) };
    if (Status s = store.recordVerdicts(answer->period, recorded); !s)
        return s.error();
    return out;
}

Status writePeriodRelease(CustodianStore& store, const exchange::KeySet& keys,
    const PeriodDraft& draft, const QString& path)
{
    const exchange::Release& release = draft.draft.release;
    if (!draft.checked())
        return Error { Error::Code::InvalidInput,
            Text::tr("HR has not checked %n of the contributions of this release of %1 yet. "
                     "Send HR a check request first, and bring back its answer.",
                nullptr, int(draft.toCheck.size()))
                .arg(release.period) };
    if (!draft.draft.publishesAnything())
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
