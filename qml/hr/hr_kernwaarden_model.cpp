#include "hr/hr_kernwaarden_model.h"

#include "hr/figure_labels.h"
#include "hr/period_change.h"

#include <algorithm>

namespace kw {

HrKernwaardenModel::HrKernwaardenModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void HrKernwaardenModel::setDashboard(HrDashboard* dashboard)
{
    if (!followDashboard(this, m_dashboard, dashboard, &HrKernwaardenModel::refresh))
        return;
    emit dashboardChanged();
    refresh();
}

const hr::ReportRow* HrKernwaardenModel::rowOf(const Kernwaarde& value, int period) const
{
    return m_dashboard->row(period, hr::Dimension::School, {}, QStringLiteral("value.") + value.id);
}

double HrKernwaardenModel::meanOf(const Kernwaarde& value) const
{
    const hr::ReportRow* row = rowOf(value, m_dashboard->periodIndex());
    return row && row->released() ? row->statistics.mean.value_or(-1) : -1;
}

void HrKernwaardenModel::refresh()
{
    beginResetModel();
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    m_values = profile ? profile->kernwaarden : QList<Kernwaarde>();
    if (profile)
        std::stable_sort(m_values.begin(), m_values.end(),
            [this](const Kernwaarde& a, const Kernwaarde& b) { return meanOf(a) > meanOf(b); });
    endResetModel();
    emit changed();
}

double HrKernwaardenModel::largest() const
{
    double out = 0;
    for (const Kernwaarde& value : m_values)
        out = std::max(out, meanOf(value));
    return out;
}

int HrKernwaardenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

QVariant HrKernwaardenModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_dashboard)
        return {};
    const Kernwaarde& value = m_values[index.row()];
    const int period = m_dashboard->periodIndex();
    const hr::ReportRow* row = rowOf(value, period);
    switch (Role(role)) {
    case KernwaardeIdRole:
        return value.id;
    case NameRole:
        return value.name;
    case DescriptionRole:
        return value.description;
    case ColorRole:
        return value.color;
    case MeanRole:
        return meanOf(value);
    case ValueRole:
        return row ? figure_labels::value(*row) : QString();
    case IntervalRole:
        return row ? figure_labels::interval(*row) : QString();
    case CountRole:
        return row ? figure_labels::count(*row) : QString();
    case ReasonRole:
        return !row ? tr("No figure in this period's release.") : row->withheldText();
    case ChangeRole:
        return row ? figure_labels::change(*row, hr::periodChange(rowOf(value, period - 1), *row),
                   m_dashboard->labelOf(period - 1))
                   : QString();
    case DirectionRole:
        return row
            ? figure_labels::changeDirection(hr::periodChange(rowOf(value, period - 1), *row))
            : QString();
    }
    return {};
}

QHash<int, QByteArray> HrKernwaardenModel::roleNames() const
{
    return { { KernwaardeIdRole, "kernwaardeId" }, { NameRole, "name" },
        { DescriptionRole, "description" }, { ColorRole, "color" }, { MeanRole, "mean" },
        { ValueRole, "value" }, { IntervalRole, "interval" }, { CountRole, "count" },
        { ReasonRole, "reason" }, { ChangeRole, "change" }, { DirectionRole, "direction" } };
}

} // namespace kw
