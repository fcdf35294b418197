#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "pop/hours_entry.h"
#include "pop/hours_ledger.h"
#include "profile/school_profile.h"
#include "storage/app_state_store.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace kw {

/**
 * The professionaliseringsuren ledger in the journal database: entries and the teacher's FTE
 * and birth year. It only loads and saves; hours_ledger.h computes. Writes validate first.
 */
class HoursStore
{
public:
    HoursStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock);

    [[nodiscard]] Result<qint64> add(const HoursEntry& entry);
    [[nodiscard]] Status update(const HoursEntry& entry);
    [[nodiscard]] Status remove(qint64 id);
    /** Entries by date; only one school year's when @p schoolYear is set. */
    [[nodiscard]] Result<QList<HoursEntry>> entries(std::optional<int> schoolYear = {});

    [[nodiscard]] Result<TeacherSettings> settings();
    /** The FTE from @p fromYear on (replacing a change in that same year). */
    [[nodiscard]] Status setFte(int fromYear, int permille);
    [[nodiscard]] Status setBirthYear(int birthYear);

    /** The ledger from the first year with data up to and including @p untilYear. */
    [[nodiscard]] Result<QList<HoursYearSummary>> ledger(int untilYear);
    /** One school year of the ledger. */
    [[nodiscard]] Result<HoursYearSummary> summary(int schoolYear);

private:
    sql::Database& m_db;
    const SchoolProfile& m_profile;
    const Clock& m_clock;
    AppStateStore m_state;
};

} // namespace kw
