#include "hr/dashboard_metrics.h"

#include <QCoreApplication>

namespace kw::dashboard {

QList<ShownMetric> wellbeingMetrics(const SchoolProfile& profile)
{
    QList<ShownMetric> out;
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    for (const exchange::Metric& m : layout.metrics()) {
        if (m.group != exchange::Metric::Group::Wellbeing)
            continue;
        const Instrument* in = findInstrument(profile.instruments, m.source);
        ShownMetric shown { m.id, m.label, hr::metricKind(m.id), m.source, 0, 1 };
        if (shown.kind == hr::MetricKind::Indicator) {
            shown.title
                = QCoreApplication::translate("DashboardMetrics", "At or below %1").arg(m.part);
        } else if (in) {
            shown.low
                = in->scoring.kind == ScoringRule::Kind::SumTimes ? in->minScore() : in->scale.min;
            shown.high
                = in->scoring.kind == ScoringRule::Kind::SumTimes ? in->maxScore() : in->scale.max;
            if (m.part.isEmpty()) {
                shown.title = in->name.text();
            } else {
                for (const InstrumentItem& item : in->items) {
                    if (item.id == m.part)
                        shown.title = item.shortName();
                }
            }
        }
        out << shown;
    }
    return out;
}

} // namespace kw::dashboard
