#include "teacher/pop/evidence_list_model.h"

#include <QLocale>
#include <algorithm>

namespace kw {

EvidenceListModel::EvidenceListModel(QObject* parent)
    : JournalListModel(parent)
{ }

int EvidenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reflections.size());
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reflection& r = m_reflections.at(index.row());
    switch (role) {
    case ReflectionIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case DayRole:
        return r.day.toString(Qt::ISODate);
    case DayLabelRole:
        return QLocale().toString(r.day, QStringLiteral("ddd d MMM yyyy"));
    case ValueIdsRole:
        return r.valueIds;
    default:
        return {};
    }
}

QHash<int, QByteArray> EvidenceListModel::roleNames() const
{
    return { { ReflectionIdRole, "reflectionId" }, { TextRole, "text" }, { DayRole, "day" },
        { DayLabelRole, "dayLabel" }, { ValueIdsRole, "valueIds" } };
}

void EvidenceListModel::setGoalId(qint64 id)
{
    if (id == m_goalId)
        return;
    m_goalId = id;
    emit goalIdChanged();
    refresh();
}

bool EvidenceListModel::contains(qint64 reflectionId) const
{
    return std::any_of(m_reflections.cbegin(), m_reflections.cend(),
        [reflectionId](const Reflection& r) { return r.id == reflectionId; });
}

void EvidenceListModel::refresh()
{
    beginResetModel();
    m_reflections.clear();
    m_error.clear();
    if (pop() && m_goalId != 0) {
        auto evidence = pop()->evidence(m_goalId);
        evidence ? void(m_reflections = *evidence) : void(m_error = evidence.error().message);
    }
    endResetModel();
    emit loaded();
}

} // namespace kw
