#include "hr/figure_labels.h"

#include "hr/figure_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace kw::figure_labels {

namespace {

/** The translation context of the dashboard's figure labels. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::FigureLabels)
};

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value) < 10 ? 2 : 1);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0);
}

} // namespace

bool isShare(const hr::ReportRow& row)
{
    return hr::isShareFigure(row);
}

QString value(const hr::ReportRow& row)
{
    const std::optional<double> figure = hr::figureValue(row);
    if (!figure)
        return {};
    return isShare(row) ? Text::tr("%1 %").arg(percent(*figure)) : number(*figure);
}

QString interval(const hr::ReportRow& row)
{
    const auto ci = hr::figureInterval(row);
    if (!ci)
        return {};
    return isShare(row) ? Text::tr("95 %-interval %1–%2 %").arg(percent(ci->low), percent(ci->high))
                        : Text::tr("95 %-interval %1–%2").arg(number(ci->low), number(ci->high));
}

QString count(const hr::ReportRow& row)
{
    return row.released() ? Text::tr("n = %1").arg(row.statistics.n) : QString();
}

QString changeDirection(const hr::PeriodChange& change)
{
    switch (change.verdict) {
    case hr::ChangeVerdict::Up:
        return QStringLiteral("up");
    case hr::ChangeVerdict::Down:
        return QStringLiteral("down");
    case hr::ChangeVerdict::Same:
        return QStringLiteral("same");
    default:
        return {};
    }
}

QString change(
    const hr::ReportRow& row, const hr::PeriodChange& change, const QString& previousLabel)
{
    const bool share = isShare(row);
    const QString amount = share
        ? Text::tr("%1%2 points")
              .arg(change.difference >= 0 ? QStringLiteral("+") : QString(),
                  QLocale().toString(change.difference * 100, 'f', 0))
        : (change.difference >= 0 ? QStringLiteral("+") : QString()) + number(change.difference);
    switch (change.verdict) {
    case hr::ChangeVerdict::Up:
    case hr::ChangeVerdict::Down:
        return Text::tr("%1 since %2: a real change").arg(amount, previousLabel);
    case hr::ChangeVerdict::Same:
        return Text::tr("%1 since %2: within the margin, no real change")
            .arg(amount, previousLabel);
    case hr::ChangeVerdict::NoEarlier:
        return Text::tr("No earlier period to compare with.");
    case hr::ChangeVerdict::WithheldEarlier:
        return Text::tr("Not comparable: withheld in %1.").arg(previousLabel);
    case hr::ChangeVerdict::WithheldNow:
        return {};
    case hr::ChangeVerdict::NotTested:
        return Text::tr("Not compared: too few figures for a test.");
    }
    return {};
}

bool higherIsBetter(const hr::ReportRow& row)
{
    return row.kind != hr::MetricKind::Indicator;
}

} // namespace kw::figure_labels
