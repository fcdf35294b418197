#include "preview_cell_model.h"

#include <QHash>
#include <QVariantMap>

namespace kw {

PreviewCellModel::PreviewCellModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int PreviewCellModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant PreviewCellModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const custodian::PreviewCell& cell = m_cells[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return cell.name;
    case DimensionRole:
        return exchange::dimensionKey(cell.cell.dimension);
    case ContributionsRole:
        return cell.contributions;
    case ReleasedRole:
        return cell.releasedCount();
    case FiguresRole:
        return int(cell.figures.size());
    case AllReleasedRole:
        return cell.releasedCount() == cell.figures.size();
    case GroupsRole: {
        QVariantList groups;
        for (const custodian::PreviewGroup& g : cell.groups)
            groups << QVariantMap { { QStringLiteral("name"), g.name },
                { QStringLiteral("contributors"), g.contributors },
                { QStringLiteral("figures"), g.figures },
                { QStringLiteral("released"), g.released } };
        return groups;
    }
    case WithheldRole: {
        QHash<QString, QString> labels;
        for (const custodian::PreviewFigure& f : cell.figures)
            labels.insert(f.metricId, f.label.isEmpty() ? f.metricId : f.label);
        QVariantList withheld;
        for (const custodian::WithheldGroup& w : cell.withheld) {
            QStringList names;
            for (const QString& id : w.metricIds)
                names << labels.value(id);
            withheld << QVariantMap { { QStringLiteral("reason"), w.reasonText },
                { QStringLiteral("count"), int(w.metricIds.size()) },
                { QStringLiteral("metrics"), names.join(QStringLiteral(", ")) } };
        }
        return withheld;
    }
    }
    return {};
}

QHash<int, QByteArray> PreviewCellModel::roleNames() const
{
    return { { NameRole, "name" }, { DimensionRole, "dimension" },
        { ContributionsRole, "contributions" }, { ReleasedRole, "released" },
        { FiguresRole, "figures" }, { AllReleasedRole, "allReleased" }, { GroupsRole, "groups" },
        { WithheldRole, "withheld" } };
}

void PreviewCellModel::reset(const QList<custodian::PreviewCell>& cells)
{
    beginResetModel();
    m_cells = cells;
    endResetModel();
}

QVariant PreviewCellModel::get(int row, const QString& roleName) const
{
    return data(index(row, 0), roleNames().key(roleName.toUtf8(), NameRole));
}

} // namespace kw
