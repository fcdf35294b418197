#include "hr/report_csv.h"

#include "hr/hr_text.h"

#include <QJsonValue>
#include <cmath>

namespace kw::hr {

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

QString csvField(const QJsonValue& value)
{
    QString text;
    if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isString())
        text = value.toString();
    // A name from the school profile that a spreadsheet would run as a formula ("=HYPERLINK(…"):
    // shown as text instead, as spreadsheets agree on for a leading apostrophe.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (value.isString() && !text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

const QStringList kCsvKeys { QStringLiteral("period"), QStringLiteral("release_number"),
    QStringLiteral("dimension"), QStringLiteral("cell"), QStringLiteral("cell_name"),
    QStringLiteral("metric"), QStringLiteral("label"), QStringLiteral("kind"), QStringLiteral("n"),
    QStringLiteral("mean"), QStringLiteral("sd"), QStringLiteral("ci_low"),
    QStringLiteral("ci_high"), QStringLiteral("share"), QStringLiteral("total"),
    QStringLiteral("withheld"), QStringLiteral("reason"), QStringLiteral("reason_id") };

/** The row's fields as a person reads them: the breakdown by name, withheld as yes or no. */
QJsonObject forPeople(const ReportRow& row)
{
    QJsonObject json = reportRowJson(row);
    json.insert(QStringLiteral("dimension"), dimensionName(row.dimension));
    json.insert(QStringLiteral("withheld"), row.released() ? Text::tr("no") : Text::tr("yes"));
    return json;
}

} // namespace

double reportNumber(double value)
{
    return std::round(value * 1e4) / 1e4;
}

QJsonObject reportRowJson(const ReportRow& row)
{
    const FigureStatistics& s = row.statistics;
    const std::optional<Interval> ci = s.meanInterval ? s.meanInterval : s.shareInterval;
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
        { QStringLiteral("dimension"), dimensionKey(row.dimension) },
        { QStringLiteral("kind"), metricKindId(row.kind) },
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

const QStringList& reportCsvKeys()
{
    return kCsvKeys;
}

QStringList reportCsvHeader(CsvAudience audience)
{
    if (audience == CsvAudience::Scripts)
        return kCsvKeys;
    return { Text::tr("Period"), Text::tr("Release"), Text::tr("Breakdown"), Text::tr("Cell id"),
        Text::tr("Cell"), Text::tr("Metric id"), Text::tr("Metric"), Text::tr("Kind"),
        Text::tr("n"), Text::tr("Mean"), Text::tr("Standard deviation"),
        Text::tr("95% interval, low"), Text::tr("95% interval, high"), Text::tr("Share"),
        Text::tr("Total"), Text::tr("Withheld"), Text::tr("Reason withheld"),
        Text::tr("Reason id") };
}

QStringList csvLines(
    const QList<QJsonObject>& rows, const QStringList& keys, const QStringList& header)
{
    QStringList names;
    for (const QString& name : header.isEmpty() ? keys : header)
        names << csvField(name);
    QStringList out { names.join(QLatin1Char(',')) };
    for (const QJsonObject& json : rows) {
        QStringList fields;
        for (const QString& key : keys)
            fields << csvField(json.value(key));
        out << fields.join(QLatin1Char(','));
    }
    return out;
}

QByteArray csvFile(const QStringList& lines)
{
    QByteArray bytes("\xEF\xBB\xBF");
    for (const QString& line : lines)
        bytes += line.toUtf8() + "\r\n";
    return bytes;
}

QStringList reportCsv(const QList<ReportRow>& rows, CsvAudience audience)
{
    QList<QJsonObject> json;
    json.reserve(rows.size());
    for (const ReportRow& row : rows)
        json << (audience == CsvAudience::People ? forPeople(row) : reportRowJson(row));
    return csvLines(json, kCsvKeys, reportCsvHeader(audience));
}

} // namespace kw::hr
