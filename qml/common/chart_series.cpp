#include "common/chart_series.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QMetaEnum>
#include <QPen>

namespace kw {

namespace {

/** The value of ChartView.SeriesType @p key, or -1 when @p chartView has no such enum. */
int seriesType(const QObject* chartView, const char* key)
{
    const QMetaObject* meta = chartView->metaObject();
    const int index = meta->indexOfEnumerator("SeriesType");
    return index < 0 ? -1 : meta->enumerator(index).keyToValue(key);
}

} // namespace

void ChartSeries::clear(QObject* chartView)
{
    if (chartView)
        QMetaObject::invokeMethod(chartView, "removeAllSeries");
}

QLineSeries* ChartSeries::addLine(
    QObject* chartView, const Line& line, QAbstractAxis* x, QAbstractAxis* y)
{
    const int type = chartView ? seriesType(chartView, "SeriesTypeLine") : -1;
    if (type < 0)
        return nullptr;
    QAbstractSeries* created = nullptr;
    QMetaObject::invokeMethod(chartView, "createSeries", Q_RETURN_ARG(QAbstractSeries*, created),
        Q_ARG(int, type), Q_ARG(QString, line.name), Q_ARG(QAbstractAxis*, x),
        Q_ARG(QAbstractAxis*, y));
    auto* series = qobject_cast<QLineSeries*>(created);
    if (!series)
        return nullptr;
    QPen pen(line.color);
    pen.setWidthF(line.dashed ? 1.5 : 2.5);
    pen.setStyle(line.dashed ? Qt::DashLine : Qt::SolidLine);
    series->setPen(pen);
    series->setPointsVisible(!line.dashed);
    series->append(line.points);
    return series;
}

QAreaSeries* ChartSeries::addBand(
    QObject* chartView, const Band& band, QAbstractAxis* x, QAbstractAxis* y)
{
    const int type = chartView ? seriesType(chartView, "SeriesTypeArea") : -1;
    if (type < 0)
        return nullptr;
    QAbstractSeries* created = nullptr;
    QMetaObject::invokeMethod(chartView, "createSeries", Q_RETURN_ARG(QAbstractSeries*, created),
        Q_ARG(int, type), Q_ARG(QString, band.name), Q_ARG(QAbstractAxis*, x),
        Q_ARG(QAbstractAxis*, y));
    auto* area = qobject_cast<QAreaSeries*>(created);
    if (!area)
        return nullptr;
    // ChartView gives an area its upper line; the lower one is ours, owned by the area.
    QLineSeries* upper = area->upperSeries();
    if (!upper) {
        upper = new QLineSeries(area);
        area->setUpperSeries(upper);
    }
    auto* lower = new QLineSeries(area);
    upper->append(band.upper);
    lower->append(band.lower);
    area->setLowerSeries(lower);
    QColor fill = band.color;
    fill.setAlphaF(0.16f);
    area->setColor(fill);
    area->setBorderColor(Qt::transparent);
    QPen pen(Qt::transparent);
    pen.setWidthF(0);
    area->setPen(pen);
    return area;
}

void ChartSeries::setBars(QAbstractBarSeries* series, const QList<Bars>& sets)
{
    if (!series)
        return;
    series->clear();
    for (const Bars& bars : sets) {
        auto* set = new QBarSet(bars.name);
        set->setColor(bars.color);
        set->setBorderColor(bars.color);
        set->append(bars.values);
        series->append(set);
    }
}

} // namespace kw
