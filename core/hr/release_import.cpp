#include "hr/release_import.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/presence_bits.h"
#include "hr/named_in.h"
#include "kernwijzer/v1/release.pb.h"
#include "school/release_check.h"

#include <QCryptographicHash>

namespace kw::hr {

using exchange::Text;

namespace {

HrPart storedPart(const exchange::ContributionPart& part)
{
    return { part.submissionId, part.revision, part.cohort.team, part.cohort.role,
        part.cohort.ageBand, exchange::packPresence(part.present),
        QList<quint64>(part.values.begin(), part.values.end()), part.binding };
}

} // namespace

Result<ReleaseImport> importRelease(
    HrStore& store, const QByteArray& file, const exchange::KeySet& keys)
{
    const QByteArray sha = QCryptographicHash::hash(file, QCryptographicHash::Sha256);
    auto known = store.releases();
    if (!known)
        return known.error();
    for (const ReleaseInfo& r : *known) {
        if (r.fileSha256 == sha)
            return ReleaseImport { ReleaseImport::Outcome::AlreadyThere, r.period,
                r.releaseNumber };
    }
    auto named = namedIn(file, ::kernwijzer::v1::FILE_KIND_RELEASE);
    if (!named)
        return named.error();
    auto profile = store.profile(named->profileVersion);
    if (!profile)
        return Error { Error::Code::NotFound,
            Text::tr("This release was made with version %1 of the school profile, which this "
                     "database does not have yet. Import that profile first (--profile).")
                .arg(named->profileVersion) };
    auto earlier = store.releasedContributions(named->period);
    if (!earlier)
        return earlier.error();
    auto checked = school::checkRelease(file, *profile, keys, *earlier);
    if (!checked)
        return checked.error();

    ReleaseRecord record;
    record.release = { checked->release.period, checked->release.releaseNumber,
        checked->release.schoolId, checked->release.profileVersion, sha, {} };
    for (const exchange::ContributionPart& part : checked->hrParts)
        record.parts.append(storedPart(part));
    ReleaseImport out { ReleaseImport::Outcome::Stored, record.release.period,
        record.release.releaseNumber, int(checked->hrParts.size()) };
    for (const school::GroupFigure& f : checked->figures) {
        record.figures.append({ f.cell.dimension, f.cell.id, f.metricId, f.reason,
            qint64(f.contributors), qint64(f.sum), qint64(f.sumSquares) });
        (f.reason == privacy::Reason::Released ? out.released : out.withheld) += 1;
    }
    out.withheldByHr = checked->withheldByHr;
    out.impossibleSums = checked->impossibleSums;
    if (Status s = store.storeRelease(record); !s)
        return s.error();
    return out;
}

} // namespace kw::hr
