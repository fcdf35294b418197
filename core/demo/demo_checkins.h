#pragma once

#include "wellbeing/checkin.h"

#include <QList>

namespace kw {

struct SchoolProfile;

/**
 * Plausible check-ins for the demo teacher: every instrument of @p profile, one per period over
 * the @p weeks before @p today, with a dip in the middle so the trend charts have a story.
 * Deterministic for a given @p seed.
 */
QList<CheckinInput> demoCheckins(
    const SchoolProfile& profile, QDate today, int weeks = 16, quint32 seed = 2026);

} // namespace kw
