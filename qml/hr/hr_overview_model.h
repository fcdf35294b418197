#pragma once

#include "hr/dashboard_metrics.h"
#include "hr/hr_dashboard.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The Overzicht tab: the school's wellbeing figures of the period shown (WHO-5 mean with its
 * interval, the shares at or below its cut-offs, the pulse questions), each with its change
 * since the previous period (hr/period_change.h), and the period's participation
 * (hr/participation.h). A withheld figure shows its reason, never a number.
 */
class HrOverviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDashboard* dashboard READ dashboard WRITE setDashboard NOTIFY dashboardChanged
            REQUIRED)
    Q_PROPERTY(int contributions READ contributions NOTIFY changed)
    Q_PROPERTY(int staff READ staff NOTIFY changed) ///< 0: the profile gives no staff count
    Q_PROPERTY(double participation READ participation NOTIFY changed) ///< 0–1; -1 unknown
    Q_PROPERTY(bool participationLow READ participationLow NOTIFY changed)
    Q_PROPERTY(QString participationText READ participationText NOTIFY changed)
    Q_PROPERTY(QString previousLabel READ previousLabel NOTIFY changed)

public:
    enum Role {
        MetricIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole, ///< "score", "indicator", …
        ValueRole, ///< the figure as text; empty when withheld
        FractionRole, ///< where the figure lies on its scale, 0–1 (a share: itself)
        IntervalRole,
        CountRole,
        ReleasedRole,
        ReasonRole, ///< why it is withheld, in plain words
        ChangeRole, ///< the change since the previous period, in words
        DirectionRole, ///< "up", "down", "same", ""
        ImprovedRole, ///< a real change for the better
        WorsenedRole, ///< a real change for the worse
    };
    Q_ENUM(Role)

    explicit HrOverviewModel(QObject* parent = nullptr);

    HrDashboard* dashboard() const { return m_dashboard; }
    void setDashboard(HrDashboard* dashboard);
    int contributions() const;
    int staff() const;
    double participation() const;
    bool participationLow() const;
    QString participationText() const;
    QString previousLabel() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void dashboardChanged();
    void changed();

private:
    void refresh();

    QPointer<HrDashboard> m_dashboard;
    QList<dashboard::ShownMetric> m_metrics;
};

} // namespace kw
