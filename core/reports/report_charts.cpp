#include "reports/report_charts.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kw {

namespace {

const QColor kInk(0x20, 0x21, 0x24);
const QColor kMuted(0x5F, 0x63, 0x68);
const QColor kGrid(0xDA, 0xDC, 0xE0);
const QColor kAccent(0x1F, 0x4E, 0x79);
const QColor kBand(0x1F, 0x4E, 0x79, 0x38);
const QColor kWithheld(0xE8, 0xEA, 0xED);

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

/** Where @p v falls between the chart's minimum (0) and maximum (1), clamped. */
double fraction(const ReportChart& c, double v)
{
    const double span = c.maximum - c.minimum;
    return span <= 0 ? 0 : std::clamp((v - c.minimum) / span, 0.0, 1.0);
}

/** A withheld place: grey, hatched, with its mark. */
void drawWithheld(QPainter& p, const QRectF& r, const QString& mark)
{
    p.setPen(Qt::NoPen);
    p.setBrush(kWithheld);
    p.drawRect(r);
    p.setBrush(QBrush(kGrid, Qt::BDiagPattern));
    p.drawRect(r);
    p.setPen(kMuted);
    p.setFont(font(26, true));
    p.drawText(r, Qt::AlignCenter, mark);
}

QImage canvas(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

QImage paintLine(const ReportChart& c, int width)
{
    const int height = width * 2 / 5;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(120, 30, width - 150, height - 110);
    const int ticks = 5;
    p.setFont(font(30));
    for (int t = 0; t <= ticks; ++t) {
        const double y = plot.bottom() - plot.height() * t / ticks;
        p.setPen(QPen(kGrid, 2));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        const double value = c.minimum + (c.maximum - c.minimum) * t / ticks;
        p.drawText(QRectF(0, y - 20, plot.left() - 16, 40), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(value, 'g', 4));
    }
    const qsizetype n = c.values.size();
    if (n == 0)
        return image;
    const double step = plot.width() / double(n);
    const auto xAt = [&](qsizetype i) { return plot.left() + step * (double(i) + 0.5); };
    const auto yAt = [&](double v) { return plot.bottom() - plot.height() * fraction(c, v); };

    // Withheld periods first, as grey columns under everything else.
    for (qsizetype i = 0; i < n; ++i) {
        if (!c.values[i].value)
            drawWithheld(p, QRectF(xAt(i) - step * 0.3, plot.top(), step * 0.6, plot.height()),
                c.values[i].mark);
    }
    // Each run of values without a gap: its band, then its line.
    qsizetype start = 0;
    while (start < n) {
        if (!c.values[start].value) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end + 1 < n && c.values[end + 1].value)
            ++end;
        QPolygonF band;
        bool banded = true;
        for (qsizetype i = start; i <= end && banded; ++i)
            banded = c.values[i].low && c.values[i].high;
        if (banded) {
            for (qsizetype i = start; i <= end; ++i)
                band << QPointF(xAt(i), yAt(*c.values[i].high));
            for (qsizetype i = end; i >= start; --i)
                band << QPointF(xAt(i), yAt(*c.values[i].low));
            if (start == end) { // one point: its interval as a whisker
                p.setPen(QPen(kBand, 14, Qt::SolidLine, Qt::RoundCap));
                p.drawLine(band[0], band[1]);
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(kBand);
                p.drawPolygon(band);
            }
        }
        p.setPen(QPen(kAccent, 5));
        for (qsizetype i = start; i < end; ++i)
            p.drawLine(QPointF(xAt(i), yAt(*c.values[i].value)),
                QPointF(xAt(i + 1), yAt(*c.values[i + 1].value)));
        start = end + 1;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const ChartValue& v = c.values[i];
        if (v.value) {
            const QPointF at(xAt(i), yAt(*v.value));
            p.setPen(QPen(Qt::white, 3));
            p.setBrush(kAccent);
            p.drawEllipse(at, 10, 10);
            p.setPen(kInk);
            p.setFont(font(30, true));
            p.drawText(QRectF(at.x() - step / 2, at.y() - 56, step, 36),
                Qt::AlignHCenter | Qt::AlignBottom, v.text);
        }
        p.setPen(kMuted);
        p.setFont(font(28));
        p.drawText(QRectF(xAt(i) - step / 2, plot.bottom() + 10, step, 70),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, v.label);
    }
    return image;
}

QImage paintBars(const ReportChart& c, int width)
{
    const int rowHeight = 76;
    const int height = int(c.values.size()) * rowHeight + 20;
    QImage image = canvas(width, std::max(height, 80));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double labelWidth = width * 0.3;
    const double textWidth = 200;
    const double barLeft = labelWidth + 16;
    const double barSpace = width - barLeft - textWidth;
    for (qsizetype i = 0; i < c.values.size(); ++i) {
        const ChartValue& v = c.values[i];
        const double top = 10 + double(i) * rowHeight;
        p.setPen(kInk);
        p.setFont(font(32));
        p.drawText(QRectF(0, top, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            p.fontMetrics().elidedText(v.label, Qt::ElideRight, int(labelWidth)));
        const QRectF slot(barLeft, top + 10, barSpace, rowHeight - 20);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF1, 0xF3, 0xF4));
        p.drawRect(slot);
        if (!v.value) {
            drawWithheld(
                p, QRectF(slot.left(), slot.top(), rowHeight * 1.6, slot.height()), v.mark);
            continue;
        }
        const double w = slot.width() * fraction(c, *v.value);
        p.setBrush(kAccent);
        p.drawRect(QRectF(slot.left(), slot.top(), w, slot.height()));
        if (v.low && v.high) {
            p.setPen(QPen(kInk, 3));
            const double y = slot.center().y();
            const double a = slot.left() + slot.width() * fraction(c, *v.low);
            const double b = slot.left() + slot.width() * fraction(c, *v.high);
            p.drawLine(QPointF(a, y), QPointF(b, y));
            p.drawLine(QPointF(a, y - 10), QPointF(a, y + 10));
            p.drawLine(QPointF(b, y - 10), QPointF(b, y + 10));
        }
        p.setPen(kInk);
        p.setFont(font(32, true));
        p.drawText(QRectF(slot.right() + 12, top, textWidth - 12, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, v.text);
    }
    return image;
}

/** A blue of the value's place on the scale: light for low, dark for high. */
QColor heat(double f)
{
    const QColor light(0xE3, 0xEE, 0xF8);
    const auto mix = [f](int a, int b) { return int(a + (b - a) * f); };
    return QColor(mix(light.red(), kAccent.red()), mix(light.green(), kAccent.green()),
        mix(light.blue(), kAccent.blue()));
}

QImage paintHeatmap(const ReportChart& c, int width)
{
    const qsizetype columns = std::max<qsizetype>(c.columns.size(), 1);
    const int headerHeight = 100;
    const int rowHeight = 96;
    const int height = headerHeight + int(c.rows.size()) * rowHeight + 10;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double labelWidth = width * 0.26;
    const double cellWidth = (width - labelWidth) / double(columns);
    p.setPen(kInk);
    p.setFont(font(28, true));
    for (qsizetype col = 0; col < c.columns.size(); ++col)
        p.drawText(
            QRectF(labelWidth + cellWidth * double(col) + 4, 0, cellWidth - 8, headerHeight - 8),
            Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, c.columns[col]);
    for (qsizetype row = 0; row < c.rows.size(); ++row) {
        const double top = headerHeight + double(row) * rowHeight;
        p.setPen(kInk);
        p.setFont(font(30));
        p.drawText(QRectF(0, top, labelWidth - 16, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
            p.fontMetrics().elidedText(c.rows[row], Qt::ElideRight, int(labelWidth - 16)));
        for (qsizetype col = 0; col < c.columns.size(); ++col) {
            const QRectF cell(
                labelWidth + cellWidth * double(col) + 3, top + 3, cellWidth - 6, rowHeight - 6);
            const qsizetype index = row * c.columns.size() + col;
            if (index >= c.values.size())
                continue;
            const ChartValue& v = c.values[index];
            if (!v.value) {
                drawWithheld(p, cell, v.mark);
                continue;
            }
            const double f = fraction(c, *v.value);
            p.setPen(Qt::NoPen);
            p.setBrush(heat(f));
            p.drawRect(cell);
            p.setPen(f > 0.55 ? Qt::white : kInk);
            p.setFont(font(30, true));
            p.drawText(cell, Qt::AlignCenter, v.text);
        }
    }
    return image;
}

} // namespace

QImage paintChart(const ReportChart& chart, int width)
{
    switch (chart.kind) {
    case ReportChart::Kind::Line:
        return paintLine(chart, width);
    case ReportChart::Kind::Bars:
        return paintBars(chart, width);
    case ReportChart::Kind::Heatmap:
        return paintHeatmap(chart, width);
    }
    return {};
}

} // namespace kw
