#pragma once

#include "pop/goal.h"
#include "teacher/journal/journal_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * POP goals as a list: one school year's (active goals first, then ideas, completed and let go),
 * or, with reflectionId set, the goals that reflection evidences. Each row carries its progress.
 */
class GoalListModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    /** The school year to list, as 2026 for 2026-2027; 0 (the default) for the current one. */
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY filterChanged)
    /** When not 0: list the goals this reflection evidences, of any school year. */
    Q_PROPERTY(qint64 reflectionId READ reflectionId WRITE setReflectionId NOTIFY filterChanged)
    Q_PROPERTY(int shownYear READ shownYear NOTIFY loaded) ///< schoolYear, resolved
    Q_PROPERTY(QString shownYearLabel READ shownYearLabel NOTIFY loaded) ///< "2026-2027"
    Q_PROPERTY(int currentYear READ currentYear NOTIFY loaded)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        TitleRole,
        StatusRole, ///< "idee", "actief", "afgerond", "losgelaten"
        StatusNameRole, ///< translated
        ValueIdsRole,
        ThemeNameRole, ///< "" when none
        TargetDateRole, ///< ISO, "" when none
        TargetLabelRole, ///< "1 mrt. 2027", "" when none
        SchoolYearLabelRole,
        ActionsDoneRole,
        ActionsTotalRole,
        EvidenceCountRole,
    };
    Q_ENUM(Role)

    explicit GoalListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int schoolYear() const { return m_schoolYear; }
    void setSchoolYear(int year);
    qint64 reflectionId() const { return m_reflectionId; }
    void setReflectionId(qint64 id);
    int shownYear() const;
    QString shownYearLabel() const;
    int currentYear() const;
    int count() const { return int(m_rows.size()); }
    int activeCount() const;
    QString error() const { return m_error; }

    /** The id of the goal at @p row, or 0. */
    Q_INVOKABLE qint64 idAt(int row) const;
    /** Whether goal @p goalId is in the list. */
    Q_INVOKABLE bool contains(qint64 goalId) const;
    /** With reflectionId set: makes that reflection evidence of goal @p goalId, or not. */
    Q_INVOKABLE QString setLinked(qint64 goalId, bool linked)
    {
        return setEvidenceLink(goalId, m_reflectionId, linked);
    }

signals:
    void filterChanged();
    void loaded();

private:
    struct Row
    {
        Goal goal;
        GoalProgress progress;
    };
    void refresh() override;

    int m_schoolYear = 0;
    qint64 m_reflectionId = 0;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace kw
