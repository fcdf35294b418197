#pragma once

#include "backup/backup_format.h"
#include "backup/backup_stream.h"
#include "exchange/crypto.h"

#include <QBuffer>

namespace kw::fuzz {

/**
 * The fixed stream key of the backup seeds: make_corpus encrypts with it and fuzz_backup opens
 * with it, so a mutated seed reaches the chunk reader without Argon2 in the loop.
 */
inline QByteArray backupKey()
{
    static const QByteArray key = crypto::hash("corpus backup key");
    return key;
}

/** A backup of @p plain under backupKey(), as writeBackup() lays it out. */
inline QByteArray corpusBackup(const QByteArray& plain)
{
    backup::BackupHeader header;
    header.cost = crypto::PassphraseCost::moderate(); // never derived: the key is fixed
    header.salt = crypto::hash("corpus salt", {}, 16);
    header.createdAtMs = 1795000000000;
    header.appVersion = QStringLiteral("0.1.0");
    header.journalSchemaVersion = 9;
    header.plainBytes = quint64(plain.size());
    backup::StreamSealer sealer(backupKey());
    header.streamHeader = sealer.header();
    const QByteArray prefix = backup::encodePrefix(header);
    QByteArray source = plain;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    out.write(prefix);
    (void)backup::sealStream(in, sealer, prefix, backup::kChunkBytes, out, nullptr);
    return out.data();
}

} // namespace kw::fuzz
