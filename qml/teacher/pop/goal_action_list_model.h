#pragma once

#include "pop/goal.h"
#include "teacher/journal/journal_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The actions of one POP goal, open ones by due date first as the store orders them. Adding,
 * ticking off and removing go through here to the PopStore, which validates; each returns an
 * error message or "".
 */
class GoalActionListModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        TitleRole,
        DueRole, ///< ISO, "" when none
        DueLabelRole, ///< "1 dec. 2026", "" when none
        DoneRole,
        OverdueRole, ///< open and due before today
    };
    Q_ENUM(Role)

    explicit GoalActionListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 goalId() const { return m_goalId; }
    void setGoalId(qint64 id);
    int count() const { return int(m_actions.size()); }
    int doneCount() const;
    QString error() const { return m_error; }

    /** Adds an action (@p isoDue may be ""). */
    Q_INVOKABLE QString add(const QString& title, const QString& isoDue);
    Q_INVOKABLE QString setDone(qint64 actionId, bool done);
    Q_INVOKABLE QString remove(qint64 actionId);

signals:
    void goalIdChanged();
    void loaded();

private:
    void refresh() override;

    qint64 m_goalId = 0;
    QList<GoalAction> m_actions;
    QString m_error;
};

} // namespace kw
