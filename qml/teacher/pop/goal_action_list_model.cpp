#include "teacher/pop/goal_action_list_model.h"

#include <QLocale>
#include <algorithm>

namespace kw {

GoalActionListModel::GoalActionListModel(QObject* parent)
    : JournalListModel(parent)
{ }

int GoalActionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

QVariant GoalActionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoalAction& a = m_actions.at(index.row());
    switch (role) {
    case ActionIdRole:
        return a.id;
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case DueRole:
        return a.due.toString(Qt::ISODate);
    case DueLabelRole:
        return a.due.isValid() ? QLocale().toString(a.due, QStringLiteral("d MMM yyyy"))
                               : QString();
    case DoneRole:
        return a.done;
    case OverdueRole:
        return !a.done && a.due.isValid() && a.due < journal()->clock().today();
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalActionListModel::roleNames() const
{
    return { { ActionIdRole, "actionId" }, { TitleRole, "title" }, { DueRole, "due" },
        { DueLabelRole, "dueLabel" }, { DoneRole, "done" }, { OverdueRole, "overdue" } };
}

void GoalActionListModel::setGoalId(qint64 id)
{
    if (id == m_goalId)
        return;
    m_goalId = id;
    emit goalIdChanged();
    refresh();
}

int GoalActionListModel::doneCount() const
{
    return int(std::count_if(
        m_actions.cbegin(), m_actions.cend(), [](const GoalAction& a) { return a.done; }));
}

QString GoalActionListModel::add(const QString& title, const QString& isoDue)
{
    if (!pop())
        return notOpenError();
    GoalAction a;
    a.goalId = m_goalId;
    a.title = title;
    a.due = QDate::fromString(isoDue, Qt::ISODate);
    auto id = pop()->addAction(a);
    return afterWrite(id ? Status() : Status(id.error()));
}

QString GoalActionListModel::setDone(qint64 actionId, bool done)
{
    if (!pop())
        return notOpenError();
    return afterWrite(pop()->setActionDone(actionId, done));
}

QString GoalActionListModel::remove(qint64 actionId)
{
    if (!pop())
        return notOpenError();
    return afterWrite(pop()->removeAction(actionId));
}

void GoalActionListModel::refresh()
{
    beginResetModel();
    m_actions.clear();
    m_error.clear();
    if (pop() && m_goalId != 0) {
        auto actions = pop()->actions(m_goalId);
        actions ? void(m_actions = *actions) : void(m_error = actions.error().message);
    }
    endResetModel();
    emit loaded();
}

} // namespace kw
