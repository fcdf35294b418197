#pragma once

#include "common/result.h"
#include "kernwijzer/v1/envelope.pb.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kw::exchange {

namespace v1 = ::kernwijzer::v1;

/** Field 1 of every envelope, written first: every exchange file starts with 0A 04 "KWZR". */
inline constexpr char kMagic[] = "KWZR";
/**
 * The format version of @p kind this build writes, and the only one it reads: 2 for
 * contributions, releases and aggregates (issue 13 changed them), 1 for the others.
 */
quint32 formatVersionOf(v1::FileKind kind);

/** The largest file of @p kind a parser accepts; anything bigger is refused unread. */
qsizetype maxFileBytes(v1::FileKind kind);
/** What a person calls a file of @p kind ("schoolprofiel"), translated. */
QString kindName(v1::FileKind kind);

/** Serialises @p envelope with the magic and the current format version filled in. */
QByteArray writeEnvelope(v1::Envelope envelope);

/**
 * Reads an envelope from untrusted bytes: the size limit, the magic, the format version and,
 * when given, the kind are checked, in that order, each failure with its own message.
 * Signatures and seals are the caller's to check: they depend on the kind.
 */
[[nodiscard]] Result<v1::Envelope> readEnvelope(
    QByteArrayView bytes, std::optional<v1::FileKind> expected = std::nullopt);

/** Parses the payload of a checked envelope as @p Message; Corrupt when it does not parse. */
template <typename Message> [[nodiscard]] Result<Message> readPayload(const v1::Envelope& envelope);

/** Reads a file, refusing one larger than @p maxBytes before reading it. */
[[nodiscard]] Result<QByteArray> readFileLimited(const QString& path, qsizetype maxBytes);

/** What writeFileAtomically() does when something is at the path already. */
enum class ExistingPath {
    Replace, ///< a file there is replaced (a symlink's target is written through)
    Refuse, ///< anything there (a file, a folder, a device, a symlink, even a dangling one)
            ///< is refused and left alone; the new file appears whole or not at all
};

/**
 * Writes @p bytes to @p path atomically (QSaveFile, or with ExistingPath::Refuse a temporary
 * file in the same folder linked to @p path only when nothing is there, O_EXCL-like): on a full
 * disk or an unwritable folder the error says so and an earlier file at @p path is left as it
 * was.
 */
[[nodiscard]] Status writeFileAtomically(
    const QString& path, const QByteArray& bytes, ExistingPath existing = ExistingPath::Replace);

/**
 * Gives the finished file at @p finishedPath a second name, @p path, only when nothing is there
 * (link(): never over a file, folder or link, even one that appears meanwhile); the caller then
 * removes @p finishedPath. An InvalidInput error when @p path is taken.
 */
[[nodiscard]] Status placeNewFile(const QString& finishedPath, const QString& path);

/** The error for a payload that does not parse. */
Error damaged();

template <typename Message> Result<Message> readPayload(const v1::Envelope& envelope)
{
    Message message;
    if (!message.ParseFromString(envelope.payload()))
        return damaged();
    return message;
}

} // namespace kw::exchange
