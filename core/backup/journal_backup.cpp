#include "backup/journal_backup.h"

#include "backup/backup_file.h"
#include "backup/backup_stream.h"
#include "backup/backup_text.h"
#include "backup/journal_snapshot.h"
#include "exchange/envelope.h"
#include "teacher/teacher_session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimeZone>
#include <cerrno>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#ifndef KERNWIJZER_VERSION
#define KERNWIJZER_VERSION "unknown"
#endif

namespace kw::backup {

namespace {

const QString kLastMadeKey = QStringLiteral("backup/lastMadeAt");

Error cannotWrite(const QString& path, const QFileDevice& file)
{
    const bool full = file.error() == QFileDevice::ResourceError || errno == ENOSPC;
    return Error { full ? Error::Code::DiskFull : Error::Code::Io,
        full ? Text::tr("The disk is full: the backup was not written. Free some space and try "
                        "again.")
             : Text::tr("Cannot write the backup %1: %2").arg(path, file.errorString()) };
}

/** Reads the finished file at @p path again, as a restore would, and compares its plaintext. */
Status verifyWritten(const QString& path, const QByteArray& prefixBytes, QByteArrayView key,
    const QByteArray& plainHash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io,
            Text::tr("The backup could not be read back: %1").arg(file.errorString()) };
    auto prefix = readPrefix(file, file.size());
    if (!prefix)
        return prefix.error();
    auto hash = readChunks(file, *prefix, key, nullptr);
    if (!hash)
        return hash.error();
    if (prefix->bytes != prefixBytes || *hash != plainHash)
        return Error { Error::Code::Io,
            Text::tr("The backup read back differs from what was written: the disk may be "
                     "failing. It was not kept.") };
    return {};
}

} // namespace

bool isBackupFileName(const QString& path)
{
    return QFileInfo(path).fileName().endsWith(QLatin1String(kBackupSuffix))
        && QFileInfo(path).fileName().size() > qsizetype(sizeof kBackupSuffix - 1);
}

QString passphraseProblem(const QString& passphrase)
{
    if (passphrase.size() < kMinimumPassphraseLength)
        return Text::tr("A backup passphrase has at least %1 characters.")
            .arg(kMinimumPassphraseLength);
    if (passphrase.trimmed().isEmpty())
        return Text::tr("A backup passphrase cannot be only spaces.");
    return {};
}

Result<BackupSummary> writeBackup(TeacherSession& session, const QString& outPath,
    const QString& passphrase, const BackupOptions& options)
{
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return Error { Error::Code::InvalidInput, problem };
    if (!options.cost.acceptable())
        return Error { Error::Code::InvalidInput,
            Text::tr("The passphrase cost is outside what Kernwijzer accepts.") };
    const QFileInfo target(outPath);
    if (!isBackupFileName(outPath))
        return Error { Error::Code::InvalidInput,
            Text::tr("A backup's file name ends with %1.").arg(QLatin1String(kBackupSuffix)) };
    if (target.exists() || target.isSymLink())
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 exists already: a backup is never written over a file. Choose a new "
                     "file name.")
                .arg(outPath) };
    if (!target.absoluteDir().exists())
        return Error { Error::Code::NotFound,
            Text::tr("The folder %1 does not exist.").arg(target.absolutePath()) };

    auto snapshot = JournalSnapshot::take(session);
    if (!snapshot)
        return snapshot.error();
    QFile plain(snapshot->path());
    if (!plain.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, plain.errorString() };

    BackupHeader header;
    header.cost = options.cost;
    header.salt = crypto::randomBytes(crypto::kSaltBytes);
    header.createdAtMs = session.clock().now().toMSecsSinceEpoch();
    header.appVersion = QStringLiteral(KERNWIJZER_VERSION);
    header.journalSchemaVersion = quint32(snapshot->schemaVersion());
    header.plainBytes = quint64(plain.size());
    auto key = backupKey(passphrase, header);
    if (!key)
        return key.error();
    StreamSealer sealer(*key);
    header.streamHeader = sealer.header();
    const QByteArray prefix = encodePrefix(header);

    // The part file never has the backup suffix, so a killed process leaves nothing that is
    // offered as a backup; QTemporaryFile removes it on every path out of here.
    QTemporaryFile part(target.absoluteFilePath() + QStringLiteral(".part-XXXXXX"));
    if (!part.open())
        return Error { Error::Code::ReadOnly,
            Text::tr("Cannot write the backup %1: %2").arg(outPath, part.errorString()) };
    QByteArray plainHash;
    if (part.write(prefix) != prefix.size())
        return cannotWrite(outPath, part);
    if (Status s = sealStream(plain, sealer, prefix, kChunkBytes, part, &plainHash); !s)
        return s.error().code == Error::Code::Io && part.error() != QFileDevice::NoError
            ? cannotWrite(outPath, part)
            : s.error();
    if (!part.flush())
        return cannotWrite(outPath, part);
#ifdef Q_OS_UNIX
    if (::fsync(part.handle()) != 0)
        return cannotWrite(outPath, part);
#endif
    if (Status s = verifyWritten(part.fileName(), prefix, *key, plainHash); !s)
        return s.error();
    crypto::wipe(*key);

    BackupSummary summary;
    summary.bytes = part.size();
    summary.createdAt = QDateTime::fromMSecsSinceEpoch(header.createdAtMs, Qt::UTC);
    summary.reflections = snapshot->reflections();
    summary.path = target.absoluteFilePath();
    if (Status s = exchange::placeNewFile(part.fileName(), summary.path); !s)
        return s.error();
    if (Status s = session.appState().setValue(
            kLastMadeKey, summary.createdAt.toUTC().toString(Qt::ISODate));
        !s) {
        QFile::remove(summary.path); // "done" is only said with the date recorded
        return s.error();
    }
    return summary;
}

Result<std::optional<QDateTime>> lastBackupAt(TeacherSession& session)
{
    auto value = session.appState().value(kLastMadeKey);
    if (!value)
        return value.error();
    if (!value->has_value())
        return std::optional<QDateTime>();
    QDateTime at = QDateTime::fromString(**value, Qt::ISODate);
    if (!at.isValid())
        return std::optional<QDateTime>(); // unreadable: as if never, so the reminder comes
    return std::optional<QDateTime>(at.toUTC());
}

Result<BackupInfo> readBackupInfo(const QString& path)
{
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return Error { Error::Code::InvalidInput, Text::tr("%1 is not a regular file.").arg(path) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.exists() ? Error::Code::Io : Error::Code::NotFound,
            Text::tr("Cannot open %1: %2").arg(path, file.errorString()) };
    auto prefix = readPrefix(file, file.size());
    if (!prefix)
        return prefix.error();
    BackupInfo info;
    info.formatVersion = int(prefix->header.formatVersion);
    info.createdAt = QDateTime::fromMSecsSinceEpoch(prefix->header.createdAtMs, Qt::UTC);
    info.appVersion = prefix->header.appVersion;
    return info;
}

} // namespace kw::backup
