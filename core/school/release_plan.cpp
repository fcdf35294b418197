#include "school/release_plan.h"

#include "exchange/exchange_text.h"

#include <QHash>

namespace kw::school {

using exchange::CellKey;
using exchange::Dimension;

namespace {

const QString& idIn(const exchange::Cohort& cohort, Dimension dimension)
{
    switch (dimension) {
    case Dimension::Team:
        return cohort.team;
    case Dimension::Role:
        return cohort.role;
    case Dimension::AgeBand:
        return cohort.ageBand;
    case Dimension::School:
        break;
    }
    static const QString none;
    return none;
}

template <typename Items>
privacy::Breakdown breakdownOf(
    Dimension dimension, const Items& items, const QList<Member>& members, int metric)
{
    privacy::Breakdown out { exchange::dimensionKey(dimension), {} };
    for (const auto& item : items) {
        int count = 0;
        for (const Member& m : members) {
            if (m.present[std::size_t(metric)] && idIn(m.cohort, dimension) == item.id)
                ++count;
        }
        out.cells.append({ item.id, count });
    }
    return out;
}

privacy::MetricCounts countsFor(const SchoolProfile& profile, const exchange::MetricLayout& layout,
    const QList<Member>& members, int metric)
{
    privacy::MetricCounts counts;
    counts.k = exchange::minGroupFor(layout.metrics()[metric], profile.rules);
    for (const Member& m : members)
        counts.school += m.present[std::size_t(metric)] ? 1 : 0;
    counts.breakdowns = { breakdownOf(Dimension::Team, profile.teams, members, metric),
        breakdownOf(Dimension::Role, profile.roles, members, metric),
        breakdownOf(Dimension::AgeBand, profile.ageBands, members, metric) };
    // Per combination of team, role and age band, for the rules across breakdowns.
    QHash<QStringList, int> atoms;
    for (const Member& m : members) {
        if (m.present[std::size_t(metric)])
            ++atoms[{ m.cohort.team, m.cohort.role, m.cohort.ageBand }];
    }
    for (auto it = atoms.cbegin(); it != atoms.cend(); ++it)
        counts.atoms.append({ it.key(), it.value() });
    return counts;
}

Error notOfThisProfile()
{
    return Error { Error::Code::InvalidInput,
        exchange::Text::tr("A contribution names a team, role or age band that the school "
                           "profile does not have, or follows another layout.") };
}

} // namespace

bool inCell(const exchange::Cohort& cohort, const CellKey& cell)
{
    return cell.dimension == Dimension::School || idIn(cohort, cell.dimension) == cell.id;
}

privacy::CellDecision ReleasePlan::decision(int cell, int metric) const
{
    const CellKey& key = cells[cell];
    const privacy::MetricDecision& d = perMetric[metric];
    if (key.dimension == Dimension::School)
        return d.school;
    for (const privacy::BreakdownDecision& b : d.breakdowns) {
        if (b.dimension != exchange::dimensionKey(key.dimension))
            continue;
        if (key.id.isEmpty())
            return b.notGiven;
        for (const privacy::CellDecision& c : b.cells) {
            if (c.id == key.id)
                return c;
        }
    }
    Q_UNREACHABLE();
    return {};
}

Result<ReleasePlan> planRelease(const SchoolProfile& profile, const exchange::MetricLayout& layout,
    const QList<QList<Member>>& history)
{
    const auto metrics = std::size_t(layout.metrics().size());
    for (const QList<Member>& members : history) {
        for (const Member& m : members) {
            if (m.present.size() != metrics || !exchange::cohortFits(m.cohort, profile))
                return notOfThisProfile();
        }
    }
    ReleasePlan plan;
    plan.cells = exchange::releaseCells(profile);
    for (int metric = 0; metric < int(metrics); ++metric) {
        std::optional<privacy::MetricDecision> decision;
        for (const QList<Member>& members : history) {
            const privacy::MetricCounts counts = countsFor(profile, layout, members, metric);
            auto next = decision ? privacy::decideReRelease(counts, *decision)
                                 : privacy::decideRelease(counts);
            if (!next)
                return next.error();
            decision = *next;
        }
        if (!decision)
            return Error { Error::Code::InvalidInput,
                exchange::Text::tr("There is nothing to release.") };
        plan.perMetric.append(*decision);
    }
    return plan;
}

QList<exchange::CellFigures> shareSums(const ReleasePlan& plan,
    const exchange::MetricLayout& layout, const QList<exchange::ContributionPart>& parts)
{
    // Sum every slot per cell first (each part is in the school and one cell per breakdown),
    // then keep the released figures: one pass over the parts, whatever the number of cells.
    const auto slotCount = std::size_t(layout.slotCount());
    QList<exchange::Slots> sums(plan.cells.size(), exchange::Slots(slotCount, 0));
    for (const exchange::ContributionPart& part : parts) {
        for (int c = 0; c < plan.cells.size(); ++c) {
            if (inCell(part.cohort, plan.cells[c]))
                exchange::addShares(sums[c], part.values); // mod 2^64, as the shares were made
        }
    }
    QList<exchange::CellFigures> out;
    for (int c = 0; c < plan.cells.size(); ++c) {
        exchange::CellFigures cell { plan.cells[c], {} };
        for (int m = 0; m < layout.metrics().size(); ++m) {
            const privacy::CellDecision d = plan.decision(c, m);
            exchange::MetricFigure figure { m, d.reason, 0, 0, 0 };
            if (d.released()) {
                figure.contributors = d.count;
                figure.valueSum = sums[c][std::size_t(exchange::MetricLayout::valueSlot(m))];
                figure.squareSum = sums[c][std::size_t(exchange::MetricLayout::squareSlot(m))];
            }
            cell.metrics.append(figure);
        }
        out.append(cell);
    }
    return out;
}

} // namespace kw::school
