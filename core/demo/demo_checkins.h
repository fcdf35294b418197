#pragma once

#include "wellbeing/checkin.h"

#include <QList>
#include <QRandomGenerator>
#include <functional>

namespace kw {

struct ChoiceList;
struct Instrument;
struct SchoolProfile;

/** How a simulated person feels about item @p item of @p in: 0 (the scale's lowest) to 1. */
using ItemLevel = std::function<double(const Instrument& in, int item)>;
/** The options a simulated person picks from @p list. */
using PickOptions = std::function<QStringList(const ChoiceList& list, QRandomGenerator& rng)>;

/**
 * One simulated check-in of @p in on @p day: each item at its level, give or take one step of
 * the scale, and for each choice list the instrument asks, what @p pick chooses. The demo
 * teacher and the simulated school (demo_school.h) both make their check-ins here.
 */
CheckinInput simulatedCheckin(const SchoolProfile& profile, const Instrument& in, QDate day,
    const ItemLevel& level, const PickOptions& pick, QRandomGenerator& rng);

/** Up to @p count options of @p list, each drawn uniformly (a draw picked twice counts once). */
QStringList pickUniformly(const ChoiceList& list, int count, QRandomGenerator& rng);

/**
 * Plausible check-ins for the demo teacher: every instrument of @p profile, one per period over
 * the @p weeks before @p today, with a dip in the middle so the trend charts have a story.
 * Deterministic for a given @p seed.
 */
QList<CheckinInput> demoCheckins(
    const SchoolProfile& profile, QDate today, int weeks = 16, quint32 seed = 2026);

} // namespace kw
