#pragma once

#include "profile/school_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace kw::exchange {

/**
 * One figure a contribution carries. Each takes two split slots (value and square) and one
 * unsplit presence bit.
 */
struct Metric
{
    enum class Kind {
        Score, ///< a mean over the period, stored × 100 (WHO-5 64.5 → 6450)
        Count, ///< a whole number of times in the period
    };
    /** Which minimum group size applies: the profile's wellbeing k or its counts k. */
    enum class Group { Wellbeing, Kernwaarde, Source };

    /** "score.who5", "item.pulse.energie", "cutoff.who5.50", "value.vertrouwen",
     * "choice.werkdruk.e-mail", "asked.werkdruk" */
    QString id;
    Kind kind = Kind::Count; ///< a cut-off indicator is a Count of 0 or 1
    Group group = Group::Wellbeing;
    QString label; ///< as the teacher's preview and HR's dashboard name it
    QString source; ///< the instrument, kernwaarde or choice list it comes from
    QString part; ///< the item or option within it; empty for a score or a kernwaarde

    int scale() const { return kind == Kind::Score ? 100 : 1; }
};

/**
 * The metric vector as the profile lays it out, the same on every device, at HR and at the
 * custodian. In order:
 *   - each instrument: its score (sum-scored, e.g. WHO-5) and one indicator per cut-off (1 when
 *     the teacher's period score is at or below it), or the mean of each item (the pulse);
 *   - each kernwaarde: the number of reflections that touched it;
 *   - each choice list: the number of check-ins that asked it, then per option the number that
 *     picked it (so a group's share of check-ins naming an option is a ratio of two sums).
 * Metric i takes split slots 2i (value) and 2i+1 (value squared, so spread can be shown); its
 * presence (whether the teacher has a value for it) travels unsplit beside the shares, so the
 * custodian can count contributors per metric without seeing a value.
 */
/**
 * The largest value one metric of one teacher can have: a score of at most 1000 × 100, a count
 * clamped to it. So a group's sum of n values is at most n × 10^5 and of squares n × 10^10; a
 * sum beyond that did not come from honest parts.
 */
inline constexpr std::uint64_t kMaxMetricValue = 100'000;

/**
 * Whether true group sums can come from @p contributors honest values: Σ value at most
 * n × kMaxMetricValue and Σ value² at most n × kMaxMetricValue² (computed without overflow).
 */
bool sumsWithinRange(std::uint64_t contributors, std::uint64_t sum, std::uint64_t sumSquares);

/** The minimum group size (k) the profile sets for @p metric: wellbeing or counts. */
int minGroupFor(const Metric& metric, const ExchangeRules& rules);

/** How a cut-off appears in a metric id: its score, shortest form ("50", "28", "12.5"). */
QString cutOffId(const CutOff& cut);

class MetricLayout
{
public:
    static constexpr int kSlotsPerMetric = 2;

    static MetricLayout forProfile(const SchoolProfile& profile);

    const QList<Metric>& metrics() const { return m_metrics; }
    int slotCount() const { return int(m_metrics.size()) * kSlotsPerMetric; }
    int indexOf(const QString& metricId) const;
    static int valueSlot(int metric) { return metric * kSlotsPerMetric; }
    static int squareSlot(int metric) { return metric * kSlotsPerMetric + 1; }

    /** BLAKE2b-256 of the ids, kinds and groups in order: two parties agree on the layout iff
     * their digests match. Computed once, when the layout is made: receivers compare it for
     * every part they open. */
    const QByteArray& digest() const { return m_digest; }

private:
    QByteArray computeDigest() const;

    QList<Metric> m_metrics;
    QByteArray m_digest;
};

} // namespace kw::exchange
