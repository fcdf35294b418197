#include "hr/figure_text.h"

#include "wellbeing/instrument.h"

namespace kw::hr {

bool isShareFigure(const ReportRow& row)
{
    return row.kind == MetricKind::Indicator || row.kind == MetricKind::Choice;
}

std::optional<double> figureValue(const ReportRow& row)
{
    if (!row.released())
        return std::nullopt;
    return isShareFigure(row) ? row.statistics.share : row.statistics.mean;
}

std::optional<Interval> figureInterval(const ReportRow& row)
{
    if (!row.released())
        return std::nullopt;
    return row.statistics.meanInterval ? row.statistics.meanInterval : row.statistics.shareInterval;
}

std::pair<double, double> figureRange(const SchoolProfile& profile, const ReportRow& row)
{
    if (row.kind != MetricKind::Score)
        return { 0, 1 };
    const QStringList parts = row.metricId.split(QLatin1Char('.'));
    const Instrument* instrument = findInstrument(profile.instruments, parts.value(1));
    if (!instrument)
        return { 0, 100 };
    if (parts.value(0) == QStringLiteral("item"))
        return { instrument->scale.min, instrument->scale.max };
    const int items = int(instrument->items.size());
    const int times = instrument->scoring.kind == ScoringRule::Kind::SumTimes
        ? instrument->scoring.multiplier * items
        : 1;
    return { double(instrument->scale.min * times), double(instrument->scale.max * times) };
}

QString percentText(double share, const QLocale& locale)
{
    return locale.toString(share * 100, 'f', 0) + QLatin1Char('%');
}

QString figureText(const ReportRow& row, const QLocale& locale)
{
    const std::optional<double> value = figureValue(row);
    if (!value)
        return {};
    return isShareFigure(row) ? percentText(*value, locale) : locale.toString(*value, 'f', 1);
}

QString figureIntervalText(const ReportRow& row, const QLocale& locale)
{
    const auto ci = figureInterval(row);
    if (!ci)
        return {};
    if (isShareFigure(row))
        return QStringLiteral("%1 – %2").arg(
            percentText(ci->low, locale), percentText(ci->high, locale));
    return QStringLiteral("%1 – %2").arg(
        locale.toString(ci->low, 'f', 1), locale.toString(ci->high, 'f', 1));
}

} // namespace kw::hr
