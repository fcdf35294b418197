#pragma once

#include "common/result.h"
#include "wellbeing/instrument.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace kw {

/** Answers in the instrument's item order; nullopt for an item left open. */
using Answers = QList<std::optional<int>>;
/** Choice list id → the option ids picked. */
using Selections = QMap<QString, QStringList>;

struct Score
{
    double value = 0; ///< WHO-5: 0–100; the pulse: the mean of the answered items
    Band band = Band::Ok;
    int answered = 0; ///< items with an answer
};

/**
 * Scores @p answers with @p instrument's rule. Refuses more answers than items, a value outside
 * the scale, no answer at all, and an open item when every item is required (naming how many).
 */
[[nodiscard]] Result<Score> score(const Instrument& instrument, const Answers& answers);

/** The band of @p value: the most severe cut-off it is at or below, else Ok. */
Band bandFor(const Instrument& instrument, double value);

/**
 * Checks @p selections against the lists @p instrument asks (from @p lists): a list it does not
 * ask, an option that is not on the list, or an option picked twice is refused.
 */
[[nodiscard]] Status checkSelections(
    const Instrument& instrument, const QList<ChoiceList>& lists, const Selections& selections);

} // namespace kw
