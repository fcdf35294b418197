#pragma once

#include "common/result.h"
#include "custodian/custodian_store.h"
#include "exchange/check_file.h"
#include "exchange/key_file.h"
#include "school/release_maker.h"

// The custodian's release of one period from its database: the one way the CLI, the desktop
// and the simulated school make a .kwvrijgave. It takes two steps, because the custodian cannot
// open HR's parts: first HR checks the parts of the contributions the release would sum (the
// check request .kwcontrole, HR's answer .kwuitslag), then the release sums only parts HR found
// valid. A damaged or forged part is left out before any sum is made, so it cannot block the
// period, and HR never sees two sums that differ by one contribution.

namespace kw::custodian {

/** What each release of @p period summed, oldest first (revisions are frozen once summed). */
[[nodiscard]] Result<QList<QList<exchange::ReleasedContribution>>> releasedContributions(
    CustodianStore& store, const QString& period);

/** The next release of a period as the custodian can make it now. */
struct PeriodDraft
{
    school::ReleaseDraft draft; ///< over every kept contribution HR has not refused
    QList<exchange::CheckedPart> toCheck; ///< of its contributions, those HR has not checked yet
    int refusedByHr = 0; ///< kept contributions left out: HR found their part not valid

    /** Whether HR has checked every part the release would sum. */
    bool checked() const { return toCheck.isEmpty(); }
};

/**
 * The next release of @p period over every contribution the custodian keeps for it (late ones
 * included) whose HR part HR has not refused, under the current profile: what it would publish
 * and withhold, and which of its parts still wait for HR's check. Refused for a period that has
 * not closed by @p today and when nothing arrived since the last release.
 */
[[nodiscard]] Result<PeriodDraft> draftPeriodRelease(
    CustodianStore& store, const QString& period, QDate today);

/**
 * Writes the custodian's signed check request (.kwcontrole) for @p draft's parts that wait for
 * HR's check, atomically, to @p path. It holds HR's sealed parts and what the custodian keeps
 * of each (id, revision, binding), never a sum. Refused when nothing waits, and when the release
 * would publish nothing (HR would see the groups of contributions no release shows).
 */
[[nodiscard]] Status writeCheckRequest(CustodianStore& store, const exchange::KeySet& keys,
    const PeriodDraft& draft, const QString& path);

/** What an imported check answer changed. */
struct RecordedAnswer
{
    QString period;
    int valid = 0; ///< parts HR found valid
    int refused = 0; ///< parts HR refused: left out of the release until the teacher sends again
    int notKept = 0; ///< verdicts on copies the custodian no longer keeps (replaced since)
};

/**
 * Reads HR's check answer (.kwuitslag), signed by HR of the current profile, and records its
 * verdict on every copy the custodian still keeps exactly (id, revision, binding and HR part).
 * Verdicts are final: an answer that contradicts one recorded before is refused whole, and
 * importing the same answer twice changes nothing.
 */
[[nodiscard]] Result<RecordedAnswer> recordCheckAnswer(CustodianStore& store, QByteArrayView file);

/**
 * Signs @p draft with the custodian's @p keys, writes it to @p path atomically and records it
 * in the database, which freezes what it summed. Refused while a part it would sum waits for
 * HR's check, and when it publishes nothing (its contributions wait). When recording fails the
 * file is removed again: the database always knows every release file it made.
 */
[[nodiscard]] Status writePeriodRelease(CustodianStore& store, const exchange::KeySet& keys,
    const PeriodDraft& draft, const QString& path);

} // namespace kw::custodian
