#include "leader_teacher_model.h"

#include "exchange/crypto.h"
#include "leader_text.h"

namespace kw {

LeaderTeacherModel::LeaderTeacherModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void LeaderTeacherModel::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &LeaderTeacherModel::reload);
    emit deskChanged();
    reload();
}

void LeaderTeacherModel::reload()
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    const int before = count();
    beginResetModel();
    m_rows.clear();
    m_teamNames.clear();
    m_error.clear();
    if (store) {
        if (auto teachers = store->teachers(); teachers)
            m_rows = *teachers;
        else
            m_error = teachers.error().message;
        const auto profile = m_desk->profile();
        m_retentionYears = profile ? profile->retentionYears : 0;
        for (const conversation::TeacherSummary& t : std::as_const(m_rows))
            m_teamNames << m_desk->teamName(t.teamId);
    } else if (m_desk) {
        m_error = m_desk->openError();
    }
    endResetModel();
    if (before != count())
        emit countChanged();
    emit errorChanged();
}

int LeaderTeacherModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LeaderTeacherModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const conversation::TeacherSummary& t = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return t.name;
    case TeamNameRole:
        return m_teamNames.value(index.row());
    case HasKeyRole:
        return t.hasKey;
    case FingerprintRole:
        return t.hasKey ? crypto::fingerprint(t.signKey) : QString();
    case LeftRole:
        return t.leftOn.isValid();
    case LeftOnRole:
        return leader::shortDayLabel(t.leftOn);
    case DeleteOnRole:
        return t.leftOn.isValid() && m_retentionYears > 0
            ? leader::shortDayLabel(t.leftOn.addYears(m_retentionYears))
            : QString();
    case LastConversationRole:
        return leader::shortDayLabel(t.lastConversation);
    case NextConversationRole:
        return leader::shortDayLabel(t.nextConversation);
    case ConversationsRole:
        return t.conversations;
    }
    return {};
}

QHash<int, QByteArray> LeaderTeacherModel::roleNames() const
{
    return { { NameRole, "name" }, { TeamNameRole, "teamName" }, { HasKeyRole, "hasKey" },
        { FingerprintRole, "fingerprint" }, { LeftRole, "uitDienst" }, { LeftOnRole, "leftOn" },
        { DeleteOnRole, "deleteOn" }, { LastConversationRole, "lastConversation" },
        { NextConversationRole, "nextConversation" }, { ConversationsRole, "conversations" } };
}

QVariant LeaderTeacherModel::get(int row, const QString& role) const
{
    return data(index(row), roleNames().key(role.toUtf8(), -1));
}

bool LeaderTeacherModel::setLeft(const QString& name, QDate leftOn)
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return false;
    if (Status s = store->markLeft(name, leftOn); !s) {
        m_error = s.error().message;
        emit errorChanged();
        return false;
    }
    m_desk->notifyChanged();
    return true;
}

bool LeaderTeacherModel::markLeft(const QString& name)
{
    return m_desk && setLeft(name, m_desk->clock().today());
}

bool LeaderTeacherModel::markInDienst(const QString& name)
{
    return setLeft(name, QDate());
}

} // namespace kw
