#pragma once

#include "hr/hr_dashboard.h"

#include <QCategoryAxis>
#include <QColor>
#include <QObject>
#include <QPointer>
#include <QValueAxis>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * One trend of HR's dashboard over every period, for a QML ChartView: a line per metric with
 * its 95% interval as a band. A period whose figure is withheld is a gap in the line, listed in
 * `gaps` with the reason, never a zero. Views: each instrument's score, its cut-off shares, the
 * items of an item instrument (the pulse), and the kernwaarden (reflections per colleague).
 */
class HrTrendChart : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDashboard* dashboard READ dashboard WRITE setDashboard NOTIFY dashboardChanged
            REQUIRED)
    /** [{id, title}] of the views this school's profile has (not the kernwaarden: see
     * kernwaarden). */
    Q_PROPERTY(QVariantList views READ views NOTIFY changed)
    /** The view shown; the first when empty or unknown. "kernwaarden" shows the kernwaarden. */
    Q_PROPERTY(QString viewId READ viewId WRITE setViewId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed) ///< what the y axis counts
    /** [{name, color}] of the lines shown. */
    Q_PROPERTY(QVariantList legend READ legend NOTIFY changed)
    /** [{x, period, names, reason}]: each period (index x) with a withheld line: the lines and
     * why, one line each. */
    Q_PROPERTY(QVariantList gaps READ gaps NOTIFY changed)
    Q_PROPERTY(int periodCount READ periodCount NOTIFY changed)

public:
    explicit HrTrendChart(QObject* parent = nullptr);

    HrDashboard* dashboard() const { return m_dashboard; }
    void setDashboard(HrDashboard* dashboard);
    QVariantList views() const;
    QString viewId() const;
    void setViewId(const QString& id);
    QString title() const;
    QString unit() const;
    QVariantList legend() const;
    QVariantList gaps() const;
    int periodCount() const;

    /** Replaces the series of @p chartView with the view's bands and lines on the given axes. */
    Q_INVOKABLE void fill(QObject* chartView, QCategoryAxis* x, QValueAxis* y) const;
    /** What the lines say at period @p index (0-based; the hover text): per line its value,
     * interval and n, or why it is withheld. Empty outside the periods. */
    Q_INVOKABLE QString describe(int index) const;

signals:
    void dashboardChanged();
    void changed();

private:
    struct Line
    {
        QString metricId;
        QString name;
        QColor color;
    };
    struct View
    {
        QString id;
        QString title;
        QString unit;
        bool share = false; ///< shown in percent
        double low = 0; ///< the scale's ends; a share's: 0–1
        double high = 1;
        QList<Line> lines;
    };
    QList<View> viewsOf() const;
    const View* view(const QList<View>& views) const;
    /** A figure as plotted: a mean, or a share in percent. */
    static double plotted(const View& view, double value);

    QPointer<HrDashboard> m_dashboard;
    QString m_viewId;
};

} // namespace kw
