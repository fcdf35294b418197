#include "exchange/crypto.h"

#include <QStringList>
#include <cstdlib>
#include <cstring>
#include <sodium.h>

namespace kw::crypto {

namespace {

void ensureInit()
{
    static const bool ready = [] {
        // sodium_init fails only when no random source can be opened; nothing here is safe then.
        if (sodium_init() < 0)
            std::abort();
        return true;
    }();
    Q_UNUSED(ready);
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

/** SHA-512 of @p parts one after the other into @p out (64 bytes); false when libsodium fails. */
bool sha512(unsigned char* out, std::initializer_list<QByteArrayView> parts)
{
    crypto_hash_sha512_state state;
    bool ok = crypto_hash_sha512_init(&state) == 0;
    for (const QByteArrayView part : parts)
        ok = ok && crypto_hash_sha512_update(&state, bytes(part), quint64(part.size())) == 0;
    ok = ok && crypto_hash_sha512_final(&state, out) == 0;
    sodium_memzero(&state, sizeof state);
    return ok;
}

} // namespace

KeyPair signKeyPair(QByteArrayView seed)
{
    ensureInit();
    KeyPair pair { QByteArray(kSignPublicBytes, '\0'), QByteArray(kSignSecretBytes, '\0') };
    if (seed.size() == kSeedBytes)
        crypto_sign_seed_keypair(bytes(pair.publicKey), bytes(pair.secretKey), bytes(seed));
    else
        crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

KeyPair boxKeyPair(QByteArrayView seed)
{
    ensureInit();
    KeyPair pair { QByteArray(kBoxPublicBytes, '\0'), QByteArray(kBoxSecretBytes, '\0') };
    if (seed.size() == kSeedBytes)
        crypto_box_seed_keypair(bytes(pair.publicKey), bytes(pair.secretKey), bytes(seed));
    else
        crypto_box_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray sign(QByteArrayView message, QByteArrayView secretKey)
{
    ensureInit();
    QByteArray signature(kSignatureBytes, '\0');
    if (secretKey.size() != kSignSecretBytes
        || crypto_sign_detached(
               bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(secretKey))
            != 0)
        return {};
    return signature;
}

bool isValidSignKey(QByteArrayView key)
{
    ensureInit();
    return key.size() == kSignPublicBytes && crypto_core_ed25519_is_valid_point(bytes(key)) == 1;
}

bool isValidBoxKey(QByteArrayView key)
{
    ensureInit();
    if (key.size() != kBoxPublicBytes)
        return false;
    // The base point itself: its secret is 1, known to everyone.
    static const QByteArray basePoint = QByteArray(1, '\x09') + QByteArray(31, '\0');
    if (key == basePoint)
        return false;
    // Any clamped scalar is a multiple of the cofactor, so it takes a small-order point to zero,
    // which crypto_scalarmult reports as a failure.
    const QByteArray scalar(crypto_scalarmult_SCALARBYTES, '\x01');
    QByteArray product(crypto_scalarmult_BYTES, '\0');
    const bool valid = crypto_scalarmult(bytes(product), bytes(scalar), bytes(key)) == 0;
    sodium_memzero(product.data(), size_t(product.size()));
    return valid;
}

bool verify(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey)
{
    ensureInit();
    if (signature.size() != kSignatureBytes || publicKey.size() != kSignPublicBytes)
        return false;
    return crypto_sign_verify_detached(
               bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey))
        == 0;
}

std::optional<BoxKeyProof> proveBoxKey(QByteArrayView message, QByteArrayView boxSecret)
{
    ensureInit();
    if (boxSecret.size() != kBoxSecretBytes)
        return std::nullopt;
    // X25519 multiplies by the clamped secret; reduced mod L it is the scalar a of the Edwards
    // point A = a·B, whose Montgomery u is the box key. A Schnorr signature (Ed25519's, so
    // libsodium's verify checks it) under A then proves knowledge of a.
    unsigned char wide[64] = {};
    std::memcpy(wide, boxSecret.data(), kBoxSecretBytes);
    wide[0] &= 248;
    wide[31] &= 127;
    wide[31] |= 64;
    unsigned char a[32], r[32], k[32], s[32], digest[64];
    crypto_core_ed25519_scalar_reduce(a, wide);
    BoxKeyProof proof { QByteArray(kSignPublicBytes, '\0'), QByteArray(kSignatureBytes, '\0') };
    unsigned char* A = bytes(proof.edwardsKey);
    unsigned char* R = bytes(proof.signature);
    bool ok = crypto_scalarmult_ed25519_base_noclamp(A, a) == 0;
    // The nonce as Ed25519 makes it: a hash of the secret and the message, never random.
    const QByteArrayView secretScalar(reinterpret_cast<const char*>(a), sizeof a);
    ok = ok
        && sha512(digest,
            { QByteArrayView("kernwijzer/v1/box-key-proof/nonce\0", 34), secretScalar, message });
    crypto_core_ed25519_scalar_reduce(r, digest);
    ok = ok && crypto_scalarmult_ed25519_base_noclamp(R, r) == 0;
    // k = H(R || A || message), S = r + k·a (mod L): the signature R || S.
    ok = ok
        && sha512(digest,
            { QByteArrayView(proof.signature.constData(), 32), QByteArrayView(proof.edwardsKey),
                message });
    crypto_core_ed25519_scalar_reduce(k, digest);
    crypto_core_ed25519_scalar_mul(s, k, a);
    crypto_core_ed25519_scalar_add(R + 32, r, s);
    sodium_memzero(wide, sizeof wide);
    sodium_memzero(a, sizeof a);
    sodium_memzero(r, sizeof r);
    sodium_memzero(s, sizeof s);
    sodium_memzero(digest, sizeof digest);
    if (!ok)
        return std::nullopt;
    return proof;
}

bool verifyBoxKeyProof(QByteArrayView message, const BoxKeyProof& proof, QByteArrayView boxPublic)
{
    ensureInit();
    if (proof.edwardsKey.size() != kSignPublicBytes || boxPublic.size() != kBoxPublicBytes)
        return false;
    unsigned char u[crypto_scalarmult_curve25519_BYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(u, bytes(proof.edwardsKey)) != 0
        || sodium_memcmp(u, boxPublic.data(), sizeof u) != 0)
        return false;
    return verify(message, proof.signature, proof.edwardsKey);
}

std::optional<QByteArray> seal(QByteArrayView message, QByteArrayView publicKey)
{
    ensureInit();
    if (!isValidBoxKey(publicKey))
        return std::nullopt;
    QByteArray sealed(message.size() + kSealOverhead, '\0');
    if (crypto_box_seal(bytes(sealed), bytes(message), quint64(message.size()), bytes(publicKey))
        != 0)
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> openSeal(
    QByteArrayView sealed, QByteArrayView publicKey, QByteArrayView secretKey)
{
    ensureInit();
    if (sealed.size() < kSealOverhead || publicKey.size() != kBoxPublicBytes
        || secretKey.size() != kBoxSecretBytes)
        return std::nullopt;
    QByteArray message(sealed.size() - kSealOverhead, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(message), bytes(sealed), quint64(sealed.size()),
            bytes(publicKey), bytes(secretKey))
        != 0)
        return std::nullopt;
    return message;
}

QByteArray randomBytes(int count)
{
    ensureInit();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(count));
    return out;
}

std::uint64_t randomU64()
{
    ensureInit();
    std::uint64_t value = 0;
    randombytes_buf(&value, sizeof value);
    return value;
}

QByteArray hash(QByteArrayView data, QByteArrayView key, int outBytes)
{
    ensureInit();
    QByteArray out(outBytes, '\0');
    if (crypto_generichash(bytes(out), size_t(outBytes), bytes(data), quint64(data.size()),
            key.isEmpty() ? nullptr : bytes(key), size_t(key.size()))
        != 0)
        std::abort(); // only a length outside 16-64 bytes fails: a programming error
    return out;
}

PassphraseCost PassphraseCost::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

bool PassphraseCost::acceptable() const
{
    return ops >= crypto_pwhash_OPSLIMIT_INTERACTIVE && ops <= crypto_pwhash_OPSLIMIT_SENSITIVE
        && memBytes >= crypto_pwhash_MEMLIMIT_INTERACTIVE
        && memBytes <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

QByteArray keyFromPassphrase(
    const QByteArray& passphrase, QByteArrayView salt, const PassphraseCost& cost)
{
    ensureInit();
    if (salt.size() != crypto_pwhash_SALTBYTES || !cost.acceptable())
        return {};
    QByteArray key(32, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), quint64(key.size()), passphrase.constData(),
            quint64(passphrase.size()), bytes(salt), cost.ops, size_t(cost.memBytes),
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

QByteArray lock(QByteArrayView message, QByteArrayView nonce, QByteArrayView key)
{
    ensureInit();
    if (nonce.size() != crypto_secretbox_NONCEBYTES || key.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray out(message.size() + crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_easy(
            bytes(out), bytes(message), quint64(message.size()), bytes(nonce), bytes(key))
        != 0)
        return {};
    return out;
}

std::optional<QByteArray> unlock(QByteArrayView locked, QByteArrayView nonce, QByteArrayView key)
{
    ensureInit();
    if (locked.size() < crypto_secretbox_MACBYTES || nonce.size() != crypto_secretbox_NONCEBYTES
        || key.size() != crypto_secretbox_KEYBYTES)
        return std::nullopt;
    QByteArray out(locked.size() - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            bytes(out), bytes(locked), quint64(locked.size()), bytes(nonce), bytes(key))
        != 0)
        return std::nullopt;
    return out;
}

QString fingerprint(QByteArrayView publicKey)
{
    // Digits, so that two people can read it aloud to each other in any language: five groups
    // of four, each 32 bits of the hash reduced to 4 digits (about 66 bits; the bias is < 10^-5).
    const QByteArray digest = hash(publicKey, QByteArrayView("kernwijzer/v1/fingerprint"), 20);
    QStringList groups;
    for (int i = 0; i < 5; ++i) {
        const auto chunk = quint32(quint8(digest[4 * i])) << 24
            | quint32(quint8(digest[4 * i + 1])) << 16 | quint32(quint8(digest[4 * i + 2])) << 8
            | quint32(quint8(digest[4 * i + 3]));
        groups.append(QStringLiteral("%1").arg(chunk % 10000, 4, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char(' '));
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

void wipe(std::string& secret)
{
    if (!secret.empty())
        sodium_memzero(secret.data(), secret.size());
    secret.clear();
}

} // namespace kw::crypto
