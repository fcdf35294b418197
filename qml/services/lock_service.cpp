#include "services/lock_service.h"

#include "biometric_unlock.h"
#include "lock/lock_rules.h"

#include <QGuiApplication>

namespace kw {

LockService::Cover LockService::platformCover()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return Cover::WhenInactive;
#else
    // A desktop window is inactive whenever another window has the focus: covering it then
    // would hide the journal from its own user. It still locks after the background delay.
    return Cover::Never;
#endif
}

LockService::LockService(
    JournalService& journal, platform::BiometricUnlock& biometrics, Cover cover, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_biometrics(biometrics)
    , m_cover(cover)
{
    openLock();
    // A restored backup brings its own lock setting; the teacher who restored it stays in.
    connect(&m_journal, &JournalService::replaced, this, [this] {
        openLock();
        refresh();
    });
    m_backgroundTimer.setSingleShot(true);
    connect(&m_backgroundTimer, &QTimer::timeout, this, &LockService::lockNow);
    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &LockService::updateWait);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
            &LockService::applicationStateChanged);
    refresh();
    m_locked = m_enabled; // the app opens locked
}

void LockService::openLock()
{
    m_lock.reset();
    if (TeacherSession* session = m_journal.session())
        m_lock.emplace(session->database(), m_journal.clock());
}

void LockService::refresh()
{
    if (!m_lock)
        return;
    auto state = m_lock->state();
    if (!state) {
        m_error = state.error().message;
        emit changed();
        return;
    }
    const bool moved
        = state->enabled != m_enabled || state->backgroundMinutes != m_backgroundMinutes;
    m_enabled = state->enabled;
    m_backgroundMinutes = state->backgroundMinutes;
    if (!m_enabled)
        m_locked = false;
    if (moved)
        emit changed();
    updateWait();
}

void LockService::updateWait()
{
    auto seconds = m_lock ? m_lock->secondsUntilNextTry() : Result<qint64>(qint64(0));
    const int wait = seconds ? int(*seconds) : 0;
    if (wait > 0)
        m_waitTimer.start();
    else
        m_waitTimer.stop();
    if (wait == m_secondsUntilNextTry)
        return;
    m_secondsUntilNextTry = wait;
    emit waitChanged();
}

QString LockService::answer(const Status& status)
{
    refresh();
    updateWait();
    return status ? QString() : status.error().message;
}

QString LockService::unlock(const QString& pin)
{
    if (!m_lock || !m_enabled)
        return {};
    const Status s = m_lock->unlock(pin);
    if (s && m_locked) {
        m_locked = false;
        m_error.clear();
        emit changed();
    }
    return answer(s);
}

void LockService::lockNow()
{
    if (!m_enabled || m_locked)
        return;
    m_locked = true;
    emit changed();
}

QString LockService::enable(const QString& pin, const QString& repeated)
{
    if (!m_lock)
        return m_journal.openError();
    return answer(m_lock->enable(pin, repeated));
}

QString LockService::change(const QString& current, const QString& pin, const QString& repeated)
{
    if (!m_lock)
        return m_journal.openError();
    return answer(m_lock->change(current, pin, repeated));
}

QString LockService::disable(const QString& current)
{
    if (!m_lock)
        return m_journal.openError();
    return answer(m_lock->disable(current));
}

void LockService::setBackgroundMinutes(int minutes)
{
    if (!m_lock || minutes == m_backgroundMinutes)
        return;
    const Status s = m_lock->setBackgroundMinutes(minutes);
    m_error = s ? QString() : s.error().message;
    if (!s)
        emit changed(); // the choice stays as it was: show why
    refresh();
}

QVariantList LockService::backgroundChoices()
{
    QVariantList choices;
    for (const int minutes : lock::kBackgroundChoices)
        choices << minutes;
    return choices;
}

bool LockService::biometricAvailable() const
{
    return m_biometrics.available();
}

void LockService::unlockWithBiometrics()
{
    if (!m_locked)
        return;
    m_biometrics.request(tr("Unlock Kernwijzer"), [this](bool unlocked, const QString& message) {
        if (!unlocked) {
            m_error = message;
            emit changed();
            return;
        }
        const Status s = m_lock->unlockedByPlatform();
        m_error = s ? QString() : s.error().message;
        m_locked = !s;
        emit changed();
        updateWait();
    });
}

QString LockService::pinProblem(const QString& pin) const
{
    return lock::pinProblem(pin);
}

void LockService::applicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive) {
        m_backgroundTimer.stop();
        const bool timeIsUp = m_enabled && m_inBackgroundSince.isValid()
            && m_inBackgroundSince.secsTo(m_journal.clock().now()) >= 60 * m_backgroundMinutes;
        m_inBackgroundSince = QDateTime();
        const bool moved = m_covered || (timeIsUp && !m_locked);
        m_covered = false;
        m_locked = m_locked || timeIsUp;
        if (moved)
            emit changed();
        return;
    }
    if (!m_enabled || m_inBackgroundSince.isValid())
        return;
    m_inBackgroundSince = m_journal.clock().now();
    // A window left behind others locks when the time is up; a suspended phone's timers may not
    // run, so coming back checks the clock as well.
    m_backgroundTimer.start(60 * 1000 * m_backgroundMinutes);
    if (m_cover == Cover::WhenInactive && !m_covered) {
        m_covered = true;
        emit changed();
    }
}

} // namespace kw
