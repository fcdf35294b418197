#include "exchange/custodian_handover.h"

#include "exchange/crypto.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/plain_text.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/keys.pb.h"

namespace kw::exchange {

namespace {

void put(v1::KeyHolderKeys* out, const KeyHolder& in)
{
    out->set_name(in.name.toStdString());
    out->set_sign_key(in.signKey.toStdString());
    out->set_box_key(in.boxKey.toStdString());
}

KeyHolder get(const v1::KeyHolderKeys& in)
{
    KeyHolder out;
    out.name = QString::fromStdString(in.name());
    out.signKey = qbytes(in.sign_key());
    out.boxKey = qbytes(in.box_key());
    return out;
}

bool validKeys(const KeyHolder& holder)
{
    return crypto::isValidSignKey(holder.signKey) && crypto::isValidBoxKey(holder.boxKey);
}

} // namespace

Result<QByteArray> createHandoverFile(
    const SchoolProfile& current, const KeySet& outgoing, const KeySet& incoming, QDate today)
{
    if (outgoing.party != v1::PARTY_CUSTODIAN || !outgoing.hasSecrets()
        || !outgoing.holder().sameKeys(current.custodian))
        return Error { Error::Code::InvalidInput,
            Text::tr("A handover is signed with the secret key file of the custodian this "
                     "profile names (%1, key %2).")
                .arg(current.custodian.name, crypto::fingerprint(current.custodian.signKey)) };
    if (isDemoKey(incoming.signPublic) || isDemoKey(incoming.boxPublic))
        return usesDemoKeys();
    if (incoming.party != v1::PARTY_CUSTODIAN || incoming.holder().sameKeys(current.custodian)
        || incoming.signPublic == current.school.signKey
        || incoming.boxPublic == current.school.boxKey)
        return Error { Error::Code::InvalidInput,
            Text::tr("The new custodian needs a custodian key file of their own, not the "
                     "current custodian's or HR's.") };
    v1::CustodianHandover handover;
    handover.set_school_id(current.schoolId.toStdString());
    put(handover.mutable_outgoing(), outgoing.holder());
    put(handover.mutable_incoming(), incoming.holder());
    handover.set_signed_on(today.toString(Qt::ISODate).toStdString());
    handover.set_school_sign_key(current.school.signKey.toStdString());
    handover.set_from_version(quint32(current.version));
    v1::Envelope envelope;
    envelope.set_kind(v1::FILE_KIND_HANDOVER);
    envelope.set_payload(handover.SerializeAsString());
    auto* signature = envelope.add_signatures();
    signature->set_signer(v1::PARTY_CUSTODIAN);
    signature->set_public_key(outgoing.signPublic.toStdString());
    signature->set_signature(
        signAs(Signed::Handover, qbytes(envelope.payload()), outgoing.signSecret).toStdString());
    return writeEnvelope(envelope);
}

Result<CustodianHandover> readHandoverFile(QByteArrayView file)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_HANDOVER);
    if (!envelope)
        return envelope.error();
    auto message = readPayload<v1::CustodianHandover>(*envelope);
    if (!message)
        return message.error();
    if (hasUnsafeCharacters(*message))
        return damaged();
    CustodianHandover out { QString::fromStdString(message->school_id()),
        qbytes(message->school_sign_key()),
        int(qMin<quint32>(message->from_version(), 1'000'000'000)), get(message->outgoing()),
        get(message->incoming()),
        QDate::fromString(QString::fromStdString(message->signed_on()), Qt::ISODate) };
    if (!validKeys(out.outgoing) || !validKeys(out.incoming)
        || !crypto::isValidSignKey(out.schoolSignKey) || out.fromVersion < 1
        || out.outgoing.signKey == out.incoming.signKey
        || out.outgoing.boxKey == out.incoming.boxKey)
        return damaged();
    const bool signedByOutgoing = envelope->signatures_size() == 1
        && envelope->signatures(0).signer() == v1::PARTY_CUSTODIAN
        && qbytes(envelope->signatures(0).public_key()) == out.outgoing.signKey
        && verifyAs(Signed::Handover, qbytes(envelope->payload()),
            qbytes(envelope->signatures(0).signature()), out.outgoing.signKey);
    if (!signedByOutgoing)
        return Error { Error::Code::Untrusted,
            Text::tr("This custodian handover was not signed by the outgoing custodian, or it "
                     "was changed after signing.") };
    return out;
}

Status checkCustodianChain(const SchoolProfile& incoming, const SchoolProfile& installed)
{
    if (installed.custodian.sameKeys(incoming.custodian))
        return {};
    QList<CustodianHandover> chain;
    for (const QByteArray& file : incoming.handovers) {
        auto handover = readHandoverFile(file);
        if (!handover)
            return handover.error();
        chain.append(*handover);
    }
    // Oldest first, each step to the successor the custodian of that moment signed for, from a
    // version this device had not passed yet: an old or cancelled handover does not come back.
    KeyHolder at = installed.custodian;
    int fromVersion = installed.version;
    for (const CustodianHandover& handover : std::as_const(chain)) {
        if (handover.schoolId == incoming.schoolId
            && handover.schoolSignKey == installed.school.signKey && handover.outgoing.sameKeys(at)
            && handover.fromVersion >= fromVersion && handover.fromVersion < incoming.version) {
            at = handover.incoming;
            fromVersion = handover.fromVersion + 1;
        }
    }
    if (at.sameKeys(incoming.custodian))
        return {};
    return Error { Error::Code::Untrusted,
        Text::tr("This profile names another custodian (%1, key %2) than the one you accepted "
                 "(%3, key %4), without a handover signed by %3 for version %5 or later. Only the "
                 "outgoing custodian can hand over; ask %3 and your school's HR. Until then, "
                 "your current profile stays.")
            .arg(incoming.custodian.name, crypto::fingerprint(incoming.custodian.signKey),
                installed.custodian.name, crypto::fingerprint(installed.custodian.signKey))
            .arg(installed.version) };
}

} // namespace kw::exchange
