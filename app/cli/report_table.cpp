#include "cli/report_table.h"

#include <algorithm>

namespace kw::cli {

namespace {

int decimalsFor(hr::MetricKind kind)
{
    return kind == hr::MetricKind::Score ? 1 : 2;
}

QString number(const std::optional<double>& value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + QLatin1Char('%');
}

QString interval(const hr::ReportRow& row)
{
    const hr::FigureStatistics& s = row.statistics;
    if (s.meanInterval) {
        const int d = decimalsFor(row.kind);
        return QStringLiteral("%1 – %2").arg(QString::number(s.meanInterval->low, 'f', d),
            QString::number(s.meanInterval->high, 'f', d));
    }
    if (s.shareInterval)
        return QStringLiteral("%1 – %2").arg(
            percent(s.shareInterval->low), percent(s.shareInterval->high));
    return {};
}

QStringList cellsOf(const hr::ReportRow& row)
{
    const QString cell = hr::dimensionName(row.dimension) + QStringLiteral(": ") + row.cellName;
    if (!row.released())
        return { row.period, cell, row.label, row.withheldText() };
    const hr::FigureStatistics& s = row.statistics;
    const int d = decimalsFor(row.kind);
    return { row.period, cell, row.label, QString::number(s.n), number(s.mean, d), number(s.sd, d),
        s.share ? percent(*s.share) : QString(), interval(row),
        s.total ? QString::number(*s.total) : QString() };
}

const QStringList kColumns { QStringLiteral("period"), QStringLiteral("cell"),
    QStringLiteral("metric"), QStringLiteral("n"), QStringLiteral("mean"), QStringLiteral("sd"),
    QStringLiteral("share"), QStringLiteral("95% interval"), QStringLiteral("total") };

} // namespace

QStringList reportTable(const QList<hr::ReportRow>& rows)
{
    return reportTable(rows, {}, {});
}

QStringList reportTable(
    const QList<hr::ReportRow>& rows, const QStringList& leadHeader, const QList<QStringList>& lead)
{
    const qsizetype leading = leadHeader.size();
    QList<QStringList> table { leadHeader + kColumns };
    for (qsizetype r = 0; r < rows.size(); ++r)
        table << lead.value(r, QStringList(leading)) + cellsOf(rows[r]);
    const qsizetype columns = table.first().size();
    const qsizetype text = leading + 3; // the lead, period, cell and metric: left-aligned
    QList<qsizetype> width(columns, 0);
    for (const QStringList& line : std::as_const(table)) {
        // A withheld row's reason runs on past the columns; it sets no width.
        const qsizetype measured = line.size() == columns ? columns : text;
        for (qsizetype c = 0; c < measured; ++c)
            width[c] = std::max(width[c], line[c].size());
    }
    QStringList out;
    for (const QStringList& line : std::as_const(table)) {
        QStringList padded;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const bool last = c == line.size() - 1;
            const bool isText = c < text || line.size() != columns;
            padded << (last && isText ? line[c]
                    : isText          ? line[c].leftJustified(width[c])
                                      : line[c].rightJustified(width[c]));
        }
        QString joined = padded.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        out << joined;
    }
    return out;
}

} // namespace kw::cli
