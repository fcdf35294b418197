#include "lock/lock_rules.h"

#include "lock/lock_text.h"

#include <algorithm>

namespace kw::lock {

QString pinProblem(const QString& pin)
{
    if (pin.isEmpty())
        return Text::tr("Type a PIN of at least %1 digits, or a passphrase.").arg(kPinDigits);
    if (pin.size() > kLongestSecret)
        return Text::tr("This passphrase is longer than %1 characters.").arg(kLongestSecret);
    const bool digitsOnly
        = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); });
    if (digitsOnly && pin.size() < kPinDigits)
        return Text::tr("A PIN has at least %1 digits.").arg(kPinDigits);
    if (!digitsOnly && pin.size() < kPassphraseLength)
        return Text::tr("A passphrase has at least %1 characters.").arg(kPassphraseLength);
    if (pin.trimmed() != pin)
        return Text::tr("A passphrase does not start or end with a space.");
    return {};
}

std::chrono::seconds waitAfter(int wrongTries)
{
    if (wrongTries < kFreeTries)
        return std::chrono::seconds(0);
    // 30 s, 60 s, 120 s, …: the shift is capped well before it could overflow.
    const int doublings = std::min(wrongTries - kFreeTries, 16);
    return std::min<std::chrono::seconds>(kFirstWait * (qint64(1) << doublings), kLongestWait);
}

bool isBackgroundChoice(int minutes)
{
    return std::find(std::begin(kBackgroundChoices), std::end(kBackgroundChoices), minutes)
        != std::end(kBackgroundChoices);
}

} // namespace kw::lock
