#pragma once

#include "kernwijzer/v1/envelope.pb.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

/**
 * Domain separation for every Ed25519 signature of the exchange: a signature covers a context
 * naming what is signed and the format version, a zero byte, then the payload
 * ("kernwijzer/v1/profile\0" || payload). A signature made for one kind of file therefore never
 * checks out for another, even where the same payload bytes would parse as both.
 */
namespace kw::exchange {

enum class Signed {
    Profile, ///< "kernwijzer/v1/profile": HR's and the custodian's signatures on a .kwprofiel
    PublicKeys, ///< "kernwijzer/v1/public-keys": a .kwsleutel.pub signed by its own key
    Handover, ///< "kernwijzer/v1/handover": the outgoing custodian's .kwoverdracht
    BoxKeyProof, ///< "kernwijzer/v1/box-key-proof": made with a box key, see crypto::proveBoxKey
    Contribution, ///< "kernwijzer/v1/contribution": a device's binding of a contribution's parts
    Release, ///< "kernwijzer/v1/release": the custodian's .kwvrijgave
    Aggregate, ///< "kernwijzer/v1/aggregate": HR's .kwaggregaat for the bestuur
    CheckRequest, ///< "kernwijzer/v1/check-request": the custodian's .kwcontrole
    CheckAnswer, ///< "kernwijzer/v1/check-answer": HR's .kwuitslag
    Preparation, ///< "kernwijzer/v1/preparation": a teacher's .kwgesprek (inside its seal)
    Verslag, ///< "kernwijzer/v1/verslag": a leader's .kwverslag (inside its seal)
    Response, ///< "kernwijzer/v1/response": a teacher's .kwreactie (inside its seal)
    KeyBinding, ///< "kernwijzer/v1/key-binding": a holder's sign key vouches for their box key
};

/** What the signatures of a file of @p kind are made as; nothing for kinds without any. */
std::optional<Signed> signedKindOf(::kernwijzer::v1::FileKind kind);

/** The bytes a signature of @p kind covers: the context, a zero byte, then @p payload. */
QByteArray signedBytes(Signed kind, QByteArrayView payload);
/** The Ed25519 signature of @p payload as @p kind; empty when @p secretKey is not a key. */
QByteArray signAs(Signed kind, QByteArrayView payload, QByteArrayView secretKey);
bool verifyAs(
    Signed kind, QByteArrayView payload, QByteArrayView signature, QByteArrayView publicKey);

/**
 * Signs @p envelope's payload as @p kind and adds the signature, made by @p signer with
 * @p signPublic / @p signSecret.
 */
void addSignature(::kernwijzer::v1::Envelope& envelope, Signed kind, ::kernwijzer::v1::Party signer,
    QByteArrayView signPublic, QByteArrayView signSecret);
/**
 * Whether @p envelope carries exactly one signature, by @p signer under @p publicKey, that
 * checks out over its payload as @p kind: the one test for files one party signs.
 */
bool isSignedOnlyBy(const ::kernwijzer::v1::Envelope& envelope, Signed kind,
    ::kernwijzer::v1::Party signer, QByteArrayView publicKey);

} // namespace kw::exchange
