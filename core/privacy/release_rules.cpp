#include "privacy/release_rules.h"

#include "common/errors.h"
#include "privacy/privacy_text.h"

#include <QSet>
#include <optional>

namespace kw::privacy {

namespace {

// A first release looks at contributors; a re-release at the contributors it adds, where 0
// (the cell did not change) passes as well.
enum class Mode { First, Added };

struct Slot
{
    int count = 0; ///< contributors (First) or contributors added (Added)
    Reason reason = Reason::Released;

    bool released() const { return reason == Reason::Released; }
};

bool farEnough(int difference, int k)
{
    return difference == 0 || difference >= k;
}

Reason ruleOne(int count, int k, Mode mode)
{
    if (mode == Mode::First)
        return count >= k ? Reason::Released : Reason::FewerThanK;
    return farEnough(count, k) ? Reason::Released : Reason::TooFewAdded;
}

// Rules 2 and 3 in one breakdown (its named cells and its "not given" cell) of a school that
// is released. A slot withheld already stays withheld.
//
// Rule 3 withholds the smaller of two nested cells; the school is never the smaller, so the
// cell goes. Withholding the school instead would not help: the released cells of a breakdown
// with nothing withheld add up to it.
//
// Termination: a pass either changes nothing (and the loop ends) or withholds at least one
// more cell; nothing withheld is ever released again, so there are at most row.size() + 1
// passes. When rule 2 fails, 0 < school − released < k ≤ school (or, when adding, ≤ the
// school's added count, which passed), so the released cells hold someone and a smallest
// non-empty one exists.
void settleBreakdown(QList<Slot>& row, int school, int k)
{
    for (;;) {
        bool changed = false;
        for (Slot& slot : row) {
            if (slot.released() && !farEnough(school - slot.count, k)) {
                slot.reason = Reason::TooCloseToAnotherGroup;
                changed = true;
            }
        }
        int releasedTotal = 0;
        for (const Slot& slot : row) {
            if (slot.released())
                releasedTotal += slot.count;
        }
        if (!farEnough(school - releasedTotal, k)) {
            Slot* smallest = nullptr;
            for (Slot& slot : row) {
                if (slot.released() && slot.count > 0
                    && (!smallest || slot.count < smallest->count))
                    smallest = &slot;
            }
            Q_ASSERT(smallest);
            if (!smallest)
                return;
            smallest->reason = Reason::ProtectsSmallerGroup;
            changed = true;
        }
        if (!changed)
            return;
    }
}

std::optional<Error> checkCounts(const MetricCounts& counts)
{
    if (counts.k < kMinimumGroupSize)
        return invalid(Text::tr("The minimum group size is below %1.").arg(kMinimumGroupSize));
    if (counts.school < 0)
        return invalid(Text::tr("A contributor count is negative."));
    for (const Breakdown& breakdown : counts.breakdowns) {
        QSet<QString> ids;
        qint64 named = 0;
        for (const CellCount& cell : breakdown.cells) {
            if (cell.count < 0)
                return invalid(Text::tr("A contributor count is negative."));
            if (ids.contains(cell.id))
                return invalid(Text::tr("The breakdown “%1” names the group “%2” twice.")
                                   .arg(breakdown.dimension, cell.id));
            ids.insert(cell.id);
            named += cell.count;
        }
        if (named > counts.school)
            return invalid(Text::tr("The groups of the breakdown “%1” add up to more "
                                    "contributors than the school has.")
                               .arg(breakdown.dimension));
    }
    return {};
}

int namedTotal(const Breakdown& breakdown)
{
    int total = 0;
    for (const CellCount& cell : breakdown.cells)
        total += cell.count;
    return total;
}

const BreakdownDecision* findBreakdown(const MetricDecision& decision, const QString& dimension)
{
    for (const BreakdownDecision& breakdown : decision.breakdowns) {
        if (breakdown.dimension == dimension)
            return &breakdown;
    }
    return nullptr;
}

const CellDecision* findCell(const BreakdownDecision& breakdown, const QString& id)
{
    for (const CellDecision& cell : breakdown.cells) {
        if (cell.id == id)
            return &cell;
    }
    return nullptr;
}

// A cell in a re-release, before rules 2 and 3. A cell released earlier may change by 0 or at
// least k. One withheld earlier stays withheld, unless it was empty then: its earlier release
// showed nothing, so it is judged on what was added alone (and stays as it was when that is
// nothing).
Reason ruleOneAgain(const CellDecision& was, int added, int k)
{
    if (was.released())
        return ruleOne(added, k, Mode::Added);
    if (was.count > 0)
        return Reason::WithheldEarlier;
    if (added == 0)
        return was.reason;
    return ruleOne(added, k, Mode::Added);
}

Error otherGroups()
{
    return invalid(Text::tr("The earlier release of this period has other groups than this one."));
}

Error fewerThanEarlier()
{
    return invalid(Text::tr("A group has fewer contributors than in the earlier release of this "
                            "period."));
}

} // namespace

Result<MetricDecision> decideRelease(const MetricCounts& counts)
{
    if (auto error = checkCounts(counts))
        return *error;
    const int k = counts.k;
    MetricDecision decision;
    decision.school = { {}, counts.school, ruleOne(counts.school, k, Mode::First) };
    for (const Breakdown& breakdown : counts.breakdowns) {
        QList<Slot> row;
        for (const CellCount& cell : breakdown.cells)
            row.append({ cell.count, ruleOne(cell.count, k, Mode::First) });
        const int notGiven = counts.school - namedTotal(breakdown);
        row.append({ notGiven, ruleOne(notGiven, k, Mode::First) });
        // A school below k: every cell is below k too, and rule 1 already withheld it.
        if (decision.school.released())
            settleBreakdown(row, counts.school, k);

        BreakdownDecision out { breakdown.dimension, {}, {} };
        for (qsizetype i = 0; i < breakdown.cells.size(); ++i)
            out.cells.append({ breakdown.cells[i].id, row[i].count, row[i].reason });
        out.notGiven = { {}, notGiven, row.last().reason };
        decision.breakdowns.append(out);
    }
    return decision;
}

// Why the added contributors alone are enough: every cell released again was released earlier,
// so its new sum minus its earlier sum is the sum of the contributors added to it. What both
// releases show together is what the earlier one showed plus a "release" of the added
// contributors with the same cells withheld or fewer, and these two concern disjoint groups of
// people. Rules 1–3 on the added counts (0 allowed: nothing added) make that second part as
// safe as a first release.
Result<MetricDecision> decideReRelease(const MetricCounts& counts, const MetricDecision& earlier)
{
    if (auto error = checkCounts(counts))
        return *error;
    if (earlier.breakdowns.size() != counts.breakdowns.size())
        return otherGroups();
    const int k = counts.k;
    const int schoolAdded = counts.school - earlier.school.count;
    if (schoolAdded < 0)
        return fewerThanEarlier();

    MetricDecision decision;
    const Reason schoolReason = ruleOneAgain(earlier.school, schoolAdded, k);
    decision.school = { {}, counts.school, schoolReason };
    for (const Breakdown& breakdown : counts.breakdowns) {
        const BreakdownDecision* before = findBreakdown(earlier, breakdown.dimension);
        if (!before || before->cells.size() != breakdown.cells.size())
            return otherGroups();
        QList<CellDecision> earlierCells;
        for (const CellCount& cell : breakdown.cells) {
            const CellDecision* match = findCell(*before, cell.id);
            if (!match)
                return otherGroups();
            earlierCells.append(*match);
        }
        const int notGiven = counts.school - namedTotal(breakdown);
        earlierCells.append(before->notGiven);

        QList<Slot> row;
        for (qsizetype i = 0; i < earlierCells.size(); ++i) {
            const int now = i < breakdown.cells.size() ? breakdown.cells[i].count : notGiven;
            const int added = now - earlierCells[i].count;
            if (added < 0)
                return fewerThanEarlier();
            Reason reason = ruleOneAgain(earlierCells[i], added, k);
            // As in a first release, nothing is released when the school is not.
            if (reason == Reason::Released && !decision.school.released())
                reason = schoolReason;
            row.append({ reason == Reason::WithheldEarlier ? 0 : added, reason });
        }
        if (decision.school.released())
            settleBreakdown(row, schoolAdded, k);

        BreakdownDecision out { breakdown.dimension, {}, {} };
        for (qsizetype i = 0; i < breakdown.cells.size(); ++i)
            out.cells.append({ breakdown.cells[i].id, breakdown.cells[i].count, row[i].reason });
        out.notGiven = { {}, notGiven, row.last().reason };
        decision.breakdowns.append(out);
    }
    return decision;
}

} // namespace kw::privacy
