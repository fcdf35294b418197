#include "import_outcome_model.h"

#include <QFileInfo>

namespace kw {

ImportOutcomeModel::ImportOutcomeModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int ImportOutcomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

QVariant ImportOutcomeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const custodian::FileOutcome& file = m_files[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return QFileInfo(file.path).fileName();
    case PathRole:
        return file.path;
    case OutcomeRole:
        return custodian::outcomeId(file.outcome);
    case OutcomeNameRole:
        return custodian::outcomeName(file.outcome);
    case PeriodRole:
        return file.period;
    case ReasonRole:
        return file.reason;
    case AcceptedRole:
        return file.accepted;
    }
    return {};
}

QHash<int, QByteArray> ImportOutcomeModel::roleNames() const
{
    return { { FileNameRole, "fileName" }, { PathRole, "path" }, { OutcomeRole, "outcome" },
        { OutcomeNameRole, "outcomeName" }, { PeriodRole, "period" }, { ReasonRole, "reason" },
        { AcceptedRole, "accepted" } };
}

void ImportOutcomeModel::append(const QList<custodian::FileOutcome>& files)
{
    if (files.isEmpty())
        return;
    const int first = int(m_files.size());
    beginInsertRows({}, first, first + int(files.size()) - 1);
    m_files.append(files);
    endInsertRows();
    emit countChanged();
}

void ImportOutcomeModel::clear()
{
    if (m_files.isEmpty())
        return;
    beginResetModel();
    m_files.clear();
    endResetModel();
    emit countChanged();
}

} // namespace kw
