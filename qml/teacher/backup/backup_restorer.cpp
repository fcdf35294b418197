#include "teacher/backup/backup_restorer.h"

#include "backup/journal_backup.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace kw {

namespace {

QString localPath(const QUrl& url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

BackupRestorer::BackupRestorer(QObject* parent)
    : QObject(parent)
{ }

void BackupRestorer::setJournal(JournalService* journal)
{
    if (journal == m_journal)
        return;
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (m_journal) // entries written meanwhile change what restoring replaces
        connect(m_journal, &JournalService::changed, this, &BackupRestorer::journalChanged);
    emit journalChanged();
}

void BackupRestorer::setFile(const QUrl& file)
{
    m_file = file;
    m_fileText.clear();
    setError({});
    if (!file.isEmpty()) {
        auto info = backup::readBackupInfo(localPath(file));
        if (!info) {
            setError(info.error().message);
        } else {
            const QString made = QLocale().toString(
                info->createdAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
            m_fileText = info->appVersion.isEmpty()
                ? tr("Made on %1.").arg(made)
                : tr("Made on %1 by Kernwijzer %2.").arg(made, info->appVersion);
        }
    }
    emit fileChanged();
}

bool BackupRestorer::replacesEntries() const
{
    if (!m_journal)
        return false;
    auto has = backup::journalHasEntries(m_journal->path());
    return !has || *has; // when it cannot be read, ask first all the same
}

bool BackupRestorer::restore(const QString& passphrase, bool replaceConfirmed)
{
    m_result.clear();
    m_kept.clear();
    if (!m_journal) {
        setError({});
        return false;
    }
    if (!fileReadable()) {
        setError(m_error.isEmpty() ? tr("Choose a backup file first.") : m_error);
        return false;
    }
    if (replacesEntries() && !replaceConfirmed) {
        setError(tr("Your journal on this device has entries. Confirm that it may be put aside "
                    "(it is kept as a file) before restoring."));
        return false;
    }
    // Decrypted beside the journal, in the app's own folder, and moved into place from there.
    backup::removeLeftovers(m_journal->path()); // a restore killed half-way: never trusted
    const QString decrypted = backup::restoringPath(m_journal->path());
    auto opened = backup::decryptBackup(localPath(m_file), passphrase, decrypted);
    if (!opened) {
        setError(opened.error().message);
        return false;
    }
    auto replaced = m_journal->replaceWith(decrypted);
    QFile::remove(decrypted); // moved on success; on failure nothing of it is kept
    if (!replaced) {
        setError(replaced.error().message);
        return false;
    }
    setError({});
    m_kept = *replaced;
    const QString last = opened->lastEntry.isValid()
        ? QLocale().toString(opened->lastEntry, QStringLiteral("d MMMM yyyy"))
        : QString();
    m_result = last.isEmpty()
        ? tr("Restored: %n reflection(s).", nullptr, opened->reflections)
        : tr("Restored: %n reflection(s), the last one of %1.", nullptr, opened->reflections)
              .arg(last);
    if (!m_kept.isEmpty())
        m_result += QLatin1Char(' ')
            + tr("Your previous journal is kept as %1.").arg(QDir::toNativeSeparators(m_kept));
    emit finished();
    emit journalChanged();
    return true;
}

void BackupRestorer::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorTextChanged();
}

} // namespace kw
