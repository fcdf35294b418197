#pragma once

#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the restore page (from Instellingen, and on the first start next to starting fresh):
 * the backup chosen and what its plain header says, whether the journal on this device holds
 * entries (then restoring asks first and keeps it as a file beside the restored one), and the
 * restore itself: core/backup's decryptBackup() into a file beside the journal, then
 * JournalService::replaceWith(). A wrong passphrase, a damaged or newer backup changes nothing
 * and errorText says why.
 */
class BackupRestorer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    /** The backup to restore; setting it reads its header. */
    Q_PROPERTY(QUrl file READ file WRITE setFile NOTIFY fileChanged)
    /** The chosen file is a backup this version can read (its header, not yet its content). */
    Q_PROPERTY(bool fileReadable READ fileReadable NOTIFY fileChanged)
    /** "Made on 1 December 2026 at 10:02 by Kernwijzer 0.9.0", or "" without a readable file. */
    Q_PROPERTY(QString fileText READ fileText NOTIFY fileChanged)
    /** The journal on this device holds entries: restoring replaces them (they are kept). */
    Q_PROPERTY(bool replacesEntries READ replacesEntries NOTIFY journalChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY finished)
    /** Where the journal that was replaced is kept; "" when nothing needed keeping. */
    Q_PROPERTY(QString keptPath READ keptPath NOTIFY finished)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit BackupRestorer(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    QUrl file() const { return m_file; }
    void setFile(const QUrl& file);
    bool fileReadable() const { return !m_fileText.isEmpty(); }
    QString fileText() const { return m_fileText; }
    bool replacesEntries() const;
    QString resultText() const { return m_result; }
    QString keptPath() const { return m_kept; }
    QString errorText() const { return m_error; }

    /**
     * Restores file() with @p passphrase in place of the journal. When replacesEntries, @p
     * replaceConfirmed must be true (the teacher said yes to keeping the old journal aside).
     * False (nothing changed) with errorText.
     */
    Q_INVOKABLE bool restore(const QString& passphrase, bool replaceConfirmed);

signals:
    void journalChanged();
    void fileChanged();
    void finished();
    void errorTextChanged();

private:
    void setError(const QString& message);

    QPointer<JournalService> m_journal;
    QUrl m_file;
    QString m_fileText;
    QString m_result;
    QString m_kept;
    QString m_error;
};

} // namespace kw
