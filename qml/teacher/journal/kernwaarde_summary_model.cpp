#include "teacher/journal/kernwaarde_summary_model.h"

namespace kw {

KernwaardeSummaryModel::KernwaardeSummaryModel(QObject* parent)
    : JournalListModel(parent)
{ }

int KernwaardeSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KernwaardeSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValueSummary& row = m_rows.at(index.row());
    const Kernwaarde* value = store()->profile().kernwaarde(row.valueId);
    switch (role) {
    case ValueIdRole:
        return row.valueId;
    case Qt::DisplayRole:
    case NameRole:
        return value->name;
    case DescriptionRole:
        return value->description;
    case ColorRole:
        return value->color;
    case ThisMonthRole:
        return row.thisMonth;
    case ThisYearRole:
        return row.thisYear;
    default:
        return {};
    }
}

QHash<int, QByteArray> KernwaardeSummaryModel::roleNames() const
{
    return { { ValueIdRole, "valueId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { ColorRole, "color" }, { ThisMonthRole, "thisMonth" }, { ThisYearRole, "thisYear" } };
}

int KernwaardeSummaryModel::totalThisYear() const
{
    int total = 0;
    for (const ValueSummary& row : m_rows)
        total += row.thisYear;
    return total;
}

void KernwaardeSummaryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (store()) {
        auto rows = summarizeValues(*store(), journal()->clock().today());
        if (rows)
            m_rows = *rows;
        else
            m_error = rows.error().message;
    }
    endResetModel();
    emit refreshed();
}

} // namespace kw
