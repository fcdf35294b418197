#include "teacher/journal/journal_list_model.h"

namespace kw {

void JournalListModel::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (m_journal)
        connect(m_journal, &JournalService::changed, this, &JournalListModel::refresh);
    emit journalChanged();
    refresh();
}

QString JournalListModel::afterWrite(const Status& status)
{
    if (!status)
        return status.error().message;
    m_journal->notifyChanged();
    return {};
}

QString JournalListModel::setEvidenceLink(qint64 goalId, qint64 reflectionId, bool linked)
{
    if (!pop())
        return notOpenError();
    return afterWrite(linked ? pop()->linkEvidence(goalId, reflectionId)
                             : pop()->unlinkEvidence(goalId, reflectionId));
}

} // namespace kw
