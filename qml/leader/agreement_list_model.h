#pragma once

#include "kernwijzer/v1/conversation.pb.h"
#include "profile/school_profile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace kw {

/**
 * The agreements of one conversation, in the verslag's order. Rows: what, who ("teacher",
 * "leader" or a name), whoName (the person), due (day label, "" for none), dueIso, kernwaarde
 * (its name), goalTitle, answer ("agreed", "seen" or "" before the response), reaction (the
 * teacher's, on this agreement).
 */
class AgreementListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConversationNotes.agreements")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        WhatRole = Qt::UserRole + 1,
        WhoRole,
        WhoNameRole,
        DueRole,
        DueIsoRole,
        KernwaardeRole,
        GoalTitleRole,
        AnswerRole,
        ReactionRole,
    };

    explicit AgreementListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_agreements.size()); }
    Q_INVOKABLE QVariant get(int row, const QString& role) const;

    /** Shows @p agreements of the conversation @p ref, answered by @p response when given. */
    void reset(const QList<::kernwijzer::v1::Agreement>& agreements,
        const ::kernwijzer::v1::ConversationRef& ref,
        const std::optional<::kernwijzer::v1::Response>& response,
        const std::optional<SchoolProfile>& profile);

signals:
    void countChanged();

private:
    QList<::kernwijzer::v1::Agreement> m_agreements;
    ::kernwijzer::v1::ConversationRef m_ref;
    std::optional<::kernwijzer::v1::Response> m_response;
    std::optional<SchoolProfile> m_profile;
};

} // namespace kw
