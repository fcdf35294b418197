#pragma once

#include "common/clock.h"
#include "exchange/teacher_exchange.h"
#include "journal/journal_store.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "pop/pop_year.h"
#include "storage/database.h"
#include "wellbeing/checkin_store.h"

#include <QObject>
#include <memory>

namespace kw {

/**
 * The open journal, shared by every page. Owns the database and the store; models and
 * controllers read and write through store() and call notifyChanged() after a write, so every
 * view refreshes from the same source. Exposed to QML as the singleton "Journal".
 */
class JournalService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready CONSTANT)
    Q_PROPERTY(QString openError READ openError CONSTANT)
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY undoChanged)
    Q_PROPERTY(QString today READ today NOTIFY changed)

public:
    /** Opens (and migrates) the journal at @p path; on failure ready is false and openError says
     * why. */
    JournalService(const QString& path, const SchoolProfile& profile, const Clock& clock,
        QObject* parent = nullptr);
    ~JournalService() override;

    bool ready() const { return m_store != nullptr; }
    QString openError() const { return m_openError; }
    QString path() const { return m_path; }
    bool canUndoRemove() const { return m_lastRemoved != 0; }
    QString today() const;

    /** Where exports are saved unless the teacher chooses: Documents, else the home folder. */
    static QString exportFolder();
    /** Why @p path cannot take an export (it is this journal itself), or an empty string. */
    QString exportTargetProblem(const QString& path) const;

    /** Hides a reflection; returns an error message or an empty string. Undo with undoRemove(). */
    Q_INVOKABLE QString remove(qint64 id);
    Q_INVOKABLE QString undoRemove();

    JournalStore* store() const { return m_store.get(); }
    /** The wellbeing check-ins, kept in the same database; nullptr when it did not open. */
    CheckinStore* checkins() const { return m_checkins.get(); }
    /** The POP (goals, actions, evidence) and the hours ledger, in the same database too. */
    PopStore* pop() const { return m_pop.get(); }
    HoursStore* hours() const { return m_hours.get(); }
    /** The teacher's side of the exchange (school profile, opt-in, contributions). */
    exchange::TeacherExchange* exchange() const { return m_exchange.get(); }
    /** One school year's POP and hours, read consistently (for the PDF export). */
    Result<PopYear> popYear(int schoolYear) const;
    const Clock& clock() const { return m_clock; }
    void notifyChanged() { emit changed(); }

signals:
    void changed();
    void undoChanged();

private:
    QString m_path;
    QString m_openError;
    const Clock& m_clock;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<JournalStore> m_store;
    std::unique_ptr<CheckinStore> m_checkins;
    std::unique_ptr<PopStore> m_pop;
    std::unique_ptr<HoursStore> m_hours;
    std::unique_ptr<exchange::ExchangeStore> m_exchangeStore;
    std::unique_ptr<exchange::TeacherExchange> m_exchange;
    qint64 m_lastRemoved = 0;
};

} // namespace kw
