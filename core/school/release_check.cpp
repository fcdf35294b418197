#include "school/release_check.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "kernwijzer/v1/envelope.pb.h"
#include "school/hr_part.h"

#include <QHash>

namespace kw::school {

using exchange::ContributionPart;
using exchange::MetricLayout;
using exchange::ReleasedContribution;
using exchange::Text;

namespace {

Error refused(const QString& why)
{
    return Error { Error::Code::Untrusted, why };
}

} // namespace

Result<CheckedRelease> checkRelease(QByteArrayView file, const SchoolProfile& profile,
    const exchange::KeySet& keys, const QList<QList<ReleasedContribution>>& earlier)
{
    if (keys.party != ::kernwijzer::v1::PARTY_SCHOOL || !keys.hasSecrets()
        || keys.boxPublic != profile.school.boxKey)
        return Error { Error::Code::InvalidInput,
            Text::tr("A release is opened with HR's secret key file of this school.") };
    auto release = exchange::readReleaseFile(file, profile);
    if (!release)
        return release.error();
    if (release->releaseNumber != earlier.size() + 1)
        return Error { Error::Code::InvalidInput,
            Text::tr("This is release %1 of %2, but the next one expected is %3.")
                .arg(release->releaseNumber)
                .arg(release->period)
                .arg(earlier.size() + 1) };
    if (!earlier.isEmpty() && release->contributions.size() == earlier.last().size())
        return Error { Error::Code::InvalidInput,
            Text::tr("This re-release of %1 adds no contribution to the earlier one; it is "
                     "refused.")
                .arg(release->period) };
    const MetricLayout layout = MetricLayout::forProfile(profile);

    // Every part opened and matched to exactly one listed contribution.
    QHash<QByteArray, qsizetype> listedAt;
    for (qsizetype i = 0; i < release->contributions.size(); ++i)
        listedAt.insert(release->contributions[i].submissionId, i);
    CheckedRelease out;
    out.hrParts.resize(release->contributions.size());
    QList<bool> matched(release->contributions.size(), false);
    for (const QByteArray& seal : release->hrParts) {
        OpenedHrPart opened = openHrPart(seal, keys, release->period, layout, profile);
        if (!opened.part)
            return opened.error;
        const ContributionPart* part = &*opened.part;
        const qsizetype at = listedAt.value(part->submissionId, -1);
        if (at < 0 || matched[at]
            || !(release->contributions[at]
                == ReleasedContribution {
                    part->submissionId, part->revision, exchange::bindingDigest(part->binding) }))
            return refused(Text::tr("A part for HR in this release is not the contribution the "
                                    "release lists; the release is refused."));
        matched[at] = true;
        out.hrParts[at] = *part;
    }

    // Earlier releases' contributions are all still in, unchanged (revisions are frozen).
    QList<QList<Member>> history;
    for (const QList<ReleasedContribution>& before : earlier) {
        QList<Member> members;
        for (const ReleasedContribution& c : before) {
            const qsizetype at = listedAt.value(c.submissionId, -1);
            if (at < 0 || !(release->contributions[at] == c))
                return refused(Text::tr("This release drops or changes a contribution of an "
                                        "earlier release of %1; it is refused.")
                                   .arg(release->period));
            members.append({ out.hrParts[at].cohort, out.hrParts[at].present });
        }
        history.append(members);
    }
    QList<Member> members;
    for (const ContributionPart& part : out.hrParts)
        members.append({ part.cohort, part.present });
    history.append(members);
    auto plan = planRelease(profile, layout, history);
    if (!plan)
        return plan.error();
    const QList<exchange::CellFigures> own = shareSums(*plan, layout, out.hrParts);

    for (int c = 0; c < plan->cells.size(); ++c) {
        for (int m = 0; m < layout.metrics().size(); ++m) {
            const exchange::MetricFigure& theirs = release->cells[c].metrics[m];
            const exchange::MetricFigure& mine = own[c].metrics[m];
            GroupFigure figure { plan->cells[c], layout.metrics()[m].id, mine.reason, 0, 0, 0 };
            if (theirs.released() && mine.released()) {
                if (theirs.contributors != mine.contributors)
                    return refused(Text::tr("This release counts other groups than its own parts "
                                            "show; it is refused."));
                figure.contributors = mine.contributors;
                figure.sum = mine.valueSum + theirs.valueSum;
                figure.sumSquares = mine.squareSum + theirs.squareSum;
                // Beyond what n honest values reach: a contribution holds a forged or wrapped
                // value (nothing proves a share's range), or the custodian changed a sum. The
                // figure is withheld; the rest of the release still counts.
                if (!exchange::sumsWithinRange(
                        std::uint64_t(mine.contributors), figure.sum, figure.sumSquares)) {
                    figure = { plan->cells[c], figure.metricId, privacy::Reason::ImpossibleSum, 0,
                        0, 0 };
                    ++out.impossibleSums;
                    ++out.withheldByHr;
                }
            } else if (theirs.released()) {
                ++out.withheldByHr; // the custodian's rules let it through, HR's do not
            } else if (mine.released()) {
                figure.reason = theirs.reason; // the custodian withheld it: no sum to add
            }
            out.figures.append(figure);
        }
    }
    out.release = *release;
    return out;
}

} // namespace kw::school
