#include "bestuur/bestuur_report.h"

#include "bestuur/bestuur_text.h"
#include "hr/metric_kind.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <tuple>

namespace kw::bestuur {

namespace {

using hr::Dimension;

/** Where a cell or metric sorts, and what it is called: from the first school that names it. */
struct Named
{
    int rank = INT_MAX - 1;
    QString name;
};

/** The names and order of the merged cells and metrics, from the schools' profiles. */
class MergedNames
{
public:
    explicit MergedNames(const QList<SchoolFigures>& schools)
    {
        for (const SchoolFigures& school : schools) {
            const SchoolProfile& p = school.profile;
            for (const auto& role : p.roles)
                add(m_cells[int(Dimension::Role)], role.id,
                    hr::cellName(p, Dimension::Role, role.id));
            for (const auto& band : p.ageBands)
                add(m_cells[int(Dimension::AgeBand)], band.id,
                    hr::cellName(p, Dimension::AgeBand, band.id));
            const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(p);
            for (const exchange::Metric& metric : layout.metrics())
                add(m_metrics, metric.id, metric.label);
        }
    }

    Named cell(Dimension dimension, const QString& id) const
    {
        if (dimension == Dimension::School)
            return { 0, Text::tr("All schools") };
        if (id.isEmpty())
            return { INT_MAX, hr::cellName({}, dimension, id) };
        return m_cells[int(dimension)].value(id, Named { INT_MAX - 1, id });
    }
    Named metric(const QString& id) const { return m_metrics.value(id, Named { INT_MAX, id }); }

private:
    static void add(QHash<QString, Named>& names, const QString& id, const QString& name)
    {
        if (!names.contains(id))
            names.insert(id, { int(names.size()), name });
    }

    QHash<QString, Named> m_cells[4];
    QHash<QString, Named> m_metrics;
};

hr::ReportRow mergedRow(const QString& period, const MergedFigure& m, const MergedNames& names)
{
    const hr::Figure& f = m.figure;
    hr::ReportRow row;
    row.period = period;
    row.dimension = f.dimension;
    row.cellId = f.cell;
    row.cellName = names.cell(f.dimension, f.cell).name;
    row.metricId = f.metric;
    row.label = names.metric(f.metric).name;
    row.kind = hr::metricKind(f.metric);
    if (m.schools == 0) {
        row.withheldInEverySchool = true;
        return row;
    }
    row.reason = f.reason;
    if (!m.released())
        return row;
    row.statistics = hr::figureStatistics(f, row.kind);
    if (row.kind == hr::MetricKind::Choice && m.askedSum && *m.askedSum > 0 && f.sum >= 0
        && f.sum <= *m.askedSum)
        row.statistics.share = double(f.sum) / double(*m.askedSum);
    return row;
}

Result<QList<BestuurRow>> mergedRows(const QString& period, const QList<SchoolFigures>& schools)
{
    auto merged = mergeSchools(schools);
    if (!merged)
        return merged.error();
    const MergedNames names(schools);
    using SortKey = std::tuple<int, int, QString, int, QString>;
    QList<std::pair<SortKey, BestuurRow>> ranked;
    for (const MergedFigure& m : std::as_const(*merged)) {
        const hr::Figure& f = m.figure;
        const Named cell = names.cell(f.dimension, f.cell);
        const Named metric = names.metric(f.metric);
        BestuurRow row { Level::Bestuur, {}, {}, m.schools, m.schoolsWithFigure,
            mergedRow(period, m, names) };
        ranked.append({ SortKey { int(f.dimension), cell.rank, f.cell, metric.rank, f.metric },
            std::move(row) });
    }
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<BestuurRow> rows;
    for (auto& entry : ranked)
        rows << std::move(entry.second);
    return rows;
}

QList<BestuurRow> schoolRows(const QString& period, const SchoolFigures& school)
{
    QList<BestuurRow> rows;
    for (hr::ReportRow& row : hr::periodReport(
             hr::ofRelease(school.figures, period, school.releaseNumber), school.profile))
        rows << BestuurRow { Level::School, school.schoolId, school.profile.schoolName, 0, 0,
            std::move(row) };
    return rows;
}

} // namespace

QString levelKey(Level level)
{
    return level == Level::School ? QStringLiteral("school") : QStringLiteral("bestuur");
}

std::optional<Level> levelFromKey(const QString& key)
{
    for (Level level : { Level::School, Level::Bestuur }) {
        if (levelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

Result<QList<BestuurRow>> periodReport(
    const QString& period, const QList<SchoolFigures>& schools, std::optional<Level> level)
{
    QList<BestuurRow> rows;
    if (!level || *level == Level::Bestuur) {
        auto merged = mergedRows(period, schools);
        if (!merged)
            return merged.error();
        rows << *merged;
    }
    if (!level || *level == Level::School) {
        for (const SchoolFigures& school : schools)
            rows << schoolRows(period, school);
    }
    return rows;
}

} // namespace kw::bestuur
