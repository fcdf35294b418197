#pragma once

#include "conversation/leader_store.h"
#include "services/leader_desk.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The teachers of the leader's teams (LeaderStore::teachers), a row each, by name. Rows: name,
 * teamName, hasKey, fingerprint (of their conversation key; "" for one added by hand), uitDienst
 * (left), leftOn, deleteOn (when everything about them goes), lastConversation,
 * nextConversation (day labels, "" for none), conversations (how many). Re-reads whenever the
 * desk changes.
 */
class LeaderTeacherModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TeamNameRole,
        HasKeyRole,
        FingerprintRole,
        LeftRole,
        LeftOnRole,
        DeleteOnRole,
        LastConversationRole,
        NextConversationRole,
        ConversationsRole,
    };

    explicit LeaderTeacherModel(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    int count() const { return int(m_rows.size()); }
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Marks @p name uit dienst today; false (errorText says why) changes nothing. */
    Q_INVOKABLE bool markLeft(const QString& name);
    /** Marks @p name in dienst again. */
    Q_INVOKABLE bool markInDienst(const QString& name);
    Q_INVOKABLE QVariant get(int row, const QString& role) const;

signals:
    void deskChanged();
    void countChanged();
    void errorChanged();

private:
    void reload();
    bool setLeft(const QString& name, QDate leftOn);

    QPointer<LeaderDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    QList<conversation::TeacherSummary> m_rows;
    QStringList m_teamNames;
    int m_retentionYears = 0;
    QString m_error;
};

} // namespace kw
