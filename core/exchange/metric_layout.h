#pragma once

#include "profile/school_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kw::exchange {

/** One figure a contribution carries. Each takes three slots: value, square, presence. */
struct Metric
{
    enum class Kind {
        Score, ///< a mean over the period, stored × 100 (WHO-5 64.5 → 6450)
        Count, ///< a whole number of times in the period
    };
    /** Which minimum group size applies: the profile's wellbeing k or its counts k. */
    enum class Group { Wellbeing, Kernwaarde, Source };

    /** "score.who5", "item.pulse.energie", "value.vertrouwen", "choice.werkdruk.e-mail" */
    QString id;
    Kind kind = Kind::Count;
    Group group = Group::Wellbeing;
    QString label; ///< as the teacher's preview and HR's dashboard name it
    QString source; ///< the instrument, kernwaarde or choice list it comes from
    QString part; ///< the item or option within it; empty for a score or a kernwaarde

    int scale() const { return kind == Kind::Score ? 100 : 1; }
};

/**
 * The metric vector as the profile lays it out, the same on every device, at HR and at the
 * custodian. In order:
 *   - each instrument: its score (sum-scored, e.g. WHO-5) or the mean of each item (the pulse);
 *   - each kernwaarde: the number of reflections that touched it;
 *   - each option of each choice list: the number of check-ins that picked it.
 * Metric i takes slots 3i (value), 3i+1 (value squared, so spread can be shown) and 3i+2
 * (1 when the teacher has a value for it, else 0: group means are sum / count of presence).
 */
class MetricLayout
{
public:
    static constexpr int kSlotsPerMetric = 3;

    static MetricLayout forProfile(const SchoolProfile& profile);

    const QList<Metric>& metrics() const { return m_metrics; }
    int slotCount() const { return int(m_metrics.size()) * kSlotsPerMetric; }
    int indexOf(const QString& metricId) const;
    static int valueSlot(int metric) { return metric * kSlotsPerMetric; }
    static int squareSlot(int metric) { return metric * kSlotsPerMetric + 1; }
    static int presentSlot(int metric) { return metric * kSlotsPerMetric + 2; }

    /** BLAKE2b-256 of the ids, kinds and groups in order: two parties agree on the layout iff
     * their digests match. */
    QByteArray digest() const;

private:
    QList<Metric> m_metrics;
};

} // namespace kw::exchange
