#pragma once

#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the backup page and the backup lines in Instellingen: when the last backup was made,
 * whether a new one is due, the rules a passphrase must meet, and making one (core/backup's
 * writeBackup(): a snapshot of the open journal, encrypted with the passphrase, written under a
 * temporary name, read back and checked, then put where the teacher chose). A refused or failed
 * backup leaves nothing behind and errorText says why.
 */
class BackupMaker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    /** "Last backup: 1 December 2026" or "No backup made yet". */
    Q_PROPERTY(QString lastBackupText READ lastBackupText NOTIFY lastBackupChanged)
    /** A month or more since the last backup (or never one) while the journal holds entries. */
    Q_PROPERTY(bool overdue READ overdue NOTIFY lastBackupChanged)
    /** A file in Documents named for today that does not exist yet. */
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY lastBackupChanged)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QString resultText READ resultText NOTIFY finished)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit BackupMaker(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    QString lastBackupText() const;
    bool overdue() const;
    QUrl suggestedFile() const;
    int minimumLength() const;
    QString writtenPath() const { return m_written; }
    QString resultText() const { return m_result; }
    QString errorText() const { return m_error; }

    /** Why @p passphrase and its @p repeat cannot protect a backup yet; empty when they can. */
    Q_INVOKABLE QString passphraseProblem(const QString& passphrase, const QString& repeat) const;
    /** Makes a backup at @p file; false (nothing written) with errorText. */
    Q_INVOKABLE bool make(const QUrl& file, const QString& passphrase, const QString& repeat);

signals:
    void journalChanged();
    void lastBackupChanged();
    void finished();
    void errorTextChanged();

private:
    void setError(const QString& message);

    QPointer<JournalService> m_journal;
    QString m_written;
    QString m_result;
    QString m_error;
};

} // namespace kw
