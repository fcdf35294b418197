#include "cli/report_json.h"

#include <QJsonValue>
#include <cmath>

namespace kw::cli {

namespace {

template <typename T> QJsonValue orNull(const std::optional<T>& value)
{
    if (!value)
        return QJsonValue::Null;
    if constexpr (std::is_same_v<T, double>)
        return reportNumber(*value);
    else
        return *value;
}

} // namespace

double reportNumber(double value)
{
    return std::round(value * 1e4) / 1e4;
}

QJsonObject toJson(const hr::ReportRow& row)
{
    const hr::FigureStatistics& s = row.statistics;
    const std::optional<hr::Interval> ci = s.meanInterval ? s.meanInterval : s.shareInterval;
    const bool released = row.released();
    const auto releasedOnly
        = [&](const QJsonValue& value) { return released ? value : QJsonValue(QJsonValue::Null); };
    // In the order QJsonObject keeps its keys (sorted), so each insert appends.
    return {
        { QStringLiteral("cell"), row.cellId },
        { QStringLiteral("cell_name"), row.cellName },
        { QStringLiteral("ci_high"),
            releasedOnly(ci ? orNull(std::optional(ci->high)) : QJsonValue()) },
        { QStringLiteral("ci_low"),
            releasedOnly(ci ? orNull(std::optional(ci->low)) : QJsonValue()) },
        { QStringLiteral("dimension"), hr::dimensionKey(row.dimension) },
        { QStringLiteral("kind"), hr::metricKindId(row.kind) },
        { QStringLiteral("label"), row.label },
        { QStringLiteral("mean"), releasedOnly(orNull(s.mean)) },
        { QStringLiteral("metric"), row.metricId },
        { QStringLiteral("n"), releasedOnly(s.n) },
        { QStringLiteral("period"), row.period },
        { QStringLiteral("reason"), released ? QJsonValue() : QJsonValue(row.withheldText()) },
        { QStringLiteral("reason_id"), released ? QJsonValue() : QJsonValue(row.withheldId()) },
        { QStringLiteral("release_number"), row.releaseNumber },
        { QStringLiteral("sd"), releasedOnly(orNull(s.sd)) },
        { QStringLiteral("share"), releasedOnly(orNull(s.share)) },
        { QStringLiteral("total"), releasedOnly(orNull(s.total)) },
        { QStringLiteral("withheld"), !released },
    };
}

} // namespace kw::cli
