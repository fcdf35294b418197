#include "services/reminder_service.h"

#include "backup/journal_backup.h"
#include "conversation/teacher_conversations.h"
#include "notifier.h"
#include "reminders/backup_reminder.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>

namespace kw {

const QString ReminderService::stateKey = QStringLiteral("reminder/checkin");
const QString ReminderService::conversationKeyPrefix = QStringLiteral("reminder/gesprek/");
const QString ReminderService::backupKey = QStringLiteral("reminder/backup");

ReminderService::ReminderService(
    JournalService& journal, platform::Notifier& notifier, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_notifier(notifier)
    , m_scheduler(journal.clock())
{
    connect(&m_scheduler, &ReminderScheduler::due, this, &ReminderService::remind);
    // A phone or laptop that slept past the moment reminds as soon as the app is in front again.
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        connect(
            app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
                if (s == Qt::ApplicationActive) {
                    check();
                    checkConversations();
                    checkBackup();
                }
            });
    }
    m_conversationTimer.setInterval(15 * 60 * 1000);
    connect(&m_conversationTimer, &QTimer::timeout, this, &ReminderService::checkConversations);
    // A preparation sent or a verslag imported changes what is due.
    connect(&m_journal, &JournalService::changed, this, &ReminderService::checkConversations);
    connect(&m_conversationTimer, &QTimer::timeout, this, &ReminderService::checkBackup);
    // A restored backup brings its own reminder setting.
    connect(&m_journal, &JournalService::replaced, this, &ReminderService::loadSetting);
    if (!m_journal.store())
        return;
    m_conversationTimer.start();
    checkConversations();
    checkBackup();
    loadSetting();
}

void ReminderService::loadSetting()
{
    m_error.clear();
    ReminderSetting setting;
    auto saved = m_journal.appState() ? m_journal.appState()->value(stateKey)
                                      : Result<std::optional<QString>>(std::nullopt);
    if (saved && saved->has_value())
        setting
            = ReminderSetting::fromJson(QJsonDocument::fromJson(saved->value().toUtf8()).object());
    m_scheduler.setSetting(setting);
    emit changed();
}

void ReminderService::checkBackup()
{
    TeacherSession* session = m_journal.session();
    if (!session)
        return;
    auto entries = session->journal().count(JournalQuery {});
    if (!entries || *entries == 0)
        return; // nothing to lose yet
    const QDate today = m_journal.clock().today();
    auto counted = session->appState().value(backupKey);
    if (!counted)
        return;
    if (!counted->has_value()) { // the first entry seen: the month starts today
        (void)session->appState().setValue(backupKey, today.toString(Qt::ISODate));
        return;
    }
    auto last = backup::lastBackupAt(*session);
    const QDate lastBackup
        = last && last->has_value() ? last->value().toLocalTime().date() : QDate();
    if (!backupReminderDue(today, lastBackup, QDate::fromString(counted->value(), Qt::ISODate)))
        return;
    if (m_notifier.notify(tr("Kernwijzer"),
            tr("Your journal has not been backed up for a month. A backup takes a minute: "
               "Settings, Backup.")))
        (void)session->appState().setValue(backupKey, today.toString(Qt::ISODate));
}

bool ReminderService::available() const
{
    return m_notifier.available() && m_journal.store();
}

void ReminderService::apply(const ReminderSetting& setting)
{
    if (setting == m_scheduler.setting())
        return;
    m_error.clear();
    if (m_journal.store()) {
        const QString json
            = QString::fromUtf8(QJsonDocument(setting.toJson()).toJson(QJsonDocument::Compact));
        if (Status s = m_journal.appState()->setValue(stateKey, json); !s) {
            m_error = s.error().message; // the choice is not kept: show why, leave it as it was
            emit changed();
            return;
        }
    }
    m_scheduler.setSetting(setting);
    emit changed();
}

void ReminderService::setEnabled(bool enabled)
{
    ReminderSetting s = m_scheduler.setting();
    s.enabled = enabled;
    apply(s);
}

void ReminderService::setDayOfWeek(int day)
{
    if (day < 1 || day > 7)
        return;
    ReminderSetting s = m_scheduler.setting();
    s.dayOfWeek = day;
    apply(s);
}

void ReminderService::setTime(const QString& time)
{
    const QTime parsed = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!parsed.isValid())
        return;
    ReminderSetting s = m_scheduler.setting();
    s.time = parsed;
    apply(s);
}

QString ReminderService::nextLabel() const
{
    const auto next = m_scheduler.next();
    return next ? QLocale().toString(*next, QStringLiteral("dddd d MMMM HH:mm")) : QString();
}

QStringList ReminderService::dayNames() const
{
    QStringList names;
    for (int day = 1; day <= 7; ++day)
        names << QLocale().standaloneDayName(day, QLocale::LongFormat);
    return names;
}

void ReminderService::checkConversations()
{
    QVariantList due;
    if (TeacherSession* session = m_journal.session()) {
        conversation::TeacherConversations conversations(*session);
        auto reminders = conversations.reminders(m_journal.clock().today());
        for (const conversation::ConversationReminder& r :
            reminders ? *reminders : QList<conversation::ConversationReminder>()) {
            const QString id = QString::fromLatin1(r.conversationId.toHex());
            const QString day = r.plannedOn.toString(Qt::ISODate);
            due << QVariantMap { { QStringLiteral("conversationId"), id },
                { QStringLiteral("plannedOn"), day },
                { QStringLiteral("leaderName"), r.leaderName },
                { QStringLiteral("sent"), r.sent } };
            // Once per conversation and day: a moved conversation is reminded of again.
            const QString key = conversationKeyPrefix + id;
            auto notified = session->appState().value(key);
            if (!notified || (notified->has_value() && notified->value() == day))
                continue;
            const QString when = QLocale().toString(r.plannedOn, QStringLiteral("dddd d MMMM"));
            const QString body = r.sent
                ? tr("Your waarderingsgesprek is on %1. Read your preparation again.").arg(when)
                : tr("Your waarderingsgesprek is on %1 and your preparation has not been sent "
                     "yet.")
                      .arg(when);
            if (m_notifier.notify(tr("Kernwijzer"), body))
                (void)session->appState().setValue(key, day); // not kept: reminded again later
        }
    }
    if (due == m_conversations)
        return;
    m_conversations = due;
    emit conversationsChanged();
}

void ReminderService::remind()
{
    m_notifier.notify(tr("Kernwijzer"), tr("Time for your check-in: about 20 seconds."));
    emit changed(); // the next moment moved on
}

} // namespace kw
