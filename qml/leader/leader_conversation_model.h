#pragma once

#include "conversation/leader_store.h"
#include "services/leader_desk.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The leader's conversations (LeaderStore::conversations), newest planned day first; only
 * @p teacherName's when set. Rows: conversationId (hex), teacherName, teamName, plannedOn (day
 * label), stateId ("prepared", "held", "closed"), stateName, heldOn, tomorrow (planned for the
 * day after today and not held yet). dueTomorrow names tomorrow's conversations in one line.
 */
class LeaderConversationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(QString teacherName READ teacherName WRITE setTeacherName NOTIFY deskChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** "Tomorrow: the waarderingsgesprek with …"; "" when none is planned for tomorrow. */
    Q_PROPERTY(QString dueTomorrow READ dueTomorrow NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY countChanged)

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        TeacherNameRole,
        TeamNameRole,
        PlannedOnRole,
        StateIdRole,
        StateNameRole,
        HeldOnRole,
        TomorrowRole,
    };

    explicit LeaderConversationModel(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    QString teacherName() const { return m_teacherName; }
    void setTeacherName(const QString& name);
    int count() const { return int(m_rows.size()); }
    QString dueTomorrow() const { return m_dueTomorrow; }
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariant get(int row, const QString& role) const;

signals:
    void deskChanged();
    void countChanged();

private:
    void reload();

    QPointer<LeaderDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    QString m_teacherName;
    QList<conversation::ConversationSummary> m_rows;
    QStringList m_teamNames;
    QList<QByteArray> m_tomorrow;
    QString m_dueTomorrow;
    QString m_error;
};

} // namespace kw
