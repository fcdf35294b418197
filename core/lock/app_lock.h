#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "storage/app_state_store.h"
#include "storage/database.h"

#include <QDateTime>

namespace kw::lock {

/** What the lock keeps in the journal, read at once. */
struct LockState
{
    bool enabled = false;
    int wrongTries = 0; ///< wrong tries in a row since the last right one
    QDateTime nextTryAt; ///< invalid: a try is allowed now
    int backgroundMinutes = 2;
};

/**
 * The teacher's app lock, kept in the journal's app state (AppStateStore): whether it is on, the
 * verifier of the PIN or passphrase (pin_verifier.h; never the PIN itself), the wrong tries in a
 * row and when the next try is allowed (so quitting the app does not reset the wait), and the
 * minutes in the background before it locks again.
 *
 * Every check of the PIN (unlock, change, disable) counts as a wrong try before the PIN is
 * checked and is forgotten only when it was right, so a process killed during the check
 * gains nothing. Times come from @p clock; a clock set back cannot make a wait longer than the
 * rules give (lock_rules.h).
 */
class AppLock
{
public:
    AppLock(sql::Database& db, const Clock& clock);

    [[nodiscard]] Result<LockState> state();
    /** Seconds before the next try is allowed; 0 when one is allowed now. */
    [[nodiscard]] Result<qint64> secondsUntilNextTry();

    /** Turns the lock on with @p pin, typed twice; refused while it is on (use change()). */
    [[nodiscard]] Status enable(const QString& pin, const QString& repeated);
    /** Replaces the PIN; needs the current one (a try, as unlock() counts it). */
    [[nodiscard]] Status change(
        const QString& current, const QString& pin, const QString& repeated);
    /** Turns the lock off; needs the current PIN. */
    [[nodiscard]] Status disable(const QString& current);
    /** Whether @p pin opens the lock: ok, or why not (wrong, or a wait still running). */
    [[nodiscard]] Status unlock(const QString& pin);
    /** The platform's biometrics opened the lock: the wrong tries are forgotten. */
    [[nodiscard]] Status unlockedByPlatform();
    /** "Lock after N minutes in the background": one of kBackgroundChoices. */
    [[nodiscard]] Status setBackgroundMinutes(int minutes);

    static const QString verifierKey;
    static const QString wrongTriesKey;
    static const QString nextTryKey;
    static const QString backgroundKey;

private:
    /** Counts a try, checks @p pin against the verifier, and forgets the tries when it fits. */
    [[nodiscard]] Status checkPin(const QString& pin);
    [[nodiscard]] Status forgetTries();
    static qint64 secondsLeft(const LockState& state, const QDateTime& now);

    sql::Database& m_db;
    AppStateStore m_state;
    const Clock& m_clock;
};

/** "1:30": minutes and seconds of a wait, as the lock screen counts it down. */
QString waitLabel(qint64 seconds);

} // namespace kw::lock
