#include "leader_conversation_model.h"

#include "leader_text.h"

#include <QLocale>

namespace kw {

LeaderConversationModel::LeaderConversationModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void LeaderConversationModel::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &LeaderConversationModel::reload);
    emit deskChanged();
    reload();
}

void LeaderConversationModel::setTeacherName(const QString& name)
{
    if (name == m_teacherName)
        return;
    m_teacherName = name;
    emit deskChanged();
    reload();
}

void LeaderConversationModel::reload()
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    beginResetModel();
    m_rows.clear();
    m_teamNames.clear();
    m_tomorrow.clear();
    m_dueTomorrow.clear();
    m_error.clear();
    if (store) {
        if (auto list = store->conversations(m_teacherName); list)
            m_rows = *list;
        else
            m_error = list.error().message;
        for (const conversation::ConversationSummary& c : std::as_const(m_rows))
            m_teamNames << m_desk->teamName(c.teamId);
        QStringList names;
        if (auto due = store->dueTomorrow(m_desk->clock().today()); due) {
            for (const conversation::ConversationSummary& c : std::as_const(*due)) {
                m_tomorrow << c.id;
                names << c.teacherName;
            }
        }
        if (!names.isEmpty())
            m_dueTomorrow = tr("Tomorrow: the waarderingsgesprek with %1. Read the preparation "
                               "today.")
                                .arg(QLocale().createSeparatedList(names));
    } else if (m_desk) {
        m_error = m_desk->openError();
    }
    endResetModel();
    emit countChanged();
}

int LeaderConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LeaderConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const conversation::ConversationSummary& c = m_rows.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return conversation::conversationIdText(c.id);
    case TeacherNameRole:
        return c.teacherName;
    case TeamNameRole:
        return m_teamNames.value(index.row());
    case PlannedOnRole:
        return leader::dayLabel(c.plannedOn);
    case StateIdRole:
        return conversation::stateId(c.state);
    case StateNameRole:
        return conversation::stateName(c.state);
    case HeldOnRole:
        return leader::dayLabel(c.heldOn);
    case TomorrowRole:
        return m_tomorrow.contains(c.id);
    }
    return {};
}

QHash<int, QByteArray> LeaderConversationModel::roleNames() const
{
    return { { ConversationIdRole, "conversationId" }, { TeacherNameRole, "teacherName" },
        { TeamNameRole, "teamName" }, { PlannedOnRole, "plannedOn" }, { StateIdRole, "stateId" },
        { StateNameRole, "stateName" }, { HeldOnRole, "heldOn" }, { TomorrowRole, "tomorrow" } };
}

QVariant LeaderConversationModel::get(int row, const QString& role) const
{
    return data(index(row), roleNames().key(role.toUtf8(), -1));
}

} // namespace kw
