#pragma once

#include "backup/backup_format.h"
#include "common/result.h"

class QIODevice;

// Reading a whole backup file from any device (a QFile in the app, a QBuffer in the tests and the
// fuzzer): the plain prefix first, checked against the file's size and this app's schema, then
// the chunks with a key. Key derivation (Argon2id) stays with the caller.

namespace kw::backup {

/**
 * Reads and checks the prefix at the start of @p in (@p size bytes long): everything parsePrefix()
 * checks, a journal schema this app can open, and the exact size the header promises (shorter:
 * incomplete; longer: damaged). Leaves @p in at the first chunk.
 */
[[nodiscard]] Result<BackupPrefix> readPrefix(QIODevice& in, qint64 size);

/**
 * Opens the chunks that follow the prefix in @p in with @p key, writing the journal to @p out
 * when given; the BLAKE2b of what was written. Each way a stream can be wrong has its message:
 * the first chunk not opening is "wrong passphrase, or the file is damaged".
 */
[[nodiscard]] Result<QByteArray> readChunks(
    QIODevice& in, const BackupPrefix& prefix, QByteArrayView key, QIODevice* out);

/** The key of @p header's stream from @p passphrase (Argon2id with its salt and cost). */
[[nodiscard]] Result<QByteArray> backupKey(const QString& passphrase, const BackupHeader& header);

} // namespace kw::backup
