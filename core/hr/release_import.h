#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "hr/hr_store.h"

namespace kw::hr {

/** What importing one release file did. */
struct ReleaseImport
{
    enum class Outcome {
        Stored, ///< checked and stored: its figures are in the report
        AlreadyThere, ///< exactly this file was imported before: nothing changes
    };
    Outcome outcome = Outcome::Stored;
    QString period;
    int releaseNumber = 0;
    int contributions = 0;
    int released = 0; ///< figures released (cell × metric)
    int withheld = 0; ///< figures withheld, each with its reason
    int withheldByHr = 0; ///< of those, released by the custodian but withheld by HR's own check
    int impossibleSums = 0; ///< of those, withheld because no honest values reach their sum
};

/**
 * Imports one custodian's release (.kwvrijgave) into HR's database: the profile it names must
 * be stored, school::checkRelease() checks everything against it and the releases of the
 * period already stored, then HR's parts and every figure are stored in one transaction.
 * A refused file changes nothing.
 */
[[nodiscard]] Result<ReleaseImport> importRelease(
    HrStore& store, const QByteArray& file, const exchange::KeySet& keys);

} // namespace kw::hr
