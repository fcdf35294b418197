#pragma once

#include "common/result.h"
#include "exchange/crypto.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace kw {
class TeacherSession;
}

namespace kw::backup {

/** What a backup file's name ends with; the app offers only these files to restore. */
inline constexpr char kBackupSuffix[] = ".kwbackup";

/** Whether the app offers @p path as a backup to restore: its name ends with kBackupSuffix. A file
 * a killed backup left behind ("<name>.kwbackup.part-XXXXXX") never does. */
bool isBackupFileName(const QString& path);

/** The shortest passphrase a backup accepts (characters, not bytes). */
inline constexpr int kMinimumPassphraseLength = 10;

/** Why @p passphrase cannot protect a backup (too short, …), translated; empty when it can. */
QString passphraseProblem(const QString& passphrase);

/** How a backup is made; the defaults are the app's. Tests lower the passphrase cost. */
struct BackupOptions
{
    crypto::PassphraseCost cost = crypto::PassphraseCost::moderate();
};

/** What a finished (written and read back) backup holds, for the message the teacher sees. */
struct BackupSummary
{
    QString path; ///< the backup file, complete and verified
    qint64 bytes = 0; ///< its size
    QDateTime createdAt; ///< when the snapshot was taken (the session's clock)
    int reflections = 0; ///< reflections in the snapshot (removed ones not counted)
};

/**
 * Writes an encrypted backup of everything in the open journal of @p session to @p outPath:
 * reflections, POP, hours, check-ins, settings, the installed school profile, the exchange state
 * and the device secret (so the conversation key and the submission ids survive a restore).
 *
 * The snapshot is consistent while the app keeps working (the journal is copied by SQLite, then
 * streamed through Argon2id + crypto_secretstream_xchacha20poly1305 in fixed-size chunks); the
 * file is written under a temporary name, read back and checked, and only then renamed to
 * @p outPath. An existing @p outPath is refused, never overwritten. On any failure nothing is left
 * behind but what was there before.
 */
[[nodiscard]] Result<BackupSummary> writeBackup(TeacherSession& session, const QString& outPath,
    const QString& passphrase, const BackupOptions& options = {});

/** When the last backup of this journal was made and verified (writeBackup() records it in the
 * journal's app state, key "backup/lastMadeAt"); nothing when there never was one. */
[[nodiscard]] Result<std::optional<QDateTime>> lastBackupAt(TeacherSession& session);

/** The plain part of a backup file: readable without the passphrase. */
struct BackupInfo
{
    int formatVersion = 0;
    QDateTime createdAt;
    QString appVersion; ///< the Kernwijzer that made it
};

/** Reads and checks the header of @p path (magic, version, bounds); says what is wrong if not. */
[[nodiscard]] Result<BackupInfo> readBackupInfo(const QString& path);

/** A backup opened with its passphrase and written out as a journal file. */
struct DecryptedJournal
{
    QString path; ///< the journal file written (the caller's @p targetPath)
    BackupInfo info;
    int reflections = 0;
    QDate lastEntry; ///< the day of the newest reflection; invalid when there is none
};

/**
 * Opens @p backupPath with @p passphrase and writes the journal it holds to @p targetPath (which
 * must not exist), then checks that this version of Kernwijzer can open it as a teacher's journal.
 * A wrong passphrase, a damaged, truncated or extended file, or a backup (or journal schema) from
 * a newer Kernwijzer is an error with a clear message, and @p targetPath is not left behind.
 * The device secret stays inside the written journal (its fallback place); TeacherSession::open
 * with a key store moves it there on first use (see settleDeviceSecret()).
 */
[[nodiscard]] Result<DecryptedJournal> decryptBackup(
    const QString& backupPath, const QString& passphrase, const QString& targetPath);

/** Whether the journal at @p journalPath holds anything of the teacher's: a reflection, a POP
 * goal, hours or a check-in. A missing file holds nothing. */
[[nodiscard]] Result<bool> journalHasEntries(const QString& journalPath);

/**
 * Puts the decrypted journal @p decryptedPath in the place of @p journalPath (no session may have
 * it open). When @p journalPath holds entries it is first kept beside it as
 * "<name>-voor-terugzetten-<yyyy-MM-dd>[-n].sqlite" and that path is returned; otherwise the old
 * file (if any) is removed and an empty string returned. Either all of it happens or nothing.
 */
[[nodiscard]] Result<QString> replaceJournal(
    const QString& decryptedPath, const QString& journalPath, QDate today);

/** A new name beside @p journalPath for a journal being decrypted from a backup (hidden, in the
 * journal's own folder, so the move into place is a rename). */
QString restoringPath(const QString& journalPath);

/** Removes what a killed backup or restore left beside the journal at @p journalPath: plain
 * copies of it (a snapshot, a half-decrypted backup). The app calls it as it opens the journal,
 * and each backup and restore before it starts. */
void removeLeftovers(const QString& journalPath);

/** Moves a restored device secret from the journal into the session's key store, when it has
 * one (a no-op otherwise); the app and the CLI call it right after opening a restored journal. */
[[nodiscard]] Status settleDeviceSecret(TeacherSession& session);

} // namespace kw::backup
