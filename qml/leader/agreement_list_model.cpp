#include "agreement_list_model.h"

#include "leader_text.h"

namespace kw {

namespace v1 = ::kernwijzer::v1;

namespace {

QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

AgreementListModel::AgreementListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void AgreementListModel::reset(const QList<v1::Agreement>& agreements,
    const v1::ConversationRef& ref, const std::optional<v1::Response>& response,
    const std::optional<SchoolProfile>& profile)
{
    const int before = count();
    beginResetModel();
    m_agreements = agreements;
    m_ref = ref;
    m_response = response;
    m_profile = profile;
    endResetModel();
    if (before != count())
        emit countChanged();
}

int AgreementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AgreementListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const v1::Agreement& a = m_agreements.at(index.row());
    const v1::AgreementAnswer* answer = nullptr;
    if (m_response)
        for (const v1::AgreementAnswer& candidate : m_response->answers())
            if (candidate.agreement_id() == a.id())
                answer = &candidate;
    switch (role) {
    case WhatRole:
        return qs(a.what());
    case WhoRole:
        return qs(a.who());
    case WhoNameRole:
        return a.who() == "teacher" ? qs(m_ref.teacher().name())
            : a.who() == "leader"   ? qs(m_ref.leader().name())
                                    : qs(a.who());
    case DueRole:
        return leader::shortDayLabel(QDate::fromString(qs(a.due()), Qt::ISODate));
    case DueIsoRole:
        return qs(a.due());
    case KernwaardeRole: {
        if (a.kernwaarde_id().empty())
            return QString();
        const Kernwaarde* k = m_profile ? m_profile->kernwaarde(qs(a.kernwaarde_id())) : nullptr;
        return k ? k->name : qs(a.kernwaarde_id());
    }
    case GoalTitleRole:
        return qs(a.goal_title());
    case AnswerRole:
        return !answer                                               ? QString()
            : answer->status() == v1::AgreementAnswer::STATUS_AGREED ? QStringLiteral("agreed")
                                                                     : QStringLiteral("seen");
    case ReactionRole:
        return answer ? qs(answer->reaction()) : QString();
    }
    return {};
}

QHash<int, QByteArray> AgreementListModel::roleNames() const
{
    return { { WhatRole, "what" }, { WhoRole, "who" }, { WhoNameRole, "whoName" },
        { DueRole, "due" }, { DueIsoRole, "dueIso" }, { KernwaardeRole, "kernwaarde" },
        { GoalTitleRole, "goalTitle" }, { AnswerRole, "answer" }, { ReactionRole, "reaction" } };
}

QVariant AgreementListModel::get(int row, const QString& role) const
{
    return data(index(row), roleNames().key(role.toUtf8(), -1));
}

} // namespace kw
