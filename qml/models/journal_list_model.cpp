#include "models/journal_list_model.h"

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

} // namespace kw
