#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>

/**
 * The few libsodium primitives the exchange uses, with Qt types: Ed25519 signatures, sealed
 * boxes (X25519 + XSalsa20-Poly1305), BLAKE2b and the system's random generator. Every function
 * initialises libsodium on first use.
 */
namespace kw::crypto {

inline constexpr int kSignPublicBytes = 32;
inline constexpr int kSignSecretBytes = 64;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kBoxPublicBytes = 32;
inline constexpr int kBoxSecretBytes = 32;
inline constexpr int kSealOverhead = 48;
inline constexpr int kSeedBytes = 32;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

/** A new Ed25519 key pair; from @p seed (32 bytes) when given, deterministically. */
KeyPair signKeyPair(QByteArrayView seed = {});
/** A new X25519 key pair; from @p seed (32 bytes) when given, deterministically. */
KeyPair boxKeyPair(QByteArrayView seed = {});

/** The 64-byte Ed25519 signature of @p message; empty when @p secretKey is not one. */
QByteArray sign(QByteArrayView message, QByteArrayView secretKey);
/**
 * Whether @p key is an Ed25519 public key worth checking a signature against: 32 bytes, a
 * canonical point on the curve, in the main subgroup and not of small order.
 */
bool isValidSignKey(QByteArrayView key);
/**
 * Whether @p key is an X25519 public key a box can be sealed to: 32 bytes, not of small order
 * (a box sealed to a small-order point has a shared secret anyone knows) and not the base point
 * (whose secret, 1, everyone knows).
 */
bool isValidBoxKey(QByteArrayView key);
bool verify(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey);

/**
 * Proof that someone holds the secret of an X25519 box key: an Ed25519 signature made with the
 * box key's own scalar, under that scalar's Edwards point (whose Montgomery form is the box key).
 */
struct BoxKeyProof
{
    QByteArray edwardsKey; ///< 32 bytes
    QByteArray signature; ///< 64 bytes
    bool operator==(const BoxKeyProof&) const = default;
};
/** Signs @p message with the scalar of @p boxSecret; nothing when it is not a box secret. */
std::optional<BoxKeyProof> proveBoxKey(QByteArrayView message, QByteArrayView boxSecret);
/** Whether @p proof was made over @p message by the holder of @p boxPublic's secret. */
bool verifyBoxKeyProof(QByteArrayView message, const BoxKeyProof& proof, QByteArrayView boxPublic);

/**
 * Seals @p message so only the holder of @p publicKey's secret key can open it; nothing when
 * libsodium refuses (a key that is not a valid X25519 public key: then nothing would be secret).
 */
[[nodiscard]] std::optional<QByteArray> seal(QByteArrayView message, QByteArrayView publicKey);
/** Opens a sealed box; nothing when the keys do not fit or the box was changed. */
std::optional<QByteArray> openSeal(
    QByteArrayView sealed, QByteArrayView publicKey, QByteArrayView secretKey);

QByteArray randomBytes(int count);
std::uint64_t randomU64();

/** BLAKE2b of @p data, @p outBytes long (16–64), keyed when @p key is given. */
QByteArray hash(QByteArrayView data, QByteArrayView key = {}, int outBytes = 32);

/** Argon2id cost of a passphrase: what a key file records and a reader accepts. */
struct PassphraseCost
{
    quint64 ops = 0;
    quint64 memBytes = 0;
    static PassphraseCost moderate(); ///< libsodium's MODERATE: about a second, 256 MiB
    /** Between INTERACTIVE and SENSITIVE: a hostile file can neither weaken nor exhaust. */
    bool acceptable() const;
};

/** A 32-byte key from @p passphrase (Argon2id); empty when memory runs out. */
QByteArray keyFromPassphrase(
    const QByteArray& passphrase, QByteArrayView salt, const PassphraseCost& cost);
/** XSalsa20-Poly1305 with @p key (32 bytes) and @p nonce (24 bytes). */
QByteArray lock(QByteArrayView message, QByteArrayView nonce, QByteArrayView key);
std::optional<QByteArray> unlock(QByteArrayView locked, QByteArrayView nonce, QByteArrayView key);
inline constexpr int kSaltBytes = 16;
inline constexpr int kNonceBytes = 24;

/** A public key as people compare it: the first 8 bytes of its hash, "3F2A 91C0 7B44 E015". */
QString fingerprint(QByteArrayView publicKey);

/** Overwrites @p secret with zeros (sodium_memzero), e.g. before a key file buffer is freed. */
void wipe(QByteArray& secret);
/** The same for a protobuf bytes field. */
void wipe(std::string& secret);

} // namespace kw::crypto
