#pragma once

#include "hr/dashboard_metrics.h"
#include "hr/hr_dashboard.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The Heatmap tab: one row per team, role or age band (the school first, for reference) of the
 * period shown, one column per wellbeing metric. Each cell: its figure and n, and a tone from 0
 * (worst end of its scale) to 1 (best) to colour it by; a withheld cell has no figure, only the
 * reason it is withheld.
 */
class HrHeatmapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDashboard* dashboard READ dashboard WRITE setDashboard NOTIFY dashboardChanged
            REQUIRED)
    /** "team", "role" or "age_band". */
    Q_PROPERTY(QString dimension READ dimension WRITE setDimension NOTIFY changed)
    /** The column titles, in order. */
    Q_PROPERTY(QStringList columns READ columns NOTIFY changed)
    Q_PROPERTY(int withheldCount READ withheldCount NOTIFY changed)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        CellIdRole,
        IsSchoolRole,
        /** [{metricId, title, value, count, released, reason, tone, interval}] per column. */
        CellsRole,
    };
    Q_ENUM(Role)

    explicit HrHeatmapModel(QObject* parent = nullptr);

    HrDashboard* dashboard() const { return m_dashboard; }
    void setDashboard(HrDashboard* dashboard);
    QString dimension() const { return hr::dimensionKey(m_dimension); }
    void setDimension(const QString& key);
    QStringList columns() const;
    int withheldCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void dashboardChanged();
    void changed();

private:
    struct Row
    {
        hr::Dimension dimension;
        QString cellId;
        QString name;
    };
    void refresh();
    QVariantList cellsOf(const Row& row) const;

    QPointer<HrDashboard> m_dashboard;
    hr::Dimension m_dimension = hr::Dimension::Team;
    QList<Row> m_rows;
    QList<dashboard::ShownMetric> m_metrics;
};

} // namespace kw
