#include "services/reminder_service.h"

#include "notifier.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>

namespace kw {

const QString ReminderService::stateKey = QStringLiteral("reminder/checkin");

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
                if (s == Qt::ApplicationActive)
                    check();
            });
    }
    if (!m_journal.store())
        return;
    auto saved = m_journal.appState()->value(stateKey);
    if (saved && saved->has_value())
        m_scheduler.setSetting(
            ReminderSetting::fromJson(QJsonDocument::fromJson(saved->value().toUtf8()).object()));
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

void ReminderService::remind()
{
    m_notifier.notify(tr("Kernwijzer"), tr("Time for your check-in: about 20 seconds."));
    emit changed(); // the next moment moved on
}

} // namespace kw
