#pragma once

#include "common/result.h"
#include "exchange/crypto.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The plain beginning of a .kwbackup file, byte by byte (docs/backup.md):
//   magic "KWBACKUP" (8) | header length L (u32 big-endian, 1..kMaxHeaderBytes) | header (L)
// then the encrypted chunks (backup_stream.h). The whole prefix is every chunk's additional data.

namespace kw::backup {

inline constexpr char kMagic[] = "KWBACKUP";
inline constexpr qsizetype kMagicBytes = 8;
inline constexpr qsizetype kLengthBytes = 4;
inline constexpr qsizetype kMaxHeaderBytes = 4096;
/** The longest prefix a reader needs to look at. */
inline constexpr qsizetype kMaxPrefixBytes = kMagicBytes + kLengthBytes + kMaxHeaderBytes;
/** The format this build writes, and the newest it reads. */
inline constexpr quint32 kFormatVersion = 1;
/** Plaintext bytes per chunk of format 1; every chunk but the last is this long. */
inline constexpr qsizetype kChunkBytes = 64 * 1024;

/** What the plain header says (kernwijzer.v1.BackupHeader). */
struct BackupHeader
{
    quint32 formatVersion = kFormatVersion;
    crypto::PassphraseCost cost;
    QByteArray salt; ///< crypto::kSaltBytes
    QByteArray streamHeader; ///< kStreamHeaderBytes (backup_stream.h)
    qint64 createdAtMs = 0;
    QString appVersion;
    quint32 journalSchemaVersion = 0;
    quint64 plainBytes = 0;
};

/** A parsed prefix: the header and the exact bytes it was read from (the additional data). */
struct BackupPrefix
{
    BackupHeader header;
    QByteArray bytes;
};

/** Magic, length and serialized header: the bytes a backup file starts with. */
QByteArray encodePrefix(const BackupHeader& header);

/**
 * Reads the prefix at the start of @p bytes (which may go on with the chunks) and checks it:
 * magic, length cap, a header that parses, a format this build reads, a passphrase cost within
 * bounds, salt and stream header of their sizes. Each refusal has its own message.
 */
[[nodiscard]] Result<BackupPrefix> parsePrefix(QByteArrayView bytes);

/** The file size a backup of @p plainBytes with a prefix of @p prefixBytes has, exactly. */
qint64 expectedFileBytes(qsizetype prefixBytes, quint64 plainBytes);

/** The messages several steps share. */
Error notABackup();
Error damagedBackup();
Error incompleteBackup();
Error wrongPassphraseOrDamaged();

} // namespace kw::backup
