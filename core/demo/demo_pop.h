#pragma once

#include "common/result.h"

namespace kw {

class HoursStore;
class JournalStore;
class PopStore;

/**
 * Writes the demo teacher's POP and professionaliseringsuren, as a primary-school teacher would
 * keep them: four goals in the current school year (two active, one idea, one completed) and a
 * completed one in the year before, with actions (done, open, one overdue) and reflections from
 * @p journal linked as evidence; FTE 1.0 from three school years ago and 0.8 from the previous
 * one, and hours entries over those years so saved hours carry in and a few expire this year.
 *
 * Today and the profile come from @p journal; the result is the same for the same journal and
 * day. Everything is checked before the first write. The demo goes into an empty POP only: when
 * there are goals, hours entries or hours settings already, it is refused and nothing changes.
 */
[[nodiscard]] Status writeDemoPop(JournalStore& journal, PopStore& pop, HoursStore& hours);

} // namespace kw
