#include "outcome_filter_model.h"

#include "import_outcome_model.h"

namespace kw {

OutcomeFilterModel::OutcomeFilterModel(ImportOutcomeModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    for (const auto signal :
        { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(this, signal, this, &OutcomeFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &OutcomeFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &OutcomeFilterModel::countChanged);
}

void OutcomeFilterModel::setFilter(const QString& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
    emit filterChanged();
    emit countChanged();
}

void OutcomeFilterModel::setSortKey(const QString& key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    applySort();
    emit sortChanged();
}

void OutcomeFilterModel::setAscending(bool ascending)
{
    if (ascending == m_ascending)
        return;
    m_ascending = ascending;
    applySort();
    emit sortChanged();
}

void OutcomeFilterModel::sortBy(const QString& key)
{
    if (key == m_sortKey) {
        setAscending(!m_ascending);
        return;
    }
    m_ascending = true;
    setSortKey(key);
}

QVariant OutcomeFilterModel::get(int row, const QString& roleName) const
{
    return data(index(row, 0), roleOf(roleName));
}

bool OutcomeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter == QLatin1String("all"))
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool accepted = row.data(ImportOutcomeModel::AcceptedRole).toBool();
    if (m_filter == QLatin1String("accepted"))
        return accepted;
    if (m_filter == QLatin1String("refused"))
        return !accepted;
    return row.data(ImportOutcomeModel::OutcomeRole).toString() == m_filter;
}

void OutcomeFilterModel::applySort()
{
    if (m_sortKey.isEmpty()) {
        sort(-1); // the order the files were read in
        return;
    }
    setSortRole(roleOf(m_sortKey));
    sort(0, m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
}

int OutcomeFilterModel::roleOf(const QString& name) const
{
    const QHash<int, QByteArray> roles = sourceModel()->roleNames();
    return roles.key(name.toUtf8(), ImportOutcomeModel::FileNameRole);
}

} // namespace kw
