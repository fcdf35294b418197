#include "exchange/aggregate_file.h"

#include "exchange/cell_figures_codec.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/exchange_text.h"
#include "exchange/metric_layout.h"
#include "exchange/profile_file.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/release.pb.h"

namespace kw::exchange {

namespace {

constexpr int kKeyBytes = 32;

QStringList metricIds(const MetricLayout& layout)
{
    QStringList ids;
    for (const Metric& metric : layout.metrics())
        ids << metric.id;
    return ids;
}

/** The payload's own profile, co-signed: HR signs the aggregate, the custodian vouches for HR. */
Result<SchoolProfile> carriedProfile(QByteArrayView file)
{
    auto read = readProfileFile(file);
    if (!read)
        return refused(Text::tr("The school profile in this aggregate does not check out: %1")
                           .arg(read.error().message));
    if (!read->complete())
        return refused(Text::tr("The school profile in this aggregate is not signed by both HR and "
                                "the custodian; it cannot vouch for the school's HR key."));
    return read->profile;
}

/** Every released figure within what an honest group can add up to. */
Status checkSums(const QList<CellFigures>& cells)
{
    for (const CellFigures& cell : cells) {
        for (const MetricFigure& f : cell.metrics) {
            if (!f.released())
                continue;
            if (f.contributors > kMaxAggregateContributors
                || !sumsWithinRange(std::uint64_t(f.contributors), f.valueSum, f.squareSum))
                return refused(Text::tr("This aggregate holds a sum no group of its size can "
                                        "reach; it is refused."));
        }
    }
    return {};
}

} // namespace

Result<QByteArray> writeAggregateFile(const Aggregate& aggregate, const KeySet& hr)
{
    auto profile = carriedProfile(aggregate.profileFile);
    if (!profile)
        return profile.error();
    if (hr.party != ::kernwijzer::v1::PARTY_SCHOOL || !hr.hasSecrets()
        || hr.signPublic != profile->school.signKey)
        return Error { Error::Code::InvalidInput,
            Text::tr("An aggregate is signed with the secret key file of the school's HR.") };
    ::kernwijzer::v1::Aggregate m;
    m.set_school_id(aggregate.schoolId.toStdString());
    m.set_profile_version(quint32(aggregate.profileVersion));
    m.set_period(aggregate.period.toStdString());
    m.set_release_number(quint32(aggregate.releaseNumber));
    m.set_profile(bytesOf(aggregate.profileFile));
    for (const QString& id : metricIds(MetricLayout::forProfile(*profile)))
        m.add_metric_ids(id.toStdString());
    writeCellFigures(aggregate.cells, m.mutable_cells());
    m.set_school_sign_key(bytesOf(hr.signPublic));

    ::kernwijzer::v1::Envelope envelope;
    envelope.set_kind(::kernwijzer::v1::FILE_KIND_AGGREGATE);
    envelope.set_payload(m.SerializeAsString());
    auto* signature = envelope.add_signatures();
    signature->set_signer(::kernwijzer::v1::PARTY_SCHOOL);
    signature->set_public_key(bytesOf(hr.signPublic));
    signature->set_signature(bytesOf(
        signAs(Signed::Aggregate, QByteArray::fromStdString(envelope.payload()), hr.signSecret)));
    QByteArray bytes = writeEnvelope(envelope);
    if (bytes.size() > maxFileBytes(::kernwijzer::v1::FILE_KIND_AGGREGATE))
        return Error {
            Error::Code::InvalidInput,
            Text::tr("This aggregate is too large for one file (%1 KB).").arg(bytes.size() / 1024)
        };
    if (auto check = readAggregateFile(bytes); !check)
        return Error { Error::Code::InvalidInput,
            Text::tr("The aggregate was not written: %1").arg(check.error().message) };
    return bytes;
}

Result<AggregateFile> readAggregateFile(QByteArrayView file)
{
    auto envelope = readEnvelope(file, ::kernwijzer::v1::FILE_KIND_AGGREGATE);
    if (!envelope)
        return envelope.error();
    // The signature first: nothing of a payload that does not verify under the key beside it is
    // read. Whose key that is, the co-signed profile inside says next.
    const QByteArray payload = QByteArray::fromStdString(envelope->payload());
    const QByteArray signer = envelope->signatures_size() == 1
        ? QByteArray::fromStdString(envelope->signatures(0).public_key())
        : QByteArray();
    const bool signedByHr = signer.size() == kKeyBytes
        && envelope->signatures(0).signer() == ::kernwijzer::v1::PARTY_SCHOOL
        && verifyAs(Signed::Aggregate, payload,
            QByteArray::fromStdString(envelope->signatures(0).signature()), signer);
    if (!signedByHr)
        return refused(Text::tr("This aggregate is not signed by a school's HR, or it was changed "
                                "after signing."));
    auto m = readPayload<::kernwijzer::v1::Aggregate>(*envelope);
    if (!m)
        return m.error();

    auto profile = carriedProfile(QByteArray::fromStdString(m->profile()));
    if (!profile)
        return profile.error();
    if (signer != profile->school.signKey
        || QByteArray::fromStdString(m->school_sign_key()) != profile->school.signKey)
        return refused(Text::tr("This aggregate is signed with key %1, not with the HR key of %2 "
                                "(%3) that its co-signed profile names.")
                           .arg(crypto::fingerprint(signer), profile->schoolName,
                               crypto::fingerprint(profile->school.signKey)));

    AggregateFile out;
    out.profile = *profile;
    out.hrSignKey = signer;
    Aggregate& a = out.aggregate;
    a.schoolId = QString::fromStdString(m->school_id());
    a.profileVersion = int(qMin<quint32>(m->profile_version(), 1'000'000'000));
    a.period = QString::fromStdString(m->period());
    a.releaseNumber = int(qMin<quint32>(m->release_number(), 1'000'000));
    a.profileFile = QByteArray::fromStdString(m->profile());
    if (a.schoolId != profile->schoolId || a.profileVersion != profile->version)
        return refused(Text::tr("This aggregate names another school or profile version than the "
                                "profile it carries."));
    if (!exchangePeriodFromId(a.period, profile->rules.periodMonths) || a.releaseNumber < 1)
        return damaged();
    const MetricLayout layout = MetricLayout::forProfile(*profile);
    QStringList ids;
    for (const std::string& id : m->metric_ids())
        ids << QString::fromStdString(id);
    if (ids != metricIds(layout))
        return damaged();
    auto cells = readCellFigures(m->cells(), *profile, layout,
        refused(Text::tr("This aggregate shows a group smaller than the school's minimum; it is "
                         "refused.")));
    if (!cells)
        return cells.error();
    if (Status s = checkSums(*cells); !s)
        return s.error();
    a.cells = *cells;
    return out;
}

} // namespace kw::exchange
