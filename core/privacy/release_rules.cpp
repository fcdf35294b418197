#include "privacy/release_rules.h"

#include "common/errors.h"
#include "privacy/cross_breakdowns.h"
#include "privacy/privacy_text.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace kw::privacy {

namespace {

using detail::farEnough;
using detail::Slot;
using detail::SlotAtom;

// A first release looks at contributors; a re-release at the contributors it adds, where 0
// (the cell did not change) passes as well.
enum class Mode { First, Added };

Reason ruleOne(int count, int k, Mode mode)
{
    if (mode == Mode::First)
        return count >= k ? Reason::Released : Reason::FewerThanK;
    return farEnough(count, k) ? Reason::Released : Reason::TooFewAdded;
}

/** The slot of @p id in @p breakdown: its index, the "not given" slot for an empty id, or -1. */
int slotOf(const Breakdown& breakdown, const QString& id)
{
    if (id.isEmpty())
        return int(breakdown.cells.size());
    for (qsizetype i = 0; i < breakdown.cells.size(); ++i) {
        if (breakdown.cells[i].id == id)
            return int(i);
    }
    return -1;
}

/** @p atoms as slot indices; nothing when one names a cell the breakdowns lack or is there twice.
 */
std::optional<QList<SlotAtom>> slotAtoms(
    const QList<Breakdown>& breakdowns, const QList<Atom>& atoms)
{
    QList<SlotAtom> out;
    QSet<QList<int>> seen;
    for (const Atom& atom : atoms) {
        if (atom.count < 0 || atom.cells.size() != breakdowns.size())
            return std::nullopt;
        SlotAtom indexed { {}, atom.count };
        for (qsizetype b = 0; b < breakdowns.size(); ++b) {
            const int slot = slotOf(breakdowns[b], atom.cells[b]);
            if (slot < 0)
                return std::nullopt;
            indexed.cellSlots.append(slot);
        }
        if (seen.contains(indexed.cellSlots))
            return std::nullopt;
        seen.insert(indexed.cellSlots);
        out.append(indexed);
    }
    return out;
}

/** Whether the atoms add up to the school and to every cell of every breakdown. */
bool atomsAddUp(const MetricCounts& counts)
{
    const auto atoms = slotAtoms(counts.breakdowns, counts.atoms);
    if (!atoms)
        return false;
    qint64 total = 0;
    for (const SlotAtom& atom : *atoms)
        total += atom.count;
    if (total != counts.school)
        return false;
    for (qsizetype b = 0; b < counts.breakdowns.size(); ++b) {
        QList<qint64> perSlot(counts.breakdowns[b].cells.size() + 1, 0);
        for (const SlotAtom& atom : *atoms)
            perSlot[atom.cellSlots[b]] += atom.count;
        for (qsizetype i = 0; i < counts.breakdowns[b].cells.size(); ++i) {
            if (perSlot[i] != counts.breakdowns[b].cells[i].count)
                return false;
        }
    }
    return true;
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
    if ((counts.breakdowns.size() >= 2 || !counts.atoms.isEmpty()) && !atomsAddUp(counts))
        return invalid(Text::tr("The counts per combination of groups do not add up to the "
                                "groups' counts."));
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

/**
 * The contributors @p counts adds to @p earlier per combination of cells, as cellSlots; nothing
 * when a combination has fewer than before.
 */
std::optional<QList<SlotAtom>> addedAtoms(const MetricCounts& counts, const MetricDecision& earlier)
{
    QHash<QStringList, int> before;
    for (const Atom& atom : earlier.atoms)
        before.insert(atom.cells, atom.count);
    QList<Atom> added;
    for (const Atom& atom : counts.atoms) {
        const int count = atom.count - before.take(atom.cells);
        if (count < 0)
            return std::nullopt;
        added.append({ atom.cells, count });
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.value() > 0)
            return std::nullopt; // a combination that had contributors has none now
    }
    return slotAtoms(counts.breakdowns, added);
}

/**
 * Rules 2 and 3 within each breakdown, then across every two (cross_breakdowns.h), for a school
 * (or, re-releasing, the contributors added) of @p school that is released.
 */
void settle(QList<QList<Slot>>& rows, const QList<SlotAtom>& atoms, int school, int k)
{
    for (QList<Slot>& row : rows)
        detail::settleBreakdown(row, school, k);
    if (rows.size() >= 2)
        detail::settleAcrossBreakdowns(rows, atoms, school, k);
}

Result<MetricDecision> decideRelease(const MetricCounts& counts)
{
    if (auto error = checkCounts(counts))
        return *error;
    const int k = counts.k;
    MetricDecision decision;
    decision.school = { {}, counts.school, ruleOne(counts.school, k, Mode::First) };
    decision.atoms = counts.atoms;
    QList<QList<Slot>> rows;
    for (const Breakdown& breakdown : counts.breakdowns) {
        QList<Slot> row;
        for (const CellCount& cell : breakdown.cells)
            row.append({ cell.count, ruleOne(cell.count, k, Mode::First) });
        const int notGiven = counts.school - namedTotal(breakdown);
        row.append({ notGiven, ruleOne(notGiven, k, Mode::First) });
        rows.append(row);
    }
    // A school below k: every cell is below k too, and rule 1 already withheld it.
    if (decision.school.released())
        settle(rows, *slotAtoms(counts.breakdowns, counts.atoms), counts.school, k);

    for (qsizetype b = 0; b < counts.breakdowns.size(); ++b) {
        const Breakdown& breakdown = counts.breakdowns[b];
        BreakdownDecision out { breakdown.dimension, {}, {} };
        for (qsizetype i = 0; i < breakdown.cells.size(); ++i)
            out.cells.append({ breakdown.cells[i].id, rows[b][i].count, rows[b][i].reason });
        out.notGiven = { {}, rows[b].last().count, rows[b].last().reason };
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
    decision.atoms = counts.atoms;
    QList<QList<Slot>> rows;
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
        rows.append(row);
    }
    if (decision.school.released()) {
        const auto added = addedAtoms(counts, earlier);
        if (!added)
            return fewerThanEarlier();
        settle(rows, *added, schoolAdded, k);
    }

    for (qsizetype b = 0; b < counts.breakdowns.size(); ++b) {
        const Breakdown& breakdown = counts.breakdowns[b];
        const int notGiven = counts.school - namedTotal(breakdown);
        BreakdownDecision out { breakdown.dimension, {}, {} };
        for (qsizetype i = 0; i < breakdown.cells.size(); ++i)
            out.cells.append(
                { breakdown.cells[i].id, breakdown.cells[i].count, rows[b][i].reason });
        out.notGiven = { {}, notGiven, rows[b].last().reason };
        decision.breakdowns.append(out);
    }
    return decision;
}

} // namespace kw::privacy
