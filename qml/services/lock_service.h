#pragma once

#include "lock/app_lock.h"
#include "lock/lock_rules.h"
#include "services/journal_service.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <optional>

namespace kw::platform {
class BiometricUnlock;
}

namespace kw {

/**
 * The teacher's app lock (singleton "Lock"), over the journal's lock::AppLock. Locked when the
 * app starts with the lock on, and again when the app was in the background (not the active
 * application) for the chosen minutes. On a phone the content is covered as soon as the app is
 * no longer active, so the task switcher's preview shows nothing (covered). The window does not
 * create the teacher's pages while locked (Main.qml).
 *
 * The lock belongs to the teacher's journal: without an open journal it is off.
 */
class LockService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    /** Inactive on a phone with the lock on: the window shows a plain cover. */
    Q_PROPERTY(bool covered READ covered NOTIFY changed)
    Q_PROPERTY(int secondsUntilNextTry READ secondsUntilNextTry NOTIFY waitChanged)
    Q_PROPERTY(QString waitLabel READ waitLabel NOTIFY waitChanged) ///< "0:30"
    Q_PROPERTY(
        int backgroundMinutes READ backgroundMinutes WRITE setBackgroundMinutes NOTIFY changed)
    Q_PROPERTY(QVariantList backgroundChoices READ backgroundChoices CONSTANT)
    /** Where backgroundMinutes is in backgroundChoices (for a picker). */
    Q_PROPERTY(int backgroundIndex READ backgroundIndex NOTIFY changed)
    Q_PROPERTY(bool biometricAvailable READ biometricAvailable CONSTANT)
    /** Why the last settings change or biometric unlock did not happen; empty when it did. */
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    /** Whether the content is covered while the app is inactive (a phone's task switcher). */
    enum class Cover { WhenInactive, Never };
    /** The cover of the platform this binary was built for: Android and iOS cover. */
    static Cover platformCover();

    LockService(JournalService& journal, platform::BiometricUnlock& biometrics, Cover cover,
        QObject* parent = nullptr);

    bool enabled() const { return m_enabled; }
    bool locked() const { return m_locked; }
    bool covered() const { return m_covered; }
    int secondsUntilNextTry() const { return m_secondsUntilNextTry; }
    QString waitLabel() const { return lock::waitLabel(m_secondsUntilNextTry); }
    int backgroundMinutes() const { return m_backgroundMinutes; }
    void setBackgroundMinutes(int minutes);
    static QVariantList backgroundChoices();
    int backgroundIndex() const { return int(backgroundChoices().indexOf(m_backgroundMinutes)); }
    bool biometricAvailable() const;
    QString error() const { return m_error; }

    /** Opens the lock with @p pin; an empty string, or why not (wrong, or still waiting). */
    Q_INVOKABLE QString unlock(const QString& pin);
    /** Locks at once (when the lock is on). */
    Q_INVOKABLE void lockNow();
    /** Turns the lock on with @p pin, typed twice (@p repeated); "" or why not. */
    Q_INVOKABLE QString enable(const QString& pin, const QString& repeated);
    Q_INVOKABLE QString change(const QString& current, const QString& pin, const QString& repeated);
    Q_INVOKABLE QString disable(const QString& current);
    /** Asks the platform's biometrics; unlocks when they say yes, else error says why. */
    Q_INVOKABLE void unlockWithBiometrics();
    /** Why @p pin cannot be a new PIN, or "" (for the dialog, while typing). */
    Q_INVOKABLE QString pinProblem(const QString& pin) const;

public slots:
    /** Follows the application's state (connected to QGuiApplication in the constructor). */
    void applicationStateChanged(Qt::ApplicationState state);

signals:
    void changed();
    void waitChanged();

private:
    /** Reads what the journal keeps; emits changed() or waitChanged() when something moved. */
    void refresh();
    void updateWait();
    QString answer(const Status& status);
    /** The lock over the journal open now (again after a restore: the old one's is gone). */
    void openLock();

    JournalService& m_journal;
    platform::BiometricUnlock& m_biometrics;
    Cover m_cover;
    std::optional<lock::AppLock> m_lock;
    bool m_enabled = false;
    bool m_locked = false;
    bool m_covered = false;
    int m_secondsUntilNextTry = 0;
    int m_backgroundMinutes = lock::kDefaultBackgroundMinutes;
    QString m_error;
    QDateTime m_inBackgroundSince; ///< invalid while the app is active
    QTimer m_backgroundTimer; ///< locks a window left open behind others
    QTimer m_waitTimer; ///< counts the wait down
};

} // namespace kw
