#pragma once

#include "common/clock.h"

#include <QDateTime>
#include <QtGlobal>
#include <memory>

namespace kw {

/**
 * The system clock, unless KERNWIJZER_NOW holds an ISO date-time: then a clock fixed at that
 * moment, so e2e tests, screenshots and demos are reproducible.
 */
inline std::unique_ptr<Clock> clockFromEnvironment()
{
    const QString fixed = qEnvironmentVariable("KERNWIJZER_NOW");
    if (!fixed.isEmpty()) {
        const QDateTime at = QDateTime::fromString(fixed, Qt::ISODate);
        if (at.isValid())
            return std::make_unique<FixedClock>(at);
    }
    return std::make_unique<SystemClock>();
}

} // namespace kw
