#include "teacher/backup/backup_maker.h"

#include "backup/journal_backup.h"
#include "reminders/backup_reminder.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace kw {

namespace {

/** The local day of the last backup; invalid when there was none or it cannot be read. */
QDate lastBackupDay(JournalService* journal)
{
    TeacherSession* session = journal ? journal->session() : nullptr;
    if (!session)
        return {};
    auto last = backup::lastBackupAt(*session);
    return last && last->has_value() ? last->value().toLocalTime().date() : QDate();
}

} // namespace

BackupMaker::BackupMaker(QObject* parent)
    : QObject(parent)
{ }

void BackupMaker::setJournal(JournalService* journal)
{
    if (journal == m_journal)
        return;
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (m_journal) // a restored journal has its own last backup
        connect(m_journal, &JournalService::replaced, this, &BackupMaker::lastBackupChanged);
    emit journalChanged();
    emit lastBackupChanged();
}

QString BackupMaker::lastBackupText() const
{
    const QDate day = lastBackupDay(m_journal);
    if (!day.isValid())
        return tr("No backup made yet.");
    return tr("Last backup: %1").arg(QLocale().toString(day, QStringLiteral("d MMMM yyyy")));
}

bool BackupMaker::overdue() const
{
    TeacherSession* session = m_journal ? m_journal->session() : nullptr;
    if (!session)
        return false;
    auto entries = session->journal().count(JournalQuery {});
    if (!entries || *entries == 0)
        return false;
    const QDate today = m_journal->clock().today();
    const QDate last = lastBackupDay(m_journal);
    return !last.isValid() || last.daysTo(today) >= kBackupReminderDays;
}

QUrl BackupMaker::suggestedFile() const
{
    const QDir folder(JournalService::exportFolder());
    const QString day
        = m_journal ? m_journal->clock().today().toString(Qt::ISODate) : QStringLiteral("backup");
    QString name = QStringLiteral("kernwijzer-%1%2").arg(day, QLatin1String(backup::kBackupSuffix));
    for (int n = 2; QFileInfo::exists(folder.filePath(name)); ++n)
        name = QStringLiteral("kernwijzer-%1-%2%3")
                   .arg(day)
                   .arg(n)
                   .arg(QLatin1String(backup::kBackupSuffix));
    return QUrl::fromLocalFile(folder.filePath(name));
}

int BackupMaker::minimumLength() const
{
    return backup::kMinimumPassphraseLength;
}

QString BackupMaker::passphraseProblem(const QString& passphrase, const QString& repeat) const
{
    if (const QString problem = backup::passphraseProblem(passphrase); !problem.isEmpty())
        return problem;
    if (passphrase != repeat)
        return tr("The two passphrases are not the same.");
    return {};
}

bool BackupMaker::make(const QUrl& file, const QString& passphrase, const QString& repeat)
{
    m_written.clear();
    m_result.clear();
    if (!m_journal || !m_journal->session()) {
        setError(m_journal ? m_journal->openError() : QString());
        return false;
    }
    if (const QString problem = passphraseProblem(passphrase, repeat); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!path.endsWith(QLatin1String(backup::kBackupSuffix)))
        path += QLatin1String(backup::kBackupSuffix); // restore offers only these files
    if (const QString problem = m_journal->exportTargetProblem(path); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    auto made = backup::writeBackup(*m_journal->session(), path, passphrase);
    if (!made) {
        setError(made.error().message);
        return false;
    }
    setError({});
    m_written = made->path;
    m_result
        = tr("Backup made and checked: %n reflection(s), %1, in %2.", nullptr, made->reflections)
              .arg(QLocale().formattedDataSize(made->bytes), QDir::toNativeSeparators(made->path));
    emit finished();
    emit lastBackupChanged();
    return true;
}

void BackupMaker::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorTextChanged();
}

} // namespace kw
