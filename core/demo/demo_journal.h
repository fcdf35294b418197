#pragma once

#include "journal/reflection.h"

#include <QList>

namespace kw {

struct SchoolProfile;

/**
 * Plausible reflections for the demo school and for benchmarks: @p count entries spread over the
 * @p days before and including @p today, deterministic for a given @p seed.
 */
QList<Reflection> demoReflections(
    const SchoolProfile& profile, int count, QDate today, int days = 365, quint32 seed = 2026);

} // namespace kw
