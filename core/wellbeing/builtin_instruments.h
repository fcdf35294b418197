#pragma once

#include "profile/school_profile.h"
#include "wellbeing/instrument.h"

namespace kw {

/** The WHO-5 Well-Being Index (free to use), version 1. */
Instrument who5Instrument();
/** The weekly pulse in the project's own words, version 1, with the "blij" and "werkdruk" lists. */
Instrument pulseInstrument();
/** The two pulse questions with the sector's default options. */
QList<ChoiceList> defaultChoiceLists();

/** Gives @p profile the built-in instruments and choice lists, and the demo's support contacts. */
void addDemoWellbeing(SchoolProfile& profile);

} // namespace kw
