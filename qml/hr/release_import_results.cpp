#include "release_import_results.h"

namespace kw {

ReleaseImportResults::ReleaseImportResults(QObject* parent)
    : QAbstractListModel(parent)
{ }

int ReleaseImportResults::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReleaseImportResults::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return row.fileName;
    case StoredRole:
        return row.stored;
    case HeadlineRole:
        return row.headline;
    case NextStepRole:
        return row.nextStep;
    }
    return {};
}

QHash<int, QByteArray> ReleaseImportResults::roleNames() const
{
    return { { FileNameRole, "fileName" }, { StoredRole, "stored" }, { HeadlineRole, "headline" },
        { NextStepRole, "nextStep" } };
}

void ReleaseImportResults::prepend(const QList<Row>& rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    emit countChanged();
}

QVariant ReleaseImportResults::get(int row, const QString& roleName) const
{
    return data(index(row, 0), roleNames().key(roleName.toUtf8(), FileNameRole));
}

} // namespace kw
