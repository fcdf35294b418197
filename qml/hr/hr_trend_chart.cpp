#include "hr/hr_trend_chart.h"

#include "common/chart_series.h"
#include "hr/dashboard_metrics.h"
#include "hr/figure_labels.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <cmath>

namespace kw {

namespace {

const QStringList lineColours { QStringLiteral("#1F4E79"), QStringLiteral("#E65100"),
    QStringLiteral("#2E7D32"), QStringLiteral("#6A1B9A"), QStringLiteral("#00838F"),
    QStringLiteral("#AD1457"), QStringLiteral("#5D4037") };

QColor colourAt(int i)
{
    return QColor(lineColours.value(i % lineColours.size()));
}

} // namespace

HrTrendChart::HrTrendChart(QObject* parent)
    : QObject(parent)
{ }

void HrTrendChart::setDashboard(HrDashboard* dashboard)
{
    if (!followDashboard(this, m_dashboard, dashboard, &HrTrendChart::changed))
        return;
    emit dashboardChanged();
    emit changed();
}

QList<HrTrendChart::View> HrTrendChart::viewsOf() const
{
    QList<View> out;
    const SchoolProfile* profile = m_dashboard ? m_dashboard->profile() : nullptr;
    if (!profile)
        return out;
    const QList<dashboard::ShownMetric> metrics = dashboard::wellbeingMetrics(*profile);
    for (const Instrument& in : profile->instruments) {
        View main { in.id, in.name.text(), tr("mean"), false, 0, 1, {} };
        View shares { in.id + QStringLiteral(".cutoffs"),
            tr("%1: share at or below the cut-offs").arg(in.name.text()), tr("% of colleagues"),
            true, 0, 1, {} };
        for (const dashboard::ShownMetric& m : metrics) {
            if (m.source != in.id)
                continue;
            View& into = m.kind == hr::MetricKind::Indicator ? shares : main;
            if (m.kind != hr::MetricKind::Indicator) {
                into.low = m.low;
                into.high = m.high;
            }
            into.lines << Line { m.id, m.title, colourAt(int(into.lines.size())) };
        }
        if (!main.lines.isEmpty())
            out << main;
        if (!shares.lines.isEmpty()) {
            shares.lines[0].color = QColor(QStringLiteral("#E65100"));
            if (shares.lines.size() > 1)
                shares.lines[1].color = QColor(QStringLiteral("#B3261E"));
            out << shares;
        }
    }
    View values { QStringLiteral("kernwaarden"), tr("Reflections per kernwaarde"),
        tr("reflections per colleague"), false, 0, 0, {} };
    for (const Kernwaarde& k : profile->kernwaarden)
        values.lines << Line { QStringLiteral("value.") + k.id, k.name,
            QColor::isValidColorName(k.color) ? QColor::fromString(k.color)
                                              : colourAt(int(values.lines.size())) };
    out << values;
    return out;
}

const HrTrendChart::View* HrTrendChart::view(const QList<View>& views) const
{
    for (const View& v : views) {
        if (v.id == m_viewId)
            return &v;
    }
    return views.isEmpty() ? nullptr : &views.first();
}

QVariantList HrTrendChart::views() const
{
    QVariantList out;
    for (const View& v : viewsOf()) {
        if (v.id != QLatin1String("kernwaarden"))
            out << QVariantMap { { QStringLiteral("id"), v.id },
                { QStringLiteral("title"), v.title } };
    }
    return out;
}

QString HrTrendChart::viewId() const
{
    const QList<View> views = viewsOf();
    const View* v = view(views);
    return v ? v->id : QString();
}

void HrTrendChart::setViewId(const QString& id)
{
    if (id == m_viewId)
        return;
    m_viewId = id;
    emit changed();
}

QString HrTrendChart::title() const
{
    const QList<View> views = viewsOf();
    const View* v = view(views);
    return v ? v->title : QString();
}

QString HrTrendChart::unit() const
{
    const QList<View> views = viewsOf();
    const View* v = view(views);
    return v ? v->unit : QString();
}

int HrTrendChart::periodCount() const
{
    return m_dashboard ? int(m_dashboard->history().size()) : 0;
}

QVariantList HrTrendChart::legend() const
{
    QVariantList out;
    const QList<View> views = viewsOf();
    if (const View* v = view(views)) {
        for (const Line& line : v->lines)
            out << QVariantMap { { QStringLiteral("name"), line.name },
                { QStringLiteral("color"), line.color.name() } };
    }
    return out;
}

QVariantList HrTrendChart::gaps() const
{
    QVariantList out;
    const QList<View> views = viewsOf();
    const View* v = view(views);
    if (!v)
        return out;
    for (int p = 0; p < periodCount(); ++p) {
        QStringList names;
        QStringList reasons;
        for (const Line& line : v->lines) {
            const hr::ReportRow* row
                = m_dashboard->row(p, hr::Dimension::School, {}, line.metricId);
            if (row && row->released())
                continue;
            names << line.name;
            reasons << tr("%1: %2").arg(
                line.name, row ? row->withheldText() : tr("No figure in this period's release."));
        }
        if (!names.isEmpty())
            out << QVariantMap { { QStringLiteral("x"), p },
                { QStringLiteral("period"), m_dashboard->labelOf(p) },
                { QStringLiteral("names"), names.join(QStringLiteral(", ")) },
                { QStringLiteral("reason"), reasons.join(QLatin1Char('\n')) } };
    }
    return out;
}

double HrTrendChart::plotted(const View& view, double value)
{
    return view.share ? value * 100 : value;
}

void HrTrendChart::fill(QObject* chartView, QCategoryAxis* x, QValueAxis* y) const
{
    const QList<View> views = viewsOf();
    const View* v = view(views);
    if (!chartView || !x || !y)
        return;
    ChartSeries::clear(chartView);
    if (!v)
        return;
    const int periods = periodCount();
    for (const QString& label : x->categoriesLabels())
        x->remove(label);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int p = 0; p < periods; ++p)
        x->append(m_dashboard->labelOf(p), p);
    x->setRange(-0.4, std::max(0, periods - 1) + 0.4);

    double top = v->share ? 0 : v->high;
    // A line breaks at each withheld period: every run of released periods is a series (and a
    // band) of its own, in the line's colour, so nothing joins across a gap.
    for (const Line& line : v->lines) {
        QList<QPointF> points;
        QList<QPointF> upper;
        QList<QPointF> lower;
        const auto flush = [&] {
            if (points.isEmpty())
                return;
            if (upper.size() == points.size())
                ChartSeries::addBand(chartView, { line.name, line.color, upper, lower }, x, y);
            if (QLineSeries* series
                = ChartSeries::addLine(chartView, { line.name, line.color, false, points }, x, y))
                series->setPointsVisible(true);
            points.clear();
            upper.clear();
            lower.clear();
        };
        for (int p = 0; p < periods; ++p) {
            const hr::ReportRow* row
                = m_dashboard->row(p, hr::Dimension::School, {}, line.metricId);
            if (!row || !row->released()) {
                flush();
                continue;
            }
            const hr::FigureStatistics& s = row->statistics;
            const std::optional<double> value = v->share ? s.share : s.mean;
            const std::optional<hr::Interval> interval
                = v->share ? s.shareInterval : s.meanInterval;
            if (!value) {
                flush();
                continue;
            }
            points << QPointF(p, plotted(*v, *value));
            if (interval) {
                upper << QPointF(p, plotted(*v, interval->high));
                lower << QPointF(p, plotted(*v, interval->low));
                top = std::max(top, plotted(*v, interval->high));
            } else {
                top = std::max(top, plotted(*v, *value));
            }
        }
        flush();
    }
    if (v->share || v->high <= v->low) { // fit the data, on round ticks
        const double step = top > 20 ? 10 : top > 4 ? 2 : 1;
        y->setRange(0, std::max(step, std::ceil(top * 1.1 / step) * step));
        y->setTickCount(
            int(std::ceil(top * 1.1 / step)) + 1 > 11 ? 6 : int(std::ceil(top * 1.1 / step)) + 1);
    } else {
        y->setRange(v->low, v->high);
        y->setTickCount(v->high - v->low <= 5 ? int(v->high - v->low) + 1 : 6);
    }
}

QString HrTrendChart::describe(int index) const
{
    if (!m_dashboard || index < 0 || index >= periodCount())
        return {};
    const QList<View> views = viewsOf();
    const View* v = view(views);
    if (!v)
        return {};
    QStringList lines { m_dashboard->labelOf(index) };
    for (const Line& line : v->lines) {
        const hr::ReportRow* row
            = m_dashboard->row(index, hr::Dimension::School, {}, line.metricId);
        if (!row) {
            lines << tr("%1: no figure in this period's release.").arg(line.name);
        } else if (!row->released()) {
            lines << tr("%1: not released. %2").arg(line.name, row->withheldText());
        } else {
            const QString interval = figure_labels::interval(*row);
            lines << tr("%1: %2 (%3%4)")
                         .arg(line.name, figure_labels::value(*row),
                             interval.isEmpty() ? QString() : interval + QStringLiteral("; "),
                             figure_labels::count(*row));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kw
