#pragma once

#include "services/journal_service.h"

#include <QPointer>

namespace kw {

/**
 * The one setJournal() of the models and controllers that show journal data: stores @p journal
 * in @p slot, emits @p journalChanged, and calls @p refresh now and whenever the journal
 * changes (only the new journal is followed). Returns false, doing nothing, when @p journal is
 * already set.
 */
template <typename Owner>
bool followJournal(Owner* owner, QPointer<JournalService>& slot, JournalService* journal,
    void (Owner::*journalChanged)(), void (Owner::*refresh)())
{
    if (slot == journal)
        return false;
    if (slot)
        QObject::disconnect(slot, nullptr, owner, nullptr);
    slot = journal;
    if (slot)
        QObject::connect(slot, &JournalService::changed, owner, refresh);
    (owner->*journalChanged)();
    (owner->*refresh)();
    return true;
}

} // namespace kw
