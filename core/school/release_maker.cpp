#include "school/release_maker.h"

#include "exchange/exchange_text.h"

#include <QHash>
#include <algorithm>
#include <sodium.h>

namespace kw::school {

using exchange::ReleasedContribution;
using exchange::Text;

namespace {

ReleasedContribution listed(const exchange::ContributionPart& part)
{
    return { part.submissionId, part.revision, exchange::bindingDigest(part.binding) };
}

/** A uniform shuffle with the system's random source: the order says nothing. */
void shuffle(QList<QByteArray>& items)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, qsizetype(randombytes_uniform(quint32(i + 1))));
}

} // namespace

bool ReleaseDraft::publishesAnything() const
{
    for (const exchange::CellFigures& cell : release.cells) {
        for (const exchange::MetricFigure& figure : cell.metrics) {
            if (figure.released())
                return true;
        }
    }
    return false;
}

Result<ReleaseDraft> draftRelease(const SchoolProfile& profile, const QString& period,
    const QList<QList<ReleasedContribution>>& earlier, const QList<KeptContribution>& kept)
{
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    QHash<QByteArray, const KeptContribution*> byId;
    for (const KeptContribution& k : kept)
        byId.insert(k.part.submissionId, &k);

    // The members of each earlier release, as they were: revisions are frozen once released.
    QList<QList<Member>> history;
    for (const QList<ReleasedContribution>& release : earlier) {
        QList<Member> members;
        for (const ReleasedContribution& c : release) {
            const KeptContribution* k = byId.value(c.submissionId);
            if (!k || !(listed(k->part) == c))
                return Error { Error::Code::InvalidInput,
                    Text::tr("A contribution of an earlier release of %1 is missing or changed "
                             "in this database; no release was made.")
                        .arg(period) };
            members.append({ k->part.cohort, k->part.present });
        }
        history.append(members);
    }
    const qsizetype before = earlier.isEmpty() ? 0 : earlier.last().size();
    if (!earlier.isEmpty() && kept.size() == before)
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 was released already and no contribution arrived since; there is "
                     "nothing to release again.")
                .arg(period) };

    ReleaseDraft draft;
    exchange::Release& r = draft.release;
    r.schoolId = profile.schoolId;
    r.profileVersion = profile.version;
    r.period = period;
    r.releaseNumber = int(earlier.size()) + 1;
    r.layoutDigest = layout.digest();
    QList<exchange::ContributionPart> parts;
    QList<Member> members;
    for (const KeptContribution& k : kept) {
        if (k.part.period != period || k.part.layoutDigest != r.layoutDigest)
            return Error { Error::Code::InvalidInput,
                Text::tr("A contribution for another period or layout was offered for %1.")
                    .arg(period) };
        parts.append(k.part);
        members.append({ k.part.cohort, k.part.present });
        r.contributions.append(listed(k.part));
        r.hrParts.append(k.hrSeal);
    }
    std::sort(r.contributions.begin(), r.contributions.end(),
        [](const auto& a, const auto& b) { return a.submissionId < b.submissionId; });
    shuffle(r.hrParts);
    history.append(members);
    auto plan = planRelease(profile, layout, history);
    if (!plan)
        return plan.error();
    draft.plan = *plan;
    r.cells = shareSums(draft.plan, layout, parts);
    return draft;
}

} // namespace kw::school
