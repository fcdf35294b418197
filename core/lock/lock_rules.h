#pragma once

#include "common/result.h"

#include <QString>
#include <chrono>

/** The app lock's rules as pure functions: what a PIN must be and how long wrong tries wait. */
namespace kw::lock {

/** Wrong tries allowed before the first wait. */
inline constexpr int kFreeTries = 5;
inline constexpr std::chrono::seconds kFirstWait { 30 };
inline constexpr std::chrono::seconds kLongestWait { 15 * 60 };
/** A PIN of digits only needs this many; a passphrase (anything else) kPassphraseLength. */
inline constexpr int kPinDigits = 4;
inline constexpr int kPassphraseLength = 6;
inline constexpr int kLongestSecret = 256;

/**
 * Why @p pin cannot be the lock's PIN or passphrase (translated, one line), or an empty string:
 * at least 4 digits, or a passphrase of at least 6 characters that is not only digits.
 */
QString pinProblem(const QString& pin);

/**
 * The wait after @p wrongTries wrong tries in a row: none for the first kFreeTries - 1, then
 * 30 s after the fifth, doubling with every further one up to 15 minutes.
 */
std::chrono::seconds waitAfter(int wrongTries);

/** The choices for "lock after N minutes in the background"; 0 locks at once. */
inline constexpr int kBackgroundChoices[] = { 0, 1, 2, 5, 15 };
inline constexpr int kDefaultBackgroundMinutes = 2;
bool isBackgroundChoice(int minutes);

} // namespace kw::lock
