#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "demo/demo_school_profile.h"
#include "demo/demo_school_teacher.h"
#include "exchange/release_file.h"

#include <QList>
#include <QStringList>

// The school side of the simulated school (demo_school.h): the custodian releasing each period
// from its inbox, and HR importing the releases into its database.

namespace kw::demo {

/** What the custodian has released of one period: what each release summed, oldest first. */
using PeriodReleases = QList<QList<exchange::ReleasedContribution>>;

/** A release the custodian made, or the reason it made none. */
struct ReleaseMade
{
    QString path; ///< the .kwvrijgave written; empty when none was made
    int releaseNumber = 0;
    int contributions = 0; ///< in the release (a re-release includes the earlier ones)
    int waiting = 0; ///< late contributions kept back: too few to release anything new
};

/**
 * The custodian's next release of @p period from what its inbox holds: the first release, or,
 * when the contributions that came after it let the release rules publish the school's figure
 * of at least one metric again, a re-release; otherwise the late ones wait and nothing is
 * written. The release goes to @p releases as "<period>-<number>.kwvrijgave"; @p earlier
 * gets what it summed.
 */
[[nodiscard]] Result<ReleaseMade> releasePeriod(const SchoolSetting& setting,
    const SchoolKeys& keys, const exchange::ExchangePeriod& period, PeriodReleases& earlier,
    const QString& releases);

/** What HR's import of the releases gave. */
struct HrImported
{
    int releases = 0;
    int released = 0; ///< figures (cell × metric) released, over every release
    int withheld = 0;
    int withheldByHr = 0; ///< of those, withheld by HR's own check against the release
};

/**
 * HR's database at @p path (created), with the school's co-signed profile and every release in
 * @p files imported in order (hr::importRelease()), with HR's keys.
 */
[[nodiscard]] Result<HrImported> hrImportsReleases(const QString& path,
    const QByteArray& profileFile, const exchange::KeySet& hr, const QStringList& files,
    const Clock& clock);

} // namespace kw::demo
