#include "exchange/release_file.h"

#include "exchange/cell_figures_codec.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/exchange_text.h"
#include "exchange/metric_layout.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/release.pb.h"

#include <QSet>

namespace kw::exchange {

namespace {

constexpr int kIdBytes = 32;

} // namespace

QString dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::School:
        return QStringLiteral("school");
    case Dimension::Team:
        return QStringLiteral("team");
    case Dimension::Role:
        return QStringLiteral("role");
    case Dimension::AgeBand:
        return QStringLiteral("age_band");
    }
    return {};
}

std::optional<Dimension> dimensionFromKey(const QString& key)
{
    for (Dimension d :
        { Dimension::School, Dimension::Team, Dimension::Role, Dimension::AgeBand }) {
        if (dimensionKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QByteArray bindingDigest(const QByteArray& binding)
{
    return crypto::hash(binding);
}

QList<CellKey> releaseCells(const SchoolProfile& profile)
{
    QList<CellKey> out { { Dimension::School, {} } };
    const auto add = [&](Dimension d, const auto& items) {
        for (const auto& item : items)
            out.append({ d, item.id });
        out.append({ d, {} }); // the "not given" group
    };
    add(Dimension::Team, profile.teams);
    add(Dimension::Role, profile.roles);
    add(Dimension::AgeBand, profile.ageBands);
    return out;
}

Result<QByteArray> writeReleaseFile(const Release& release, const KeySet& custodian)
{
    if (custodian.party != v1::PARTY_CUSTODIAN || !custodian.hasSecrets())
        return Error { Error::Code::InvalidInput,
            Text::tr("A release is signed with the custodian's secret key file.") };
    v1::Release m;
    m.set_school_id(release.schoolId.toStdString());
    m.set_profile_version(quint32(release.profileVersion));
    m.set_period(release.period.toStdString());
    m.set_release_number(quint32(release.releaseNumber));
    m.set_layout_digest(bytesOf(release.layoutDigest));
    for (const ReleasedContribution& c : release.contributions) {
        auto* out = m.add_contributions();
        out->set_submission_id(bytesOf(c.submissionId));
        out->set_revision(c.revision);
        out->set_binding_digest(bytesOf(c.bindingDigest));
    }
    writeCellFigures(release.cells, m.mutable_cells());
    for (const QByteArray& part : release.hrParts) {
        if (!m.add_hr_parts()->ParseFromArray(part.data(), int(part.size())))
            return Error { Error::Code::InvalidInput,
                Text::tr("A part for HR in this release is damaged; nothing was written.") };
    }

    v1::Envelope envelope;
    envelope.set_kind(v1::FILE_KIND_RELEASE);
    envelope.set_payload(m.SerializeAsString());
    addSignature(
        envelope, Signed::Release, v1::PARTY_CUSTODIAN, custodian.signPublic, custodian.signSecret);
    QByteArray bytes = writeEnvelope(envelope);
    if (bytes.size() > maxFileBytes(v1::FILE_KIND_RELEASE))
        return Error { Error::Code::InvalidInput,
            Text::tr("This release is too large for one file (%1 KB).").arg(bytes.size() / 1024) };
    return bytes;
}

Result<Release> readReleaseFile(QByteArrayView file, const SchoolProfile& profile)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_RELEASE);
    if (!envelope)
        return envelope.error();
    // The signature first, under the custodian key the co-signed profile names: nothing of a
    // payload anyone else signed is read.
    const bool signedByCustodian = isSignedOnlyBy(
        *envelope, Signed::Release, v1::PARTY_CUSTODIAN, profile.custodian.signKey);
    if (!signedByCustodian)
        return refused(
            Text::tr("This release is not signed by the custodian of %1 (%2), or it "
                     "was changed after signing.")
                .arg(profile.schoolName, crypto::fingerprint(profile.custodian.signKey)));
    auto m = readPayload<v1::Release>(*envelope);
    if (!m)
        return m.error();

    Release out;
    out.schoolId = QString::fromStdString(m->school_id());
    out.profileVersion = int(qMin<quint32>(m->profile_version(), 1'000'000'000));
    out.period = QString::fromStdString(m->period());
    out.releaseNumber = int(qMin<quint32>(m->release_number(), 1'000'000));
    out.layoutDigest = qbytes(m->layout_digest());
    if (out.schoolId != profile.schoolId)
        return refused(
            Text::tr("This release is for another school (%1).").arg(out.schoolId.left(40)));
    const MetricLayout layout = MetricLayout::forProfile(profile);
    if (out.profileVersion != profile.version || out.layoutDigest != layout.digest())
        return Error { Error::Code::InvalidInput,
            Text::tr("This release was made with profile version %1, not version %2.")
                .arg(out.profileVersion)
                .arg(profile.version) };
    if (!exchangePeriodFromId(out.period, profile.rules.periodMonths) || out.releaseNumber < 1)
        return damaged();

    const Error listedTwice = refused(Text::tr(
        "This release lists a contribution twice or out of order; it was not made by Kernwijzer."));
    for (const v1::ReleasedContribution& c : m->contributions()) {
        ReleasedContribution entry { qbytes(c.submission_id()), c.revision(),
            qbytes(c.binding_digest()) };
        if (entry.submissionId.size() != kIdBytes || entry.bindingDigest.size() != kIdBytes
            || entry.revision < 1)
            return damaged();
        if (!out.contributions.isEmpty()
            && out.contributions.last().submissionId >= entry.submissionId)
            return listedTwice;
        out.contributions.append(entry);
    }

    auto cells = readCellFigures(m->cells(), profile, layout,
        refused(Text::tr("This release shows a group smaller than the school's minimum; it is "
                         "refused.")));
    if (!cells)
        return cells.error();
    out.cells = *cells;
    // An impossible sum is HR's own finding about true sums; the custodian cannot know it.
    for (const CellFigures& cell : std::as_const(out.cells)) {
        for (const MetricFigure& f : cell.metrics) {
            if (f.reason == privacy::Reason::ImpossibleSum)
                return refused(Text::tr("This release withholds a figure for a reason only HR "
                                        "can give; it is refused."));
        }
    }

    for (const v1::Seal& seal : m->hr_parts()) {
        if (seal.recipient() != v1::PARTY_SCHOOL
            || qbytes(seal.recipient_key()) != profile.school.boxKey)
            return refused(Text::tr("This release holds a part that is not sealed to HR's key."));
        out.hrParts.append(qbytes(seal.SerializeAsString()));
    }
    if (out.hrParts.size() != out.contributions.size())
        return refused(Text::tr("This release holds %1 parts for HR for %2 contributions.")
                           .arg(out.hrParts.size())
                           .arg(out.contributions.size()));
    return out;
}

} // namespace kw::exchange
