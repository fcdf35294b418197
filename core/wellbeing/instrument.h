#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kw {

/** A text in both UI languages: Dutch first, English second. */
struct LocalizedText
{
    QString nl;
    QString en;
    /** The text in the current UI language (QLocale()), Dutch when that is Dutch, else English. */
    QString text() const;
};

struct InstrumentItem
{
    QString id; ///< stable: answers are stored by item id, not by position
    LocalizedText text;
    /** A short name for charts and tables: the id capitalised ("Werkdruk"), since item ids are
     * the domain words of the question. */
    QString shortName() const;
};

/** A label shown at one value of the answer scale ("Nooit" at 0, "De hele tijd" at 5). */
struct ScaleAnchor
{
    int value = 0;
    LocalizedText label;
};

struct AnswerScale
{
    int min = 1;
    int max = 5;
    QList<ScaleAnchor> anchors;
};

/** How long one check-in counts for; see period.h for where periods start. */
enum class PeriodKind { Week, Fortnight };

/** How answers become a score. */
struct ScoringRule
{
    enum class Kind {
        SumTimes, ///< sum of the items × multiplier (WHO-5: 0–25 × 4 = 0–100); all items required
        ItemMean, ///< mean of the answered items (the pulse: 1–5)
    };
    Kind kind = Kind::ItemMean;
    int multiplier = 1; ///< SumTimes only
};

/** What a score says, from the instrument's cut-offs; Ok when no cut-off applies. */
enum class Band { Ok, Low, Advise };

/**
 * A score at or below @c atMost falls in @c band (Low or Advise). Where several apply, the most
 * severe wins (Advise over Low). Only the teacher ever sees a band.
 */
struct CutOff
{
    double atMost = 0;
    Band band = Band::Low;
};

/**
 * A questionnaire as data, so a school can load one it holds a licence for from its profile:
 * items in nl and en, the answer scale, the scoring rule, the cut-offs and the period one
 * answer covers. Stored check-ins keep the id and version they were answered with.
 */
struct Instrument
{
    QString id; ///< "who5", "pulse"
    int version = 1;
    LocalizedText name;
    LocalizedText intro;
    QList<InstrumentItem> items;
    AnswerScale scale;
    bool allItemsRequired = true;
    PeriodKind period = PeriodKind::Week;
    ScoringRule scoring;
    QList<CutOff> cutOffs;
    QStringList choiceListIds; ///< the profile's multi-select questions asked with it

    double minScore() const;
    double maxScore() const;
};

/** One option of a multi-select question. */
struct ChoiceOption
{
    QString id;
    QString name; ///< the school's own words
};

/** A multi-select question from the profile ("Waar werd je deze week blij van?"). */
struct ChoiceList
{
    QString id; ///< "blij", "werkdruk"
    LocalizedText question;
    QList<ChoiceOption> options;

    const ChoiceOption* option(const QString& id) const;
    /** By id or, case-insensitively, by name. */
    const ChoiceOption* findOption(const QString& idOrName) const;
};

const Instrument* findInstrument(const QList<Instrument>& instruments, const QString& id);
const ChoiceList* findChoiceList(const QList<ChoiceList>& lists, const QString& id);

/** "ok", "low", "advise": as stored and printed by the CLI. */
QString bandId(Band band);

/**
 * The highest score an instrument may give. An exchanged value is the score times 100 and its
 * square: 10^5 and 10^10, summed over 100 000 contributions at most 10^15, far below 2^64.
 */
inline constexpr int kMaxInstrumentScore = 1000;

/**
 * The rules an instrument of a profile must meet: ids, names in both languages, 1–50 items,
 * a scale of 2–11 points, a sum score only with every item required, cut-offs inside the score
 * range, a highest score of at most kMaxInstrumentScore, choice lists that exist.
 */
[[nodiscard]] Status validateInstruments(
    const QList<Instrument>& instruments, const QList<ChoiceList>& choiceLists);

} // namespace kw
