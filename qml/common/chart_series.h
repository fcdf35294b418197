#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

class QAbstractAxis;
class QAbstractBarSeries;
class QAreaSeries;
class QLineSeries;
class QObject;

namespace kw {

/**
 * The one way the C++ controllers put their figures into a QML ChartView: they hand over the
 * chart, axes or series QML declared and describe the lines and bars; this makes the Qt Charts
 * series. ChartView's createSeries() is reached through its metaobject (the view's C++ class
 * is private to Qt Charts), by enum key, not by number.
 */
class ChartSeries
{
public:
    /** One line: its legend name, colour, whether it is a dashed reference line, and its points. */
    struct Line
    {
        QString name;
        QColor color;
        bool dashed = false;
        QList<QPointF> points;
    };
    /** One bar set: its legend name, colour, and a value per category. */
    struct Bars
    {
        QString name;
        QColor color;
        QList<qreal> values;
    };

    /** A shaded band between two lines (a 95% interval around a line): its colour, and the
     * upper and lower bound at the same x values. */
    struct Band
    {
        QString name;
        QColor color;
        QList<QPointF> upper;
        QList<QPointF> lower;
    };

    /** Removes every series of @p chartView (a QML ChartView). */
    static void clear(QObject* chartView);
    /**
     * Adds @p line to @p chartView on axes @p x and @p y: solid lines 2.5 px with their points,
     * reference lines dashed 1.5 px. Returns nullptr when @p chartView is no ChartView.
     */
    static QLineSeries* addLine(
        QObject* chartView, const Line& line, QAbstractAxis* x, QAbstractAxis* y);
    /**
     * Adds @p band to @p chartView on axes @p x and @p y as an AreaSeries: filled with its
     * colour at low opacity, no border, so the line drawn over it stays the thing to read.
     * Returns nullptr when @p chartView is no ChartView.
     */
    static QAreaSeries* addBand(
        QObject* chartView, const Band& band, QAbstractAxis* x, QAbstractAxis* y);
    /** Replaces the bar sets of @p series with @p sets, in this order. */
    static void setBars(QAbstractBarSeries* series, const QList<Bars>& sets);
};

} // namespace kw
