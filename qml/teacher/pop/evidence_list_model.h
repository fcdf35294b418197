#pragma once

#include "journal/reflection.h"
#include "teacher/journal/journal_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace kw {

/** The reflections that evidence one POP goal, oldest first; linking and unlinking go here. */
class EvidenceListModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        ReflectionIdRole = Qt::UserRole + 1,
        TextRole,
        DayRole, ///< ISO
        DayLabelRole, ///< "ma 16 nov. 2026"
        ValueIdsRole,
    };
    Q_ENUM(Role)

    explicit EvidenceListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 goalId() const { return m_goalId; }
    void setGoalId(qint64 id);
    int count() const { return int(m_reflections.size()); }
    QString error() const { return m_error; }

    /** Whether reflection @p reflectionId evidences this goal. */
    Q_INVOKABLE bool contains(qint64 reflectionId) const;
    /** Makes reflection @p reflectionId evidence of this goal, or not; an error message or "". */
    Q_INVOKABLE QString setLinked(qint64 reflectionId, bool linked)
    {
        return setEvidenceLink(m_goalId, reflectionId, linked);
    }

signals:
    void goalIdChanged();
    void loaded();

private:
    void refresh() override;

    qint64 m_goalId = 0;
    QList<Reflection> m_reflections;
    QString m_error;
};

} // namespace kw
