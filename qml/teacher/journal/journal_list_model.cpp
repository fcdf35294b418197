#include "teacher/journal/journal_list_model.h"

namespace kw {

void JournalListModel::setJournal(JournalService* journal)
{
    followJournal(
        this, m_journal, journal, &JournalListModel::journalChanged, &JournalListModel::refresh);
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
