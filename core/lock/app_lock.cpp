#include "lock/app_lock.h"

#include "common/errors.h"
#include "lock/lock_rules.h"
#include "lock/lock_text.h"
#include "lock/pin_verifier.h"

#include <algorithm>

namespace kw::lock {

const QString AppLock::verifierKey = QStringLiteral("lock/verifier");
const QString AppLock::wrongTriesKey = QStringLiteral("lock/wrong-tries");
const QString AppLock::nextTryKey = QStringLiteral("lock/next-try");
const QString AppLock::backgroundKey = QStringLiteral("lock/background-minutes");

namespace {

Error wrongPin(qint64 waitSeconds)
{
    return invalid(waitSeconds > 0
            ? Text::tr("Wrong PIN or passphrase. Try again in %1.").arg(waitLabel(waitSeconds))
            : Text::tr("Wrong PIN or passphrase."));
}

Status checkNewPin(const QString& pin, const QString& repeated)
{
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return invalid(problem);
    if (pin != repeated)
        return invalid(Text::tr("The two PINs are not the same. Type the same one twice."));
    return {};
}

Error notSecured()
{
    return Error { Error::Code::Io,
        Text::tr("The PIN could not be secured: the device is short of memory. Close other apps "
                 "and try again.") };
}

} // namespace

QString waitLabel(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

AppLock::AppLock(sql::Database& db, const Clock& clock)
    : m_db(db)
    , m_state(db)
    , m_clock(clock)
{ }

Result<LockState> AppLock::state()
{
    LockState state;
    auto verifier = m_state.value(verifierKey);
    if (!verifier)
        return verifier.error();
    state.enabled = verifier->has_value();
    auto tries = m_state.value(wrongTriesKey);
    if (!tries)
        return tries.error();
    state.wrongTries = tries->has_value() ? std::max(0, (*tries)->toInt()) : 0;
    auto next = m_state.value(nextTryKey);
    if (!next)
        return next.error();
    if (next->has_value())
        state.nextTryAt = QDateTime::fromString(**next, Qt::ISODateWithMs);
    auto minutes = m_state.value(backgroundKey);
    if (!minutes)
        return minutes.error();
    if (minutes->has_value() && isBackgroundChoice((*minutes)->toInt()))
        state.backgroundMinutes = (*minutes)->toInt();
    else
        state.backgroundMinutes = kDefaultBackgroundMinutes;
    return state;
}

qint64 AppLock::secondsLeft(const LockState& state, const QDateTime& now)
{
    if (!state.nextTryAt.isValid())
        return 0;
    // Rounded up, so "0:00" never shows while a try is still refused; a clock set back since the
    // wrong try cannot stretch the wait beyond what the rules give.
    const qint64 ms = now.msecsTo(state.nextTryAt);
    const qint64 seconds = ms <= 0 ? 0 : (ms + 999) / 1000;
    return std::min<qint64>(seconds, waitAfter(state.wrongTries).count());
}

Result<qint64> AppLock::secondsUntilNextTry()
{
    auto current = state();
    if (!current)
        return current.error();
    return secondsLeft(*current, m_clock.now());
}

Status AppLock::checkPin(const QString& pin)
{
    auto current = state();
    if (!current)
        return current.error();
    if (!current->enabled)
        return invalid(Text::tr("The app lock is off."));
    const QDateTime now = m_clock.now();
    if (const qint64 wait = secondsLeft(*current, now); wait > 0)
        return invalid(Text::tr("Too many wrong tries. Try again in %1.").arg(waitLabel(wait)));
    auto verifier = m_state.value(verifierKey);
    if (!verifier)
        return verifier.error();

    // Counted before the check: killing the app while the PIN is checked does not undo the try.
    const int tries = current->wrongTries + 1;
    const qint64 wait = waitAfter(tries).count();
    {
        sql::Transaction tx(m_db);
        if (!tx.began())
            return tx.status();
        if (Status s = m_state.setValue(wrongTriesKey, QString::number(tries)); !s)
            return s;
        if (Status s = wait > 0 ? m_state.setValue(
                           nextTryKey, now.addSecs(wait).toUTC().toString(Qt::ISODateWithMs))
                                : m_state.remove(nextTryKey);
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    if (!matchesVerifier(**verifier, pin))
        return wrongPin(wait);
    return forgetTries();
}

Status AppLock::forgetTries()
{
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = m_state.remove(wrongTriesKey); !s)
        return s;
    if (Status s = m_state.remove(nextTryKey); !s)
        return s;
    return tx.commit();
}

Status AppLock::enable(const QString& pin, const QString& repeated)
{
    auto current = state();
    if (!current)
        return current.error();
    if (current->enabled)
        return invalid(
            Text::tr("The app lock is on already: change its PIN with the current one."));
    if (Status s = checkNewPin(pin, repeated); !s)
        return s;
    const QString verifier = makeVerifier(pin);
    if (verifier.isEmpty())
        return notSecured();
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = m_state.setValue(verifierKey, verifier); !s)
        return s;
    if (Status s = m_state.remove(wrongTriesKey); !s)
        return s;
    if (Status s = m_state.remove(nextTryKey); !s)
        return s;
    return tx.commit();
}

Status AppLock::change(const QString& current, const QString& pin, const QString& repeated)
{
    // The new PIN's problems first: a typo in it does not cost a try.
    if (Status s = checkNewPin(pin, repeated); !s)
        return s;
    if (Status s = checkPin(current); !s)
        return s;
    const QString verifier = makeVerifier(pin);
    if (verifier.isEmpty())
        return notSecured();
    return m_state.setValue(verifierKey, verifier);
}

Status AppLock::disable(const QString& current)
{
    if (Status s = checkPin(current); !s)
        return s;
    return m_state.remove(verifierKey);
}

Status AppLock::unlock(const QString& pin)
{
    return checkPin(pin);
}

Status AppLock::unlockedByPlatform()
{
    return forgetTries();
}

Status AppLock::setBackgroundMinutes(int minutes)
{
    if (!isBackgroundChoice(minutes))
        return invalid(Text::tr("Choose one of the offered times."));
    return m_state.setValue(backgroundKey, QString::number(minutes));
}

} // namespace kw::lock
