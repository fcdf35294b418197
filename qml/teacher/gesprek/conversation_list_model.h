#pragma once

#include "services/journal_service.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The teacher's waarderingsgesprekken, the latest planned first, and the kept preparation draft.
 * Rows: conversationId (hex), plannedOn (ISO), leaderName, status ("prepared", "held",
 * "closed"), revision (of the preparation sent), agreements (of the verslag), openAgreements
 * (accepted, their POP action not done).
 */
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int toAnswer READ toAnswer NOTIFY loaded) ///< verslagen not responded to yet
    /** The kept draft: "none", "new" (not sent yet) or the state of its conversation. */
    Q_PROPERTY(QString draftState READ draftState NOTIFY loaded)
    Q_PROPERTY(QString draftPlannedOn READ draftPlannedOn NOTIFY loaded)
    Q_PROPERTY(QString draftConversationId READ draftConversationId NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        PlannedOnRole,
        LeaderNameRole,
        StateRole,
        RevisionRole,
        AgreementsRole,
        OpenAgreementsRole,
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    int count() const { return int(m_rows.size()); }
    int toAnswer() const;
    QString draftState() const { return m_draftState; }
    QString draftPlannedOn() const { return m_draftPlannedOn; }
    QString draftConversationId() const { return m_draftId; }
    QString error() const { return m_error; }

    /** The conversation id at @p row, or "". */
    Q_INVOKABLE QString idAt(int row) const;
    /** The latest conversation with a verslag to answer, else the latest closed one; "". */
    Q_INVOKABLE QString firstWithVerslag() const;
    Q_INVOKABLE void refresh();

signals:
    void journalChanged();
    void loaded();

private:
    struct Row
    {
        QString id;
        QString plannedOn;
        QString leaderName;
        QString state;
        int revision = 0;
        int agreements = 0;
        int openAgreements = 0;
    };

    QPointer<JournalService> m_journal;
    QList<Row> m_rows;
    QString m_draftState = QStringLiteral("none");
    QString m_draftPlannedOn;
    QString m_draftId;
    QString m_error;
};

} // namespace kw
