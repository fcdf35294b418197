#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "custodian/custodian_release.h"
#include "custodian/custodian_store.h"
#include "demo/demo_school_profile.h"
#include "demo/demo_school_teacher.h"
#include "exchange/release_file.h"

#include <QList>
#include <QStringList>
#include <memory>

// The school side of the simulated school (demo_school.h): the custodian releasing each period
// from its inbox, and HR importing the releases into its database.

namespace kw::demo {

/** The custodian's database at @p path (created) with the school's co-signed profile. */
[[nodiscard]] Result<std::unique_ptr<custodian::CustodianStore>> custodianWithProfile(
    const QString& path, const QByteArray& profileFile, const Clock& clock);

/**
 * The check before a release, as the two key holders exchange it: the custodian writes the
 * check request of @p draft to "<stem>.kwcontrole", HR answers it (school::answerCheckRequest)
 * as "<stem>.kwuitslag", and the custodian records the answer.
 */
[[nodiscard]] Status checkWithHr(custodian::CustodianStore& store, const SchoolKeys& keys,
    const custodian::PeriodDraft& draft, const QString& stem);

/** A release the custodian made, or the reason it made none. */
struct ReleaseMade
{
    QString path; ///< the .kwvrijgave written; empty when none was made
    int releaseNumber = 0;
    int contributions = 0; ///< in the release (a re-release includes the earlier ones)
    int waiting = 0; ///< late contributions kept back: too few to release anything new
};

/**
 * The custodian imports @p period's inbox folder into @p store (custodian::importFiles) and
 * makes the next release of it (custodian_release.h), HR checking its parts first
 * (checkWithHr()): the first release, or, when the
 * contributions that came after it let the rules publish a figure, a re-release; otherwise they
 * wait and nothing is written. The release goes to @p releases as "<period>-<n>.kwvrijgave".
 */
[[nodiscard]] Result<ReleaseMade> releasePeriod(custodian::CustodianStore& store,
    const SchoolSetting& setting, const SchoolKeys& keys, const exchange::ExchangePeriod& period,
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
