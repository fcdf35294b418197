#include "hr/hr_heatmap_model.h"

#include "hr/figure_labels.h"

#include <algorithm>

namespace kw {

HrHeatmapModel::HrHeatmapModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void HrHeatmapModel::setDashboard(HrDashboard* dashboard)
{
    if (!followDashboard(this, m_dashboard, dashboard, &HrHeatmapModel::refresh))
        return;
    emit dashboardChanged();
    refresh();
}

void HrHeatmapModel::setDimension(const QString& key)
{
    const auto dimension = hr::dimensionFromKey(key);
    if (!dimension || *dimension == hr::Dimension::School || *dimension == m_dimension)
        return;
    m_dimension = *dimension;
    refresh();
}

void HrHeatmapModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_metrics.clear();
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    if (profile) {
        m_metrics = dashboard::wellbeingMetrics(*profile);
        m_rows << Row { hr::Dimension::School, {}, profile->schoolName };
        // The report's own order (the profile's, "not given" last) and its names.
        const hr::PeriodReport* report = m_dashboard->shown();
        for (const hr::ReportRow& row : report ? report->rows : QList<hr::ReportRow>()) {
            if (row.dimension != m_dimension)
                continue;
            if (std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const Row& r) {
                    return r.dimension == row.dimension && r.cellId == row.cellId;
                }))
                m_rows << Row { row.dimension, row.cellId, row.cellName };
        }
    }
    endResetModel();
    emit changed();
}

QStringList HrHeatmapModel::columns() const
{
    QStringList out;
    for (const dashboard::ShownMetric& m : m_metrics)
        out << m.title;
    return out;
}

int HrHeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariantList HrHeatmapModel::cellsOf(const Row& r) const
{
    QVariantList cells;
    const int period = m_dashboard->periodIndex();
    for (const dashboard::ShownMetric& m : m_metrics) {
        const hr::ReportRow* row = m_dashboard->row(period, r.dimension, r.cellId, m.id);
        double tone = 0.5;
        if (row && row->released()) {
            const hr::FigureStatistics& s = row->statistics;
            const double span = m.high - m.low;
            const double position = figure_labels::isShare(*row) ? s.share.value_or(0)
                : span > 0 ? (s.mean.value_or(m.low) - m.low) / span
                           : 0.5;
            tone = std::clamp(
                figure_labels::higherIsBetter(*row) ? position : 1 - position, 0.0, 1.0);
        }
        cells << QVariantMap { { QStringLiteral("metricId"), m.id },
            { QStringLiteral("title"), m.title },
            { QStringLiteral("value"), row ? figure_labels::value(*row) : QString() },
            { QStringLiteral("count"), row ? figure_labels::count(*row) : QString() },
            { QStringLiteral("interval"), row ? figure_labels::interval(*row) : QString() },
            { QStringLiteral("released"), row && row->released() },
            { QStringLiteral("reason"),
                !row ? tr("No figure in this period's release.") : row->withheldText() },
            { QStringLiteral("tone"), tone } };
    }
    return cells;
}

int HrHeatmapModel::withheldCount() const
{
    int count = 0;
    for (const Row& r : m_rows) {
        for (const QVariant& cell : cellsOf(r))
            count += !cell.toMap().value(QStringLiteral("released")).toBool();
    }
    return count;
}

QVariant HrHeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_dashboard)
        return {};
    const Row& r = m_rows[index.row()];
    switch (Role(role)) {
    case NameRole:
        return r.name;
    case CellIdRole:
        return r.cellId;
    case IsSchoolRole:
        return r.dimension == hr::Dimension::School;
    case CellsRole:
        return cellsOf(r);
    }
    return {};
}

QHash<int, QByteArray> HrHeatmapModel::roleNames() const
{
    return { { NameRole, "name" }, { CellIdRole, "cellId" }, { IsSchoolRole, "isSchool" },
        { CellsRole, "cells" } };
}

} // namespace kw
