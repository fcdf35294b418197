#pragma once

#include "common/result.h"
#include "kernwijzer/v1/conversation.pb.h"
#include "kernwijzer/v1/envelope.pb.h"

#include <QByteArray>
#include <QByteArrayView>

/**
 * The three files of a waarderingsgesprek (docs/exchange-formats.md, "Conversation files"): the
 * teacher's preparation (.kwgesprek), the leader's verslag (.kwverslag) and the teacher's
 * response (.kwreactie). Each is signed by its author inside a seal to its one recipient, so
 * only the recipient learns who wrote it, and each body names both parties' keys, so a body
 * re-sealed to someone else is refused.
 *
 * The bodies are the protobuf messages themselves (kernwijzer/v1/conversation.proto): they are
 * what both sides store and show, checked once here on the way in (sizes, dates, parts, ids).
 */
namespace kw::conversation {

namespace v1 = ::kernwijzer::v1;

/** Someone's own keys: the signing secret they write with and the box secret they open with. */
struct OwnKeys
{
    QByteArray signPublic;
    QByteArray signSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;
};

/** A file opened and checked: its body and what proves who wrote it. */
template <typename Body> struct Opened
{
    Body body;
    QByteArray bodyBytes; ///< exactly as signed: store these, never a re-serialisation
    QByteArray signature; ///< 64 bytes, by the author named in body.ref()
    QByteArray digest; ///< BLAKE2b-256 of bodyBytes: what the next file of the flow answers
};

inline constexpr int kConversationIdBytes = 16;
inline constexpr int kAgreementIdBytes = 16;
/** The longest text of one item, point, note or reaction. */
inline constexpr int kMaxTextChars = 8000;
/** The most items of a preparation, agreements of a verslag. */
inline constexpr int kMaxItems = 500;
inline constexpr int kMaxAgreements = 50;

/** BLAKE2b-256 of a body: how a verslag names the preparation, a response the verslag. */
QByteArray bodyDigest(QByteArrayView bodyBytes);

/**
 * The sealed, signed file of @p body, written by @p author to the recipient the body names (the
 * leader for a preparation and a response, the teacher for a verslag). Refused when @p author
 * is not the author the body names, or the body breaks the rules readers check.
 */
[[nodiscard]] Result<QByteArray> writePreparation(
    const v1::Preparation& body, const OwnKeys& author);
[[nodiscard]] Result<QByteArray> writeVerslag(const v1::Verslag& body, const OwnKeys& author);
[[nodiscard]] Result<QByteArray> writeResponse(const v1::Response& body, const OwnKeys& author);

/**
 * Opens a file sealed to @p me and checks it: the kind, the seal, the author's signature under
 * the key the body names, that the body names @p me as its recipient, and the rules of the body.
 * A file sealed to someone else says so ("made for another leader") rather than "damaged".
 */
[[nodiscard]] Result<Opened<v1::Preparation>> openPreparation(
    QByteArrayView file, const OwnKeys& me);
[[nodiscard]] Result<Opened<v1::Verslag>> openVerslag(QByteArrayView file, const OwnKeys& me);
[[nodiscard]] Result<Opened<v1::Response>> openResponse(QByteArrayView file, const OwnKeys& me);

/** Checks a body already stored (bytes as signed, with its signature) again, e.g. for a PDF. */
[[nodiscard]] Result<v1::Preparation> readSignedPreparation(
    QByteArrayView bodyBytes, QByteArrayView signature);
[[nodiscard]] Result<v1::Verslag> readSignedVerslag(
    QByteArrayView bodyBytes, QByteArrayView signature);
[[nodiscard]] Result<v1::Response> readSignedResponse(
    QByteArrayView bodyBytes, QByteArrayView signature);

/** The kind of conversation file @p file is, without opening it; nothing when it is none. */
std::optional<v1::FileKind> conversationKindOf(QByteArrayView file);

/** The rules every body meets, checked by writers and readers alike. */
[[nodiscard]] Status checkBody(const v1::Preparation& body);
[[nodiscard]] Status checkBody(const v1::Verslag& body);
[[nodiscard]] Status checkBody(const v1::Response& body);

} // namespace kw::conversation
