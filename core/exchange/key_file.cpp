#include "exchange/key_file.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/plain_text.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/keys.pb.h"

namespace kw::exchange {

namespace {

/** What a box-key proof signs: the context, the signing key, the box key. */
QByteArray boxProofMessage(QByteArrayView signKey, QByteArrayView boxKey)
{
    return signedBytes(Signed::BoxKeyProof, signKey.toByteArray().append(boxKey));
}

/** What a key binding signs: the party, the signing key, the box key. */
QByteArray keyBindingPayload(v1::Party party, QByteArrayView signKey, QByteArrayView boxKey)
{
    QByteArray payload(1, char(quint8(party)));
    return payload.append(signKey).append(boxKey);
}

QByteArray keyBindingSignature(const KeySet& keys)
{
    return signAs(Signed::KeyBinding,
        keyBindingPayload(keys.party, keys.signPublic, keys.boxPublic), keys.signSecret);
}

void put(v1::PublicKeys* out, const KeySet& keys)
{
    out->set_party(keys.party);
    out->set_name(keys.name.toStdString());
    out->set_role(keys.role.toStdString());
    out->set_sign_key(keys.signPublic.toStdString());
    out->set_box_key(keys.boxPublic.toStdString());
    out->mutable_box_proof()->set_edwards_key(keys.boxProof.edwardsKey.toStdString());
    out->mutable_box_proof()->set_signature(keys.boxProof.signature.toStdString());
    out->set_key_signature(keys.keySignature.toStdString());
}

Result<KeySet> get(const v1::PublicKeys& in)
{
    if (hasUnsafeCharacters(in))
        return damaged();
    KeySet keys;
    keys.party = in.party();
    keys.name = QString::fromStdString(in.name());
    keys.role = QString::fromStdString(in.role());
    keys.signPublic = qbytes(in.sign_key());
    keys.boxPublic = qbytes(in.box_key());
    keys.boxProof = { qbytes(in.box_proof().edwards_key()), qbytes(in.box_proof().signature()) };
    keys.keySignature = qbytes(in.key_signature());
    if ((keys.party != v1::PARTY_SCHOOL && keys.party != v1::PARTY_CUSTODIAN
            && keys.party != v1::PARTY_LEADER)
        || !crypto::isValidSignKey(keys.signPublic) || !crypto::isValidBoxKey(keys.boxPublic))
        return damaged();
    return keys;
}

/**
 * @p keys with the proof of their box key, made with its secret, and the binding of the box key
 * to the sign key, made with the sign secret (so key files made before the binding get it too).
 */
Result<KeySet> withBoxProof(KeySet keys)
{
    auto proof
        = crypto::proveBoxKey(boxProofMessage(keys.signPublic, keys.boxPublic), keys.boxSecret);
    if (!proof)
        return damaged();
    keys.boxProof = *proof;
    keys.keySignature = keyBindingSignature(keys);
    if (keys.keySignature.isEmpty())
        return damaged();
    return keys;
}

/** The key set in @p secret, checked: each secret key must belong to its public key. */
Result<KeySet> keysFromSecret(const v1::SecretKeys& secret)
{
    auto keys = get(secret.public_keys());
    if (!keys)
        return keys.error();
    keys->signSecret = qbytes(secret.sign_secret());
    keys->boxSecret = qbytes(secret.box_secret());
    // Ed25519 keeps its public key in the secret key's last 32 bytes; X25519's follows from
    // the secret by a scalar multiplication, checked by sealing a probe.
    // The whole secret is derived again from its seed (the first 32 bytes): a file that pairs
    // someone's public key with another seed would show their fingerprint and sign nothing.
    bool signFits = keys->signSecret.size() == crypto::kSignSecretBytes;
    if (signFits) {
        crypto::KeyPair derived
            = crypto::signKeyPair(QByteArrayView(keys->signSecret).first(crypto::kSeedBytes));
        signFits = derived.publicKey == keys->signPublic && derived.secretKey == keys->signSecret;
        crypto::wipe(derived.secretKey);
    }
    const QByteArray probe = crypto::randomBytes(16);
    const auto sealedProbe = crypto::seal(probe, keys->boxPublic);
    const bool boxFits = keys->boxSecret.size() == crypto::kBoxSecretBytes && sealedProbe
        && crypto::openSeal(*sealedProbe, keys->boxPublic, keys->boxSecret) == probe;
    if (!signFits || !boxFits)
        return damaged();
    return withBoxProof(*keys);
}

/** Overwrites the secret keys held in @p secret before it is freed. */
void wipe(v1::SecretKeys& secret)
{
    crypto::wipe(*secret.mutable_sign_secret());
    crypto::wipe(*secret.mutable_box_secret());
}

QByteArray serialized(const google::protobuf::MessageLite& message)
{
    return QByteArray::fromStdString(message.SerializeAsString());
}

} // namespace

bool hasValidBoxProof(const KeyHolder& holder)
{
    return crypto::verifyBoxKeyProof(boxProofMessage(holder.signKey, holder.boxKey),
        { holder.boxProofKey, holder.boxProofSignature }, holder.boxKey);
}

bool hasValidKeyBinding(const KeyHolder& holder, v1::Party party)
{
    return verifyAs(Signed::KeyBinding, keyBindingPayload(party, holder.signKey, holder.boxKey),
        holder.keySignature, holder.signKey);
}

QString partyName(v1::Party party)
{
    switch (party) {
    case v1::PARTY_SCHOOL:
        return Text::tr("HR");
    case v1::PARTY_CUSTODIAN:
        return Text::tr("custodian");
    case v1::PARTY_LEADER:
        return Text::tr("leader");
    case v1::PARTY_TEACHER:
        return Text::tr("teacher");
    default:
        return Text::tr("unknown party");
    }
}

KeySet createKeySet(v1::Party party, const QString& name, const QString& role, QByteArrayView seed)
{
    const bool seeded = seed.size() == crypto::kSeedBytes;
    const crypto::KeyPair sign
        = crypto::signKeyPair(seeded ? crypto::hash("kernwijzer/sign", seed) : QByteArray());
    const crypto::KeyPair box
        = crypto::boxKeyPair(seeded ? crypto::hash("kernwijzer/box", seed) : QByteArray());
    KeySet keys { party, name, role, sign.publicKey, sign.secretKey, box.publicKey, box.secretKey,
        {} };
    keys.boxProof = *crypto::proveBoxKey(boxProofMessage(keys.signPublic, keys.boxPublic),
        keys.boxSecret); // a fresh box secret always has a proof
    keys.keySignature = keyBindingSignature(keys);
    return keys;
}

QByteArray writeSecretKeyFile(const KeySet& keys, const QByteArray& passphrase)
{
    v1::SecretKeys secret;
    put(secret.mutable_public_keys(), keys);
    secret.set_sign_secret(keys.signSecret.toStdString());
    secret.set_box_secret(keys.boxSecret.toStdString());
    std::string plain = secret.SerializeAsString();
    v1::Envelope envelope;
    if (passphrase.isEmpty()) {
        envelope.set_kind(v1::FILE_KIND_SECRET_KEYS);
        envelope.set_payload(plain);
    } else {
        const crypto::PassphraseCost cost = crypto::PassphraseCost::moderate();
        v1::LockedSecretKeys locked;
        put(locked.mutable_public_keys(), keys);
        const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
        const QByteArray nonce = crypto::randomBytes(crypto::kNonceBytes);
        QByteArray key = crypto::keyFromPassphrase(passphrase, salt, cost);
        locked.set_salt(salt.toStdString());
        locked.set_ops_limit(cost.ops);
        locked.set_mem_limit(cost.memBytes);
        locked.set_nonce(nonce.toStdString());
        locked.set_locked(
            crypto::lock(QByteArrayView(plain.data(), qsizetype(plain.size())), nonce, key)
                .toStdString());
        crypto::wipe(key);
        envelope.set_kind(v1::FILE_KIND_LOCKED_SECRET_KEYS);
        envelope.set_payload(locked.SerializeAsString());
    }
    std::fill(plain.begin(), plain.end(), '\0');
    return writeEnvelope(envelope);
}

QByteArray writePublicKeyFile(const KeySet& keys)
{
    v1::PublicKeys pub;
    put(&pub, keys);
    const QByteArray payload = serialized(pub);
    v1::Envelope envelope;
    envelope.set_kind(v1::FILE_KIND_PUBLIC_KEYS);
    envelope.set_payload(payload.toStdString());
    auto* signature = envelope.add_signatures();
    signature->set_signer(keys.party);
    signature->set_public_key(keys.signPublic.toStdString());
    signature->set_signature(signAs(Signed::PublicKeys, payload, keys.signSecret).toStdString());
    return writeEnvelope(envelope);
}

Result<KeySet> readKeyFileHolder(QByteArrayView bytes)
{
    if (isLockedKeyFile(bytes)) {
        auto envelope = readEnvelope(bytes);
        auto locked = readPayload<v1::LockedSecretKeys>(*envelope);
        if (!locked)
            return locked.error();
        auto keys = get(locked->public_keys());
        if (keys && !hasValidBoxProof(keys->holder()))
            return damaged(); // unlocking would refuse it too: do not show it as anyone's
        return keys;
    }
    auto keys = readKeyFile(bytes);
    if (keys && keys->hasSecrets()) {
        crypto::wipe(keys->signSecret);
        crypto::wipe(keys->boxSecret);
        keys->signSecret.clear();
        keys->boxSecret.clear();
    }
    return keys;
}

bool isLockedKeyFile(QByteArrayView bytes)
{
    auto envelope = readEnvelope(bytes);
    return envelope && envelope->kind() == v1::FILE_KIND_LOCKED_SECRET_KEYS;
}

Result<KeySet> readKeyFile(QByteArrayView bytes, const QByteArray& passphrase)
{
    if (bytes.size() > maxFileBytes(v1::FILE_KIND_SECRET_KEYS))
        return Error { Error::Code::InvalidInput,
            Text::tr("This file is too large to be a Kernwijzer key file.") };
    auto envelope = readEnvelope(bytes);
    if (!envelope)
        return envelope.error();
    if (envelope->kind() == v1::FILE_KIND_PUBLIC_KEYS) {
        auto pub = readPayload<v1::PublicKeys>(*envelope);
        if (!pub)
            return pub.error();
        auto keys = get(*pub);
        if (!keys)
            return keys.error();
        const bool signedByItself = envelope->signatures_size() == 1
            && envelope->signatures(0).signer() == keys->party
            && qbytes(envelope->signatures(0).public_key()) == keys->signPublic
            && verifyAs(Signed::PublicKeys, qbytes(envelope->payload()),
                qbytes(envelope->signatures(0).signature()), keys->signPublic)
            && hasValidBoxProof(keys->holder())
            && (keys->keySignature.isEmpty() || hasValidKeyBinding(keys->holder(), keys->party));
        if (!signedByItself)
            return Error { Error::Code::Untrusted,
                Text::tr("This key file has been changed: its signature does not match.") };
        return keys;
    }
    if (envelope->kind() == v1::FILE_KIND_LOCKED_SECRET_KEYS) {
        auto locked = readPayload<v1::LockedSecretKeys>(*envelope);
        if (!locked)
            return locked.error();
        const crypto::PassphraseCost cost { locked->ops_limit(), locked->mem_limit() };
        if (!cost.acceptable())
            return damaged(); // never let a file make us spend more (or less) than agreed
        if (passphrase.isEmpty())
            return Error { Error::Code::InvalidInput,
                Text::tr("This key file is locked with a passphrase.") };
        QByteArray key = crypto::keyFromPassphrase(passphrase, qbytes(locked->salt()), cost);
        if (key.isEmpty())
            return damaged();
        auto plain = crypto::unlock(qbytes(locked->locked()), qbytes(locked->nonce()), key);
        crypto::wipe(key);
        if (!plain)
            return Error { Error::Code::Untrusted,
                Text::tr("The passphrase is not right for this key file.") };
        v1::SecretKeys secret;
        const bool parsed = secret.ParseFromArray(plain->constData(), int(plain->size()));
        crypto::wipe(*plain);
        auto keys = parsed ? keysFromSecret(secret) : Result<KeySet>(damaged());
        wipe(secret);
        // The clear header (what the file shows while locked) must be exactly what it holds:
        // holder, party and both public keys.
        if (keys
            && serialized(locked->public_keys())
                != serialized(parsed ? secret.public_keys() : v1::PublicKeys()))
            return damaged();
        return keys;
    }
    if (envelope->kind() == v1::FILE_KIND_SECRET_KEYS) {
        auto secret = readPayload<v1::SecretKeys>(*envelope);
        if (!secret)
            return secret.error();
        auto keys = keysFromSecret(*secret);
        wipe(*secret);
        return keys;
    }
    return Error { Error::Code::InvalidInput,
        Text::tr("This is a %1, not a key file.").arg(kindName(envelope->kind())) };
}

} // namespace kw::exchange
