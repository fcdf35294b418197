#pragma once

#include "exchange/metric_layout.h"
#include "hr/hr_report.h"

#include <QList>
#include <QString>

// Which of the layout's metrics each part of HR's dashboard shows, and their short names.

namespace kw::dashboard {

/** A metric as a card, column or line names it. */
struct ShownMetric
{
    QString id;
    QString title; ///< "WHO-5", "At or below 50", "Energie"
    hr::MetricKind kind = hr::MetricKind::Other;
    QString source; ///< the instrument, kernwaarde or list
    double low = 0; ///< the scale a mean lies on (a share: 0 to 1)
    double high = 1;
};

/** The wellbeing metrics, in layout order: each instrument's score and cut-off shares, or the
 * mean of each of its items (the pulse). */
QList<ShownMetric> wellbeingMetrics(const SchoolProfile& profile);

} // namespace kw::dashboard
