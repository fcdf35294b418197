#pragma once

#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the export screen: writes one school year's POP and hours ledger as a PDF for the
 * bekwaamheidsdossier, where the teacher chooses. Wellbeing data is never part of it (popReport
 * reads only the POP); the text of linked reflections only when the teacher ticks it.
 */
class PopExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY schoolYearChanged)
    Q_PROPERTY(QString schoolYearLabel READ schoolYearLabel NOTIFY schoolYearChanged)
    Q_PROPERTY(bool includeReflectionText MEMBER m_includeText NOTIFY includeReflectionTextChanged)
    /** Documents/POP 2026-2027.pdf: where the file goes unless the teacher picks another place. */
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY schoolYearChanged)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QString errorText READ errorText NOTIFY finished)

public:
    explicit PopExport(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    int schoolYear() const { return m_schoolYear; }
    void setSchoolYear(int year);
    QString schoolYearLabel() const;
    QUrl suggestedFile() const;
    QString writtenPath() const { return m_written; }
    QString errorText() const { return m_error; }

    /** Writes the PDF to @p file (a file: URL); false with errorText when it cannot. */
    Q_INVOKABLE bool exportTo(const QUrl& file);
    /** Forgets the last result (when the screen opens again). */
    Q_INVOKABLE void reset();

signals:
    void journalChanged();
    void schoolYearChanged();
    void includeReflectionTextChanged();
    void finished();

private:
    int shownYear() const;

    QPointer<JournalService> m_journal;
    int m_schoolYear = 0;
    bool m_includeText = false;
    QString m_written;
    QString m_error;
};

} // namespace kw
