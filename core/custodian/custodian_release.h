#pragma once

#include "common/result.h"
#include "custodian/custodian_store.h"
#include "exchange/key_file.h"
#include "school/release_maker.h"

// The custodian's release of one period from its database: the one way the CLI, the desktop
// and the simulated school make a .kwvrijgave.

namespace kw::custodian {

/** What each release of @p period summed, oldest first (revisions are frozen once summed). */
[[nodiscard]] Result<QList<QList<exchange::ReleasedContribution>>> releasedContributions(
    CustodianStore& store, const QString& period);

/**
 * The next release of @p period over every contribution the custodian keeps for it (late ones
 * included), under the current profile: what it would publish and withhold. Refused for a
 * period that has not closed by @p today and when nothing arrived since the last release.
 */
[[nodiscard]] Result<school::ReleaseDraft> draftPeriodRelease(
    CustodianStore& store, const QString& period, QDate today);

/**
 * Signs @p draft with the custodian's @p keys, writes it to @p path atomically and records it
 * in the database, which freezes what it summed. Refused when it publishes nothing (its
 * contributions wait). When recording fails the file is removed again: the database always
 * knows every release file it made.
 */
[[nodiscard]] Status writePeriodRelease(CustodianStore& store, const exchange::KeySet& keys,
    const school::ReleaseDraft& draft, const QString& path);

} // namespace kw::custodian
