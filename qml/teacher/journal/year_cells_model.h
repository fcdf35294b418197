#pragma once

#include "journal/value_stats.h"
#include "teacher/journal/journal_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The year view ("pixels"): 12 rows of 31 day cells, each coloured by the kernwaarde reflected on
 * most that day. Cells for days a month does not have (30 February) are present but not real, so
 * a view can lay the model out as a plain 31-column grid.
 */
class YearCellsModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    Q_PROPERTY(QString valueId READ valueId WRITE setValueId NOTIFY valueIdChanged)
    Q_PROPERTY(int daysWithReflection READ daysWithReflection NOTIFY refreshed)
    Q_PROPERTY(QStringList monthLabels READ monthLabels NOTIFY refreshed)

public:
    enum Role {
        DayRole = Qt::UserRole + 1, ///< ISO date, empty for a cell that is not a real day
        RealRole,
        FutureRole,
        ValueIdRole,
        ColorRole, ///< the kernwaarde's colour, empty when nothing was reflected
        MentionsRole,
        LabelRole, ///< "di 3 mrt.: Vertrouwen" for tooltips and screen readers
    };
    Q_ENUM(Role)

    static constexpr int columns = 31;

    explicit YearCellsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int year() const { return m_year; }
    void setYear(int year);
    QString valueId() const { return m_valueId; }
    void setValueId(const QString& valueId);
    int daysWithReflection() const;
    QStringList monthLabels() const;

signals:
    void yearChanged();
    void valueIdChanged();
    void refreshed();

private:
    void refresh() override;
    const DayCell* cellAt(int row) const;

    int m_year = 0;
    QString m_valueId;
    QList<DayCell> m_cells; ///< one per real day of the year
};

} // namespace kw
