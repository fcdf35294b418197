#include "backup/backup_file.h"
#include "backup/backup_text.h"
#include "backup/journal_backup.h"
#include "backup/journal_snapshot.h"
#include "storage/database.h"
#include "teacher/teacher_schema.h"
#include "teacher/teacher_session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace kw::backup {

namespace {

/** What the journal written from a backup holds; opening it as the app does checks that this
 * version can read it (a newer schema, a profile that fails its check, …). */
Result<DecryptedJournal> inspectDecrypted(const QString& path)
{
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    sql::Database::Options options;
    options.create = false;
    auto session
        = TeacherSession::open(path, clock, options, TeacherSession::RemovedReflections::Keep);
    if (!session)
        return Error { session.error().code == Error::Code::NewerSchema ? Error::Code::NewerSchema
                                                                        : Error::Code::Corrupt,
            Text::tr("The journal in this backup cannot be opened by this version of "
                     "Kernwijzer: %1")
                .arg(session.error().message) };
    DecryptedJournal journal;
    journal.path = path;
    auto stmt = (*session)->database().prepare(
        "SELECT count(*), max(day) FROM reflection WHERE deleted_ms IS NULL");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    journal.reflections = stmt->columnInt(0);
    journal.lastEntry = QDate::fromString(stmt->columnText(1), Qt::ISODate);
    return journal;
}

Result<DecryptedJournal> decryptInto(
    QFile& backup, const QString& passphrase, const QString& targetPath)
{
    auto prefix = readPrefix(backup, backup.size());
    if (!prefix)
        return prefix.error();
    auto key = backupKey(passphrase, prefix->header);
    if (!key)
        return key.error();
    QFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) // the journal is private
        return Error { Error::Code::ReadOnly,
            Text::tr("Cannot write %1: %2").arg(targetPath, target.errorString()) };
    auto hash = readChunks(backup, *prefix, *key, &target);
    crypto::wipe(*key);
    if (!hash)
        return hash.error();
    if (!target.flush())
        return Error { Error::Code::Io,
            Text::tr("Cannot write %1: %2").arg(targetPath, target.errorString()) };
#ifdef Q_OS_UNIX
    if (::fsync(target.handle()) != 0)
        return Error { Error::Code::Io,
            Text::tr("Cannot write %1: %2").arg(targetPath, target.errorString()) };
#endif
    target.close();
    auto journal = inspectDecrypted(targetPath);
    if (!journal)
        return journal.error();
    journal->info.formatVersion = int(prefix->header.formatVersion);
    journal->info.createdAt = QDateTime::fromMSecsSinceEpoch(prefix->header.createdAtMs, Qt::UTC);
    journal->info.appVersion = prefix->header.appVersion;
    return journal;
}

/** @p from and its WAL renamed to @p to (never over anything); the shared-memory index removed. */
bool moveDatabase(const QString& from, const QString& to)
{
    if (QFileInfo::exists(to) || QFileInfo::exists(to + QStringLiteral("-wal")))
        return false;
    const QString wal = from + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, to + QStringLiteral("-wal")))
        return false;
    if (!QFile::rename(from, to)) {
        QFile::rename(to + QStringLiteral("-wal"), wal);
        return false;
    }
    QFile::remove(from + QStringLiteral("-shm"));
    return true;
}

/** "<name>-voor-terugzetten-<day>[-n].sqlite" beside @p journal, not yet taken. */
QString keptName(const QFileInfo& journal, QDate today)
{
    const QString base = journal.absolutePath() + QLatin1Char('/') + journal.completeBaseName()
        + QStringLiteral("-voor-terugzetten-") + today.toString(Qt::ISODate);
    for (int n = 1;; ++n) {
        const QString name = base + (n == 1 ? QString() : QStringLiteral("-%1").arg(n))
            + QStringLiteral(".sqlite");
        if (!QFileInfo::exists(name) && !QFileInfo(name).isSymLink()
            && !QFileInfo::exists(name + QStringLiteral("-wal")))
            return name;
    }
}

Error replaceFailed(const QString& journalPath)
{
    return Error { Error::Code::Io,
        Text::tr("The journal %1 could not be replaced; it was left as it was.").arg(journalPath) };
}

} // namespace

Result<DecryptedJournal> decryptBackup(
    const QString& backupPath, const QString& passphrase, const QString& targetPath)
{
    if (QFileInfo::exists(targetPath) || QFileInfo(targetPath).isSymLink())
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 exists already: a backup is restored into a new file.").arg(targetPath) };
    if (const QFileInfo info(backupPath); info.exists() && !info.isFile())
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 is not a regular file.").arg(backupPath) };
    QFile backup(backupPath);
    if (!backup.open(QIODevice::ReadOnly))
        return Error { backup.exists() ? Error::Code::Io : Error::Code::NotFound,
            Text::tr("Cannot open %1: %2").arg(backupPath, backup.errorString()) };
    auto journal = decryptInto(backup, passphrase, targetPath);
    if (!journal)
        removeDatabaseFiles(targetPath); // only ours: it did not exist before
    return journal;
}

Result<bool> journalHasEntries(const QString& journalPath)
{
    if (!QFileInfo::exists(journalPath))
        return false;
    sql::Database::Options options;
    options.create = false;
    auto db = sql::Database::open(journalPath, teacherSchema(), options);
    if (!db)
        return db.error();
    // Anything a teacher made or received counts: a reflection (also one removed a moment ago),
    // the POP, check-ins, a conversation, the device secret, an installed profile, an export.
    // Only what a journal has from its first start does not: its settings (app_state) and the
    // search index's own bookkeeping (a table of nothing but what the other tables hold).
    auto tables = (*db)->prepare("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'reflection_fts%'"
                                 " AND name <> 'app_state'");
    if (!tables)
        return tables.error();
    auto names = tables->collect([](const sql::Statement& row) { return row.columnText(0); });
    if (!names)
        return names.error();
    for (const QString& table : *names) {
        const QByteArray sql
            = QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\")").arg(table).toUtf8();
        auto rows = (*db)->prepare(sql.constData());
        if (!rows)
            return rows.error();
        auto row = rows->step();
        if (!row)
            return row.error();
        if (rows->columnInt(0) != 0)
            return true;
    }
    return false;
}

Result<QString> replaceJournal(
    const QString& decryptedPath, const QString& journalPath, QDate today)
{
    const QFileInfo journal(journalPath);
    if (!QFileInfo(decryptedPath).isFile())
        return Error { Error::Code::NotFound, Text::tr("%1 does not exist.").arg(decryptedPath) };
    if (QFileInfo::exists(decryptedPath + QStringLiteral("-wal")))
        return Error { Error::Code::Busy,
            Text::tr("%1 is still open: close it first.").arg(decryptedPath) };
    // Opening (and closing) the journal here also folds a write-ahead log left by a killed app
    // into the file, so what is kept or judged empty is all of it. A journal that cannot be
    // opened at all (damaged, newer) is kept, never judged empty.
    auto entries = journalHasEntries(journalPath);
    const bool keep = journal.exists() && (!entries || *entries);

    if (!keep) {
        // Nothing of value: the new file takes the name in one rename. A log left beside the old
        // file would be read into the new one, so it goes first (it holds nothing: see above).
        if (QFileInfo(journalPath + QStringLiteral("-wal")).size() > 0)
            return Error { Error::Code::Busy,
                Text::tr("The journal %1 is in use by another program. Close it and try again.")
                    .arg(journalPath) };
        QFile::remove(journalPath + QStringLiteral("-wal"));
        QFile::remove(journalPath + QStringLiteral("-shm"));
        if (journal.exists())
            QFile::remove(journalPath + QStringLiteral("-journal"));
            // rename() over an existing file replaces it atomically on POSIX; elsewhere remove
            // first.
#ifndef Q_OS_UNIX
        QFile::remove(journalPath);
#endif
        if (::rename(QFile::encodeName(decryptedPath).constData(),
                QFile::encodeName(journal.absoluteFilePath()).constData())
            != 0)
            return replaceFailed(journalPath);
        return QString();
    }

    // Two renames, in this order:
    //   1. the old journal (and its log) to the kept name;
    //   2. the decrypted journal to the journal's name.
    // Killed after 1, the old journal is whole under the kept name and the restored one under
    // decryptedPath: nothing is lost, and the app finds no journal and offers to restore again.
    // Step 2 failing moves the old journal back. The old file is never deleted.
    const QString kept = keptName(journal, today);
    if (!moveDatabase(journal.absoluteFilePath(), kept))
        return replaceFailed(journalPath);
    if (!QFile::rename(decryptedPath, journal.absoluteFilePath())) {
        moveDatabase(kept, journal.absoluteFilePath());
        return replaceFailed(journalPath);
    }
    return kept;
}

Status settleDeviceSecret(TeacherSession& session)
{
    auto place = session.exchangeStore().deviceSecretPlace();
    if (!place)
        return place.error();
    if (*place != exchange::SecretPlace::Journal)
        return {};
    // Moves it to the session's key store when one can be written and read back; with none it
    // stays in the journal, the documented fallback.
    auto secret = session.exchangeStore().deviceSecret();
    if (!secret)
        return secret.error();
    crypto::wipe(*secret);
    return {};
}

} // namespace kw::backup
