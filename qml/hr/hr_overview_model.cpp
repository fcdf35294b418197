#include "hr/hr_overview_model.h"

#include "hr/figure_labels.h"
#include "hr/participation.h"
#include "hr/period_change.h"

#include <QLocale>
#include <algorithm>

namespace kw {

HrOverviewModel::HrOverviewModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void HrOverviewModel::setDashboard(HrDashboard* dashboard)
{
    if (!followDashboard(this, m_dashboard, dashboard, &HrOverviewModel::refresh))
        return;
    emit dashboardChanged();
    refresh();
}

void HrOverviewModel::refresh()
{
    beginResetModel();
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    m_metrics = profile ? dashboard::wellbeingMetrics(*profile) : QList<dashboard::ShownMetric>();
    endResetModel();
    emit changed();
}

int HrOverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

QVariant HrOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_dashboard)
        return {};
    const dashboard::ShownMetric& metric = m_metrics[index.row()];
    const int period = m_dashboard->periodIndex();
    switch (Role(role)) {
    case MetricIdRole:
        return metric.id;
    case TitleRole:
        return metric.title;
    case KindRole:
        return hr::metricKindId(metric.kind);
    default:
        break;
    }
    const hr::ReportRow* row = m_dashboard->row(period, hr::Dimension::School, {}, metric.id);
    if (!row)
        return role == ReleasedRole ? QVariant(false)
            : role == ReasonRole    ? QVariant(tr("No figure in this period's release."))
                                    : QVariant();
    const hr::ReportRow* before
        = m_dashboard->row(period - 1, hr::Dimension::School, {}, metric.id);
    switch (Role(role)) {
    case ValueRole:
        return figure_labels::value(*row);
    case FractionRole: {
        if (!row->released())
            return 0.0;
        if (figure_labels::isShare(*row))
            return row->statistics.share.value_or(0);
        const double span = metric.high - metric.low;
        return span > 0
            ? std::clamp((row->statistics.mean.value_or(metric.low) - metric.low) / span, 0.0, 1.0)
            : 0.0;
    }
    case IntervalRole:
        return figure_labels::interval(*row);
    case CountRole:
        return figure_labels::count(*row);
    case ReleasedRole:
        return row->released();
    case ReasonRole:
        return row->withheldText();
    case ChangeRole:
        return figure_labels::change(
            *row, hr::periodChange(before, *row), m_dashboard->labelOf(period - 1));
    case DirectionRole:
        return figure_labels::changeDirection(hr::periodChange(before, *row));
    case ImprovedRole:
    case WorsenedRole: {
        const hr::PeriodChange change = hr::periodChange(before, *row);
        if (change.verdict != hr::ChangeVerdict::Up && change.verdict != hr::ChangeVerdict::Down)
            return false;
        const bool better
            = (change.verdict == hr::ChangeVerdict::Up) == figure_labels::higherIsBetter(*row);
        return role == ImprovedRole ? better : !better;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> HrOverviewModel::roleNames() const
{
    return { { MetricIdRole, "metricId" }, { TitleRole, "title" }, { KindRole, "kind" },
        { ValueRole, "value" }, { FractionRole, "fraction" }, { IntervalRole, "interval" },
        { CountRole, "count" }, { ReleasedRole, "released" }, { ReasonRole, "reason" },
        { ChangeRole, "change" }, { DirectionRole, "direction" }, { ImprovedRole, "improved" },
        { WorsenedRole, "worsened" } };
}

namespace {

hr::Participation participationOf(const HrDashboard* dashboard)
{
    if (!dashboard || !dashboard->profile())
        return {};
    return hr::participation(
        dashboard->contributions(dashboard->periodIndex()), *dashboard->profile());
}

} // namespace

int HrOverviewModel::contributions() const
{
    return int(participationOf(m_dashboard).contributions);
}

int HrOverviewModel::staff() const
{
    return participationOf(m_dashboard).staff;
}

double HrOverviewModel::participation() const
{
    return participationOf(m_dashboard).share.value_or(-1);
}

bool HrOverviewModel::participationLow() const
{
    return participationOf(m_dashboard).low;
}

QString HrOverviewModel::participationText() const
{
    if (!m_dashboard || !m_dashboard->profile())
        return {};
    return hr::participationText(participationOf(m_dashboard), QLocale()).join(QLatin1Char(' '));
}

QString HrOverviewModel::previousLabel() const
{
    return m_dashboard ? m_dashboard->labelOf(m_dashboard->periodIndex() - 1) : QString();
}

} // namespace kw
