#include "kept_periods.h"

#include <QVariantMap>

namespace kw {

Result<QVariantList> keptPeriods(custodian::CustodianStore& store)
{
    auto periods = store.periods();
    if (!periods)
        return periods.error();
    QVariantList out;
    for (auto it = periods->crbegin(); it != periods->crend(); ++it)
        out << QVariantMap { { QStringLiteral("period"), it->period },
            { QStringLiteral("kept"), it->kept }, { QStringLiteral("late"), it->late },
            { QStringLiteral("releases"), it->releases } };
    return out;
}

} // namespace kw
