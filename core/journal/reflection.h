#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace kw {

struct SchoolProfile;

/** A short journal entry: what happened, which kernwaarden it touched, how it went. */
struct Reflection
{
    qint64 id = 0; ///< 0 until saved
    QString text;
    QDate day; ///< the day it happened (defaults to today in the UI)
    QStringList valueIds; ///< kernwaarde ids from the profile, at least one
    int outcome = 0; ///< "hoe ging het", 1–5
    std::optional<int> energy; ///< 1–5, optional
    QStringList tagIds; ///< context tags from the profile, optional
    QDateTime created;
    QDateTime edited;
};

namespace reflection_rules {
/** Longer than this is not a short reflection (and guards against a stray 100 000-char paste). */
inline constexpr int maxTextLength = 4000;
inline constexpr int minScore = 1;
inline constexpr int maxScore = 5;

/** The one check every reflection passes before it is stored; the first broken rule wins. */
[[nodiscard]] Status validate(
    const Reflection& reflection, const SchoolProfile& profile, QDate today);
} // namespace reflection_rules

} // namespace kw
