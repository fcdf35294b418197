#pragma once

#include "hr/hr_dashboard.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The Kernwaarden tab's list: each kernwaarde of the period shown with the reflections per
 * colleague that touched it (mean, 95% interval, n) and the change since the previous period;
 * the most reflected-on first: which values are lived. A withheld one shows its reason.
 */
class HrKernwaardenModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDashboard* dashboard READ dashboard WRITE setDashboard NOTIFY dashboardChanged
            REQUIRED)
    Q_PROPERTY(double largest READ largest NOTIFY changed) ///< the highest mean, for bar widths

public:
    enum Role {
        KernwaardeIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ColorRole,
        MeanRole, ///< reflections per colleague; -1 when withheld
        ValueRole,
        IntervalRole,
        CountRole,
        ReasonRole,
        ChangeRole,
        DirectionRole,
    };
    Q_ENUM(Role)

    explicit HrKernwaardenModel(QObject* parent = nullptr);

    HrDashboard* dashboard() const { return m_dashboard; }
    void setDashboard(HrDashboard* dashboard);
    double largest() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void dashboardChanged();
    void changed();

private:
    void refresh();
    const hr::ReportRow* rowOf(const Kernwaarde& value, int period) const;
    double meanOf(const Kernwaarde& value) const;

    QPointer<HrDashboard> m_dashboard;
    QList<Kernwaarde> m_values;
};

} // namespace kw
