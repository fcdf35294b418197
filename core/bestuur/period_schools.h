#pragma once

#include "bestuur/bestuur_merge.h"
#include "bestuur/bestuur_store.h"
#include "common/result.h"

#include <QList>
#include <QStringList>

namespace kw::bestuur {

/**
 * Each school's aggregate of @p period as the merge and the report take it: its profile (the
 * stored version, signatures checked again), its release number and its figures (only
 * @p metrics, unless empty). In the store's order of schools. One copy for
 * `kernwijzer-cli report --bestuur-db` and the app's bestuur page.
 */
[[nodiscard]] Result<QList<SchoolFigures>> periodSchools(
    BestuurStore& store, const QString& period, const QStringList& metrics = {});

} // namespace kw::bestuur
