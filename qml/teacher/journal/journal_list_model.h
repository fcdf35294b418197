#pragma once

#include "services/journal_binding.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Base of the list models that read the journal: holds the REQUIRED journal property and calls
 * refresh() whenever it is set or the journal changes, so every view shows the same data.
 */
class JournalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)

public:
    using QAbstractListModel::QAbstractListModel;

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);

signals:
    void journalChanged();

protected:
    /** Re-reads everything from the journal (inside beginResetModel/endResetModel). */
    virtual void refresh() = 0;
    /** The store when the journal is open, else nullptr. */
    JournalStore* store() const { return m_journal ? m_journal->store() : nullptr; }
    PopStore* pop() const { return m_journal ? m_journal->pop() : nullptr; }
    HoursStore* hours() const { return m_journal ? m_journal->hours() : nullptr; }
    /** Why a write cannot go ahead when the journal did not open. */
    QString notOpenError() const { return m_journal ? m_journal->openError() : QString(); }
    /** The message of a failed write, or "" after telling every view of the change. */
    QString afterWrite(const Status& status);
    /** Links (or unlinks) a reflection as evidence of a goal; an error message or "". */
    QString setEvidenceLink(qint64 goalId, qint64 reflectionId, bool linked);

private:
    QPointer<JournalService> m_journal;
};

} // namespace kw
