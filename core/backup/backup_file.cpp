#include "backup/backup_file.h"

#include "backup/backup_stream.h"
#include "backup/backup_text.h"
#include "teacher/teacher_schema.h"

#include <QIODevice>

namespace kw::backup {

Result<BackupPrefix> readPrefix(QIODevice& in, qint64 size)
{
    if (!in.seek(0))
        return Error { Error::Code::Io, in.errorString() };
    const QByteArray start = in.read(qMin<qint64>(size, kMaxPrefixBytes));
    auto prefix = parsePrefix(start);
    if (!prefix)
        return prefix.error();
    const int known = teacherSchema().latestVersion();
    if (prefix->header.journalSchemaVersion > quint32(known))
        return Error { Error::Code::NewerSchema,
            Text::tr("This backup holds a journal of a newer version of Kernwijzer (schema %1; "
                     "this app knows up to %2). Update the app to restore it. Nothing was "
                     "changed.")
                .arg(prefix->header.journalSchemaVersion)
                .arg(known) };
    const qint64 expected = expectedFileBytes(prefix->bytes.size(), prefix->header.plainBytes);
    if (size < expected)
        return incompleteBackup();
    if (size > expected)
        return damagedBackup();
    if (!in.seek(prefix->bytes.size()))
        return Error { Error::Code::Io, in.errorString() };
    return prefix;
}

Result<QByteArray> readChunks(
    QIODevice& in, const BackupPrefix& prefix, QByteArrayView key, QIODevice* out)
{
    const StreamRead read
        = openStream(in, key, prefix.header.streamHeader, prefix.bytes, kChunkBytes, out);
    switch (read.fault) {
    case StreamFault::Ok:
        if (read.plainBytes != prefix.header.plainBytes)
            return damagedBackup();
        return read.plainHash;
    case StreamFault::FirstChunk:
        return wrongPassphraseOrDamaged();
    case StreamFault::Damaged:
    case StreamFault::Extended:
        return damagedBackup();
    case StreamFault::Incomplete:
        return incompleteBackup();
    case StreamFault::Io:
        break;
    }
    return Error { Error::Code::Io,
        Text::tr("The backup could not be read or written (%1). Nothing was changed.")
            .arg(out && !out->errorString().isEmpty() ? out->errorString() : in.errorString()) };
}

Result<QByteArray> backupKey(const QString& passphrase, const BackupHeader& header)
{
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray key = crypto::keyFromPassphrase(utf8, header.salt, header.cost);
    crypto::wipe(utf8);
    if (key.isEmpty())
        return Error { Error::Code::Io,
            Text::tr("There is not enough memory to open the passphrase's key (%1 MiB needed). "
                     "Close other apps and try again.")
                .arg(header.cost.memBytes / (1024 * 1024)) };
    return key;
}

} // namespace kw::backup
