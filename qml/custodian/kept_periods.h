#pragma once

#include "common/result.h"
#include "custodian/custodian_store.h"

#include <QVariantList>

namespace kw {

/**
 * What the custodian keeps per period, newest first, as QML reads it: { period, kept, late,
 * releases } (custodian::PeriodSummary).
 */
[[nodiscard]] Result<QVariantList> keptPeriods(custodian::CustodianStore& store);

} // namespace kw
