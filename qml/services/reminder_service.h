#pragma once

#include "reminders/reminder_scheduler.h"
#include "services/journal_service.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <memory>

namespace kw::platform {
class Notifier;
}

namespace kw {

/**
 * The weekly check-in reminder (singleton "Reminders"): the teacher's choice of day and time,
 * kept in the journal, and a notification through the platform when it is due. The
 * notification never contains anything the teacher wrote or scored.
 * Also the waarderingsgesprek two days ahead (TeacherConversations::reminders()): shown in the
 * app while it is due, and notified once per conversation and day.
 */
class ReminderService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int dayOfWeek READ dayOfWeek WRITE setDayOfWeek NOTIFY changed)
    Q_PROPERTY(QString time READ time WRITE setTime NOTIFY changed) ///< "HH:mm"
    Q_PROPERTY(QString nextLabel READ nextLabel NOTIFY changed) ///< "vrijdag 27 november 15:30"
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /** [{conversationId (hex), plannedOn (ISO), leaderName, sent}]: conversations two days
     * ahead; sent is false when only the kept draft has that day. */
    Q_PROPERTY(QVariantList conversations READ conversations NOTIFY conversationsChanged)

public:
    ReminderService(
        JournalService& journal, platform::Notifier& notifier, QObject* parent = nullptr);

    bool available() const;
    bool enabled() const { return m_scheduler.setting().enabled; }
    void setEnabled(bool enabled);
    int dayOfWeek() const { return m_scheduler.setting().dayOfWeek; }
    void setDayOfWeek(int day);
    QString time() const { return m_scheduler.setting().time.toString(QStringLiteral("HH:mm")); }
    void setTime(const QString& time);
    QString nextLabel() const;
    QString error() const { return m_error; }

    /** Reminds now if the moment has passed (also called when the app becomes active again). */
    void check() { m_scheduler.check(); }

    QVariantList conversations() const { return m_conversations; }
    /** Reads the conversations due again and notifies those not notified yet for their day. */
    Q_INVOKABLE void checkConversations();

    /** Reminds, gently and at most once a month, of a backup when the last one (or the first
     * entry, when there never was one) is a month old; called with checkConversations(). */
    void checkBackup();

    /** Names of the weekdays, Monday first, in the UI language (for a picker). */
    Q_INVOKABLE QStringList dayNames() const;

    static const QString stateKey;
    /** Followed by the conversation id (hex): the day its reminder was notified for. */
    static const QString conversationKeyPrefix;
    /** The day the backup month is counted from (first entry seen, or last reminder). */
    static const QString backupKey;

signals:
    void changed();
    void conversationsChanged();

private:
    void apply(const ReminderSetting& setting);
    /** Reads the check-in reminder's setting from the journal (at start and after a restore). */
    void loadSetting();
    void remind();

    JournalService& m_journal;
    platform::Notifier& m_notifier;
    ReminderScheduler m_scheduler;
    QString m_error;
    QVariantList m_conversations;
    QTimer m_conversationTimer; ///< the day changes while the app is open
};

} // namespace kw
