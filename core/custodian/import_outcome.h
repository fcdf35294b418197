#pragma once

#include <QString>
#include <array>

namespace kw::custodian {

/** What importing one file did. Only Added, Replaced and a late file kept aside change the
 * database; every other outcome leaves it exactly as it was. */
enum class ImportOutcome {
    Added, ///< a new submission id
    Replaced, ///< a higher revision of a kept id: it counts from now on
    AlreadyThere, ///< the same part is kept already (a replayed or re-sent file)
    Outdated, ///< a lower revision than the one kept: nothing changes
    Conflict, ///< the same id and revision with other numbers or another binding: refused
    OtherSchool, ///< for another school than this database's
    OtherVersion, ///< made with a profile version not stored here, or with another layout
    NotForThisKey, ///< no part of it is sealed to this custodian's key
    Damaged, ///< not a contribution, corrupt, or a signature or commitment that fails
    TooLate, ///< its period was released already: kept aside for a re-release, or refused
};
inline constexpr int kImportOutcomeCount = int(ImportOutcome::TooLate) + 1;

/** The outcome's stable name in JSON and scripts: "added", "alreadyThere", "tooLate", … */
QString outcomeId(ImportOutcome outcome);
/** The outcome in a few words, translated ("added", "already there", …). */
QString outcomeName(ImportOutcome outcome);

/** How many files ended in each outcome. */
struct OutcomeCounts
{
    std::array<int, kImportOutcomeCount> byOutcome {};

    int operator[](ImportOutcome outcome) const { return byOutcome[size_t(outcome)]; }
    void add(ImportOutcome outcome) { ++byOutcome[size_t(outcome)]; }
    int total() const;
};

} // namespace kw::custodian
