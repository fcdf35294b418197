#include "teacher/journal/year_cells_model.h"

#include <QLocale>

namespace kw {

YearCellsModel::YearCellsModel(QObject* parent)
    : JournalListModel(parent)
{ }

int YearCellsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_cells.isEmpty() ? 0 : 12 * columns;
}

const DayCell* YearCellsModel::cellAt(int row) const
{
    const QDate day(m_year, row / columns + 1, row % columns + 1);
    if (!day.isValid())
        return nullptr;
    return &m_cells.at(int(QDate(m_year, 1, 1).daysTo(day)));
}

QVariant YearCellsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DayCell* cell = cellAt(index.row());
    if (role == RealRole)
        return cell != nullptr;
    if (!cell) {
        switch (role) {
        case FutureRole:
            return false;
        case MentionsRole:
            return 0;
        default:
            return QString();
        }
    }
    const SchoolProfile& profile = store()->profile();
    const Kernwaarde* value = profile.kernwaarde(cell->valueId);
    switch (role) {
    case DayRole:
        return cell->day.toString(Qt::ISODate);
    case FutureRole:
        return cell->day > journal()->clock().today();
    case ValueIdRole:
        return cell->valueId;
    case ColorRole:
        return value ? value->color : QString();
    case MentionsRole:
        return cell->mentions;
    case Qt::DisplayRole:
    case LabelRole: {
        const QString day = QLocale().toString(cell->day, QStringLiteral("ddd d MMM"));
        return value ? day + QStringLiteral(": ") + value->name : day;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> YearCellsModel::roleNames() const
{
    return { { DayRole, "day" }, { RealRole, "real" }, { FutureRole, "future" },
        { ValueIdRole, "valueId" }, { ColorRole, "cellColor" }, { MentionsRole, "mentions" },
        { LabelRole, "label" } };
}

void YearCellsModel::setYear(int year)
{
    if (year == m_year || year < 2000 || year > 9999)
        return;
    m_year = year;
    emit yearChanged();
    refresh();
}

void YearCellsModel::setValueId(const QString& valueId)
{
    if (valueId == m_valueId)
        return;
    m_valueId = valueId;
    emit valueIdChanged();
    refresh();
}

int YearCellsModel::daysWithReflection() const
{
    return int(std::count_if(
        m_cells.cbegin(), m_cells.cend(), [](const DayCell& c) { return c.mentions > 0; }));
}

QStringList YearCellsModel::monthLabels() const
{
    QStringList labels;
    for (int month = 1; month <= 12; ++month)
        labels << QLocale().standaloneMonthName(month, QLocale::ShortFormat);
    return labels;
}

void YearCellsModel::refresh()
{
    beginResetModel();
    m_cells.clear();
    if (m_year == 0 && journal()) { // until chosen, the year is this year
        m_year = journal()->clock().today().year();
        emit yearChanged();
    }
    if (store() && m_year != 0) {
        if (auto cells = yearCells(*store(), m_year, m_valueId))
            m_cells = *cells;
    }
    endResetModel();
    emit refreshed();
}

} // namespace kw
