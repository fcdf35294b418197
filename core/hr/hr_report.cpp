#include "hr/hr_report.h"

#include "exchange/metric_layout.h"
#include "hr/hr_text.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <map>
#include <tuple>
#include <vector>

namespace kw::hr {

namespace {

/** A figure's place in a report, whatever its release: period, dimension, cell and metric. */
struct FigureKey
{
    QString period;
    Dimension dimension;
    QString cell;
    QString metric;

    bool operator==(const FigureKey&) const = default;
};

size_t qHash(const FigureKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.period, int(key.dimension), key.cell, key.metric);
}

FigureKey keyOf(const CellFigure& f)
{
    return { f.period, f.dimension, f.cell, f.metric };
}

/** A cell as the report names and orders it. */
struct CellKey
{
    Dimension dimension;
    QString cell;

    bool operator==(const CellKey&) const = default;
};

size_t qHash(const CellKey& key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.dimension), key.cell);
}

struct CellInfo
{
    QString name;
    int rank = 0;
};

/** Whether @p candidate counts rather than @p current (see countingFigures()). */
bool countsOver(const CellFigure& candidate, const CellFigure& current)
{
    if (candidate.released() != current.released())
        return candidate.released();
    return candidate.releaseNumber > current.releaseNumber;
}

template <typename Items> int indexIn(const Items& items, const QString& id)
{
    for (int i = 0; i < int(items.size()); ++i) {
        if (items[i].id == id)
            return i;
    }
    return -1;
}

constexpr int kUnknownCellRank = INT_MAX - 1;

/** Where a cell sorts within its dimension: the profile's order, unknown ids next, "not
 * given" last. */
int cellRank(const SchoolProfile& profile, Dimension dimension, const QString& cellId)
{
    if (cellId.isEmpty())
        return dimension == Dimension::School ? 0 : INT_MAX;
    int index = -1;
    switch (dimension) {
    case Dimension::School:
        break;
    case Dimension::Team:
        index = indexIn(profile.teams, cellId);
        break;
    case Dimension::Role:
        index = indexIn(profile.roles, cellId);
        break;
    case Dimension::AgeBand:
        index = indexIn(profile.ageBands, cellId);
        break;
    }
    return index >= 0 ? index : kUnknownCellRank;
}

/** The figures of one cell and metric in each release, by release number. */
using ByRelease = std::map<int, CellFigure>;

const CellFigure* latestWithheld(const ByRelease& releases)
{
    for (auto it = releases.crbegin(); it != releases.crend(); ++it) {
        if (!it->second.released())
            return &it->second;
    }
    return nullptr;
}

/** A choice row: the highest release in which both the choice and its asked list were released
 * gives the share; else the reason one of them was withheld. */
void fillChoice(ReportRow& row, const ByRelease& choice, const ByRelease* asked)
{
    for (auto it = choice.crbegin(); it != choice.crend(); ++it) {
        const CellFigure& mine = it->second;
        if (!mine.released() || !asked)
            continue;
        const auto other = asked->find(it->first);
        if (other == asked->cend() || !other->second.released())
            continue;
        row.releaseNumber = it->first;
        row.reason = privacy::Reason::Released;
        row.statistics = figureStatistics(mine, MetricKind::Choice);
        const qint64 askedSum = other->second.sum;
        if (askedSum > 0 && mine.sum >= 0 && mine.sum <= askedSum)
            row.statistics.share = double(mine.sum) / double(askedSum);
        return;
    }
    const bool everReleased = std::any_of(
        choice.cbegin(), choice.cend(), [](const auto& entry) { return entry.second.released(); });
    if (const CellFigure* own = latestWithheld(choice); own && !everReleased) {
        row.releaseNumber = own->releaseNumber;
        row.reason = own->reason;
        return;
    }
    const CellFigure* theirs = asked ? latestWithheld(*asked) : nullptr;
    if (!theirs) {
        row.noDenominator = true;
        return;
    }
    row.releaseNumber = theirs->releaseNumber;
    row.reason = theirs->reason;
}

} // namespace

FigureStatistics figureStatistics(const Figure& f, MetricKind kind)
{
    FigureStatistics out;
    out.n = f.contributors;
    switch (kind) {
    case MetricKind::Indicator:
        if (f.contributors > 0 && f.sum >= 0 && f.sum <= f.contributors) {
            out.share = double(f.sum) / double(f.contributors);
            out.shareInterval = wilson95(f.sum, f.contributors);
        }
        return out;
    case MetricKind::Choice: // the share needs the asked figure: the caller's to add
        out.total = f.sum;
        return out;
    case MetricKind::Count:
    case MetricKind::Asked:
    case MetricKind::Other:
        out.total = f.sum;
        [[fallthrough]];
    case MetricKind::Score:
        if (const auto m = estimateMean(f.contributors, f.sum, f.sumSquares, metricScale(kind))) {
            out.mean = m->mean;
            out.sd = m->sd;
            out.meanInterval = m->interval;
        }
        return out;
    }
    return out;
}

QString ReportRow::withheldText() const
{
    if (released())
        return {};
    if (noDenominator)
        return Text::tr("Not shown: the release has no count of the check-ins that asked this "
                        "question, so no share can be given.");
    if (withheldInEverySchool)
        return Text::tr("Withheld in every school that has this figure.");
    return privacy::reasonText(reason);
}

QString ReportRow::withheldId() const
{
    if (released())
        return {};
    if (noDenominator)
        return QStringLiteral("no_denominator");
    if (withheldInEverySchool)
        return QStringLiteral("withheld_in_every_school");
    switch (reason) {
    case privacy::Reason::Released:
        break;
    case privacy::Reason::FewerThanK:
        return QStringLiteral("fewer_than_k");
    case privacy::Reason::ProtectsSmallerGroup:
        return QStringLiteral("protects_smaller_group");
    case privacy::Reason::TooCloseToAnotherGroup:
        return QStringLiteral("too_close_to_another_group");
    case privacy::Reason::TooFewAdded:
        return QStringLiteral("too_few_added");
    case privacy::Reason::WithheldEarlier:
        return QStringLiteral("withheld_earlier");
    case privacy::Reason::ImpossibleSum:
        return QStringLiteral("impossible_sum");
    case privacy::Reason::CrossesBreakdown:
        return QStringLiteral("crosses_breakdown");
    }
    return {};
}

QList<CellFigure> countingFigures(const QList<CellFigure>& figures)
{
    QList<CellFigure> out;
    QHash<FigureKey, qsizetype> index;
    index.reserve(figures.size());
    for (const CellFigure& f : figures) {
        const FigureKey key = keyOf(f);
        const auto found = index.constFind(key);
        if (found == index.cend()) {
            index.insert(key, out.size());
            out << f;
        } else if (countsOver(f, out[*found])) {
            out[*found] = f;
        }
    }
    return out;
}

QString cellName(const SchoolProfile& profile, Dimension dimension, const QString& cellId)
{
    if (dimension == Dimension::School)
        return profile.schoolName;
    if (cellId.isEmpty())
        return Text::tr("(not given)");
    const QString* name = nullptr;
    switch (dimension) {
    case Dimension::School:
        break;
    case Dimension::Team:
        if (const ProfileItem* team = profile.team(cellId))
            name = &team->name;
        break;
    case Dimension::Role:
        if (const ProfileItem* role = profile.role(cellId))
            name = &role->name;
        break;
    case Dimension::AgeBand:
        if (const AgeBand* band = profile.ageBand(cellId))
            name = &band->name;
        break;
    }
    return name ? *name : cellId;
}

QList<ReportRow> periodReport(const QList<CellFigure>& figures, const SchoolProfile& profile)
{
    // Every release's figure, for the choices and the check-ins that asked them only: a choice's
    // share needs both from one release.
    QHash<FigureKey, ByRelease> releases;
    for (const CellFigure& f : figures) {
        const MetricKind kind = metricKind(f.metric);
        if (kind == MetricKind::Choice || kind == MetricKind::Asked)
            releases[keyOf(f)].insert_or_assign(f.releaseNumber, f);
    }

    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    QHash<QString, int> metricRank;
    for (int i = 0; i < int(layout.metrics().size()); ++i)
        metricRank.insert(layout.metrics()[i].id, i);
    QHash<CellKey, CellInfo> cells;
    QHash<QString, int> periodRank;

    // Period, dimension, cell (by rank; by id when the profile does not know it), metric (the
    // same); ids the profile knows leave their text empty, so comparing them costs nothing.
    using SortKey = std::tuple<int, int, int, QString, int, QString>;
    std::vector<std::pair<SortKey, ReportRow>> ranked;
    for (const CellFigure& f : countingFigures(figures)) {
        auto cell = cells.find(CellKey { f.dimension, f.cell });
        if (cell == cells.end())
            cell = cells.insert(CellKey { f.dimension, f.cell },
                CellInfo { cellName(profile, f.dimension, f.cell),
                    cellRank(profile, f.dimension, f.cell) });
        ReportRow row;
        row.period = f.period;
        row.releaseNumber = f.releaseNumber;
        row.dimension = f.dimension;
        row.cellId = f.cell;
        row.cellName = cell->name;
        row.metricId = f.metric;
        row.kind = metricKind(f.metric);
        const int rank = metricRank.value(f.metric, -1);
        row.label = rank >= 0 ? layout.metrics()[rank].label : f.metric;
        if (row.kind == MetricKind::Choice) {
            FigureKey askedKey = keyOf(f);
            askedKey.metric = askedMetricFor(f.metric);
            const auto asked = releases.constFind(askedKey);
            fillChoice(row, releases.value(keyOf(f)), asked == releases.cend() ? nullptr : &*asked);
        } else {
            row.reason = f.reason;
            if (f.released())
                row.statistics = figureStatistics(f, row.kind);
        }
        auto period = periodRank.constFind(f.period);
        if (period == periodRank.cend())
            period = periodRank.insert(f.period, int(periodRank.size()));
        const bool knownCell = cell->rank != kUnknownCellRank;
        SortKey key { *period, int(f.dimension), cell->rank, knownCell ? QString() : f.cell,
            rank >= 0 ? rank : INT_MAX, rank >= 0 ? QString() : f.metric };
        ranked.emplace_back(std::move(key), std::move(row));
    }
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<ReportRow> rows;
    rows.reserve(qsizetype(ranked.size()));
    for (auto& entry : ranked)
        rows << std::move(entry.second);
    return rows;
}

} // namespace kw::hr
