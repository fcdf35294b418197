#include "backup/backup_format.h"

#include "backup/backup_stream.h"
#include "backup/backup_text.h"
#include "exchange/proto_bytes.h"
#include "kernwijzer/v1/backup.pb.h"

#include <QtEndian>

namespace kw::backup {

namespace v1 = ::kernwijzer::v1;

Error notABackup()
{
    return Error { Error::Code::InvalidInput, Text::tr("This is not a Kernwijzer backup.") };
}

Error damagedBackup()
{
    return Error { Error::Code::Corrupt,
        Text::tr("The backup is damaged: it cannot be restored. Nothing was changed.") };
}

Error incompleteBackup()
{
    return Error { Error::Code::Corrupt,
        Text::tr("The backup is incomplete, it may not have been finished. Nothing was "
                 "changed.") };
}

Error wrongPassphraseOrDamaged()
{
    return Error { Error::Code::Untrusted,
        Text::tr("Wrong passphrase, or the file is damaged. Nothing was changed.") };
}

QByteArray encodePrefix(const BackupHeader& header)
{
    v1::BackupHeader message;
    message.set_format_version(header.formatVersion);
    message.set_ops_limit(header.cost.ops);
    message.set_mem_limit(header.cost.memBytes);
    message.set_salt(exchange::bytesOf(header.salt));
    message.set_stream_header(exchange::bytesOf(header.streamHeader));
    message.set_created_at_ms(header.createdAtMs);
    message.set_app_version(header.appVersion.toStdString());
    message.set_journal_schema_version(header.journalSchemaVersion);
    message.set_plain_bytes(header.plainBytes);
    const std::string body = message.SerializeAsString();
    Q_ASSERT(qsizetype(body.size()) <= kMaxHeaderBytes);
    QByteArray prefix(kMagic, kMagicBytes);
    char length[kLengthBytes];
    qToBigEndian<quint32>(quint32(body.size()), length);
    prefix.append(length, kLengthBytes);
    prefix.append(body.data(), qsizetype(body.size()));
    return prefix;
}

Result<BackupPrefix> parsePrefix(QByteArrayView bytes)
{
    if (bytes.size() < kMagicBytes
        || bytes.first(kMagicBytes) != QByteArrayView(kMagic, kMagicBytes))
        return notABackup();
    if (bytes.size() < kMagicBytes + kLengthBytes)
        return incompleteBackup();
    const quint32 length = qFromBigEndian<quint32>(bytes.data() + kMagicBytes);
    if (length == 0 || length > quint32(kMaxHeaderBytes))
        return damagedBackup();
    const qsizetype prefixBytes = kMagicBytes + kLengthBytes + qsizetype(length);
    if (bytes.size() < prefixBytes)
        return incompleteBackup();
    v1::BackupHeader message;
    if (!message.ParseFromArray(bytes.data() + kMagicBytes + kLengthBytes, int(length)))
        return damagedBackup();
    if (message.format_version() > kFormatVersion)
        return Error { Error::Code::NewerSchema,
            Text::tr("This backup was made by a newer version of Kernwijzer (backup format %1). "
                     "Update the app to restore it. Nothing was changed.")
                .arg(message.format_version()) };
    if (message.format_version() == 0)
        return damagedBackup();
    BackupPrefix prefix;
    BackupHeader& header = prefix.header;
    header.formatVersion = message.format_version();
    header.cost = { message.ops_limit(), message.mem_limit() };
    header.salt = exchange::qbytes(message.salt());
    header.streamHeader = exchange::qbytes(message.stream_header());
    header.createdAtMs = message.created_at_ms();
    header.appVersion = QString::fromStdString(message.app_version()).left(64);
    header.journalSchemaVersion = message.journal_schema_version();
    header.plainBytes = message.plain_bytes();
    if (!header.cost.acceptable())
        return Error { Error::Code::Corrupt,
            Text::tr("The passphrase cost in this backup is outside what Kernwijzer accepts: the "
                     "file is damaged or was changed. Nothing was changed.") };
    if (header.salt.size() != crypto::kSaltBytes || header.streamHeader.size() != kStreamHeaderBytes
        || header.journalSchemaVersion == 0 || header.plainBytes == 0
        || header.plainBytes > (quint64(1) << 40))
        return damagedBackup();
    prefix.bytes = bytes.first(prefixBytes).toByteArray();
    return prefix;
}

qint64 expectedFileBytes(qsizetype prefixBytes, quint64 plainBytes)
{
    // As sealStream() cuts: full chunks, the last one FINAL; nothing at all is one empty chunk.
    const quint64 chunks
        = plainBytes == 0 ? 1 : (plainBytes + quint64(kChunkBytes) - 1) / quint64(kChunkBytes);
    return qint64(prefixBytes) + qint64(plainBytes) + qint64(chunks) * kChunkOverhead;
}

} // namespace kw::backup
