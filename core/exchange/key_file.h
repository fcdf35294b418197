#pragma once

#include "common/result.h"
#include "exchange/crypto.h"
#include "kernwijzer/v1/envelope.pb.h"
#include "profile/school_profile.h"

namespace kw::exchange {

/**
 * One key holder's keys: an Ed25519 pair to sign with and an X25519 pair that opens what is
 * sealed to them. Read from a public key file the secret halves are empty.
 */
struct KeySet
{
    ::kernwijzer::v1::Party party = ::kernwijzer::v1::PARTY_UNSPECIFIED;
    QString name;
    QString role;
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;
    crypto::BoxKeyProof boxProof; ///< that the holder has boxSecret; in every key file read
    /** The holder's signature pairing boxPublic with signPublic (hasValidKeyBinding()). */
    QByteArray keySignature;

    bool hasSecrets() const { return !signSecret.isEmpty() && !boxSecret.isEmpty(); }
    /** As a profile names this key holder, with the proof of the box key. */
    KeyHolder holder() const
    {
        return { name, role, signPublic, boxPublic, boxProof.edwardsKey, boxProof.signature, {},
            keySignature };
    }
};

/**
 * Whether @p holder's box-key proof checks out: made with the secret of its box key, for its
 * signing key. A profile or public key file without one is refused, so that nobody can name a
 * box key they do not hold (or one whose secret everyone knows).
 */
bool hasValidBoxProof(const KeyHolder& holder);

/**
 * Whether @p holder's keySignature checks out: an Ed25519 signature by its sign key over
 * @p party, the sign key and the box key (Signed::KeyBinding). The box-key proof only shows that
 * whoever named the box key holds its secret; this shows that the sign key's holder chose that
 * box key, so nobody without the sign secret (HR editing a profile) can pair a box key they hold
 * with someone else's sign key. Every key set made or unlocked here carries one.
 */
bool hasValidKeyBinding(const KeyHolder& holder, ::kernwijzer::v1::Party party);

/** New keys; from @p seed (32 bytes) deterministically, for the demo school and tests only. */
KeySet createKeySet(::kernwijzer::v1::Party party, const QString& name, const QString& role,
    QByteArrayView seed = {});

/**
 * The .kwsleutel file: secret keys; keep it on the holder's own computer. With @p passphrase
 * the keys are locked with it (Argon2id, then XSalsa20-Poly1305); only the public keys stay
 * readable.
 */
QByteArray writeSecretKeyFile(const KeySet& keys, const QByteArray& passphrase = {});
/** The .kwsleutel.pub file: public keys, signed with the holder's own key. */
QByteArray writePublicKeyFile(const KeySet& keys);

/**
 * Reads a secret or a public key file. A public file must carry a valid signature by its own
 * key; in a secret file the public keys must belong to the secret ones.
 */
[[nodiscard]] Result<KeySet> readKeyFile(QByteArrayView bytes, const QByteArray& passphrase = {});
/**
 * Whose key file @p bytes are, without the passphrase: the public keys of any key file (of a
 * locked one as its clear header says, checked only when it is unlocked), never a secret half.
 */
[[nodiscard]] Result<KeySet> readKeyFileHolder(QByteArrayView bytes);
/** The shortest passphrase a secret key file is locked with. */
inline constexpr int kMinPassphraseChars = 8;
/** Whether @p bytes are a secret key file locked with a passphrase. */
bool isLockedKeyFile(QByteArrayView bytes);

/** "HR" or "custodian", translated. */
QString partyName(::kernwijzer::v1::Party party);

} // namespace kw::exchange
