#include "bench_report.h"

#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kw::bench {

double percentileOfSorted(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank, 1, sorted.size()) - 1];
}

Summary summarize(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    return Summary { samples.size(), samples.first(), percentileOfSorted(samples, 50),
        percentileOfSorted(samples, 90), percentileOfSorted(samples, 95),
        percentileOfSorted(samples, 99), samples.last() };
}

QString ms(double value)
{
    const int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
    return QString::number(value, 'f', decimals);
}

QString tableRow(const QStringList& cells, int firstWidth, int width)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i == 0 ? cells[i].leftJustified(firstWidth) : cells[i].rightJustified(width);
    return line;
}

void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown CPU");
    static const QRegularExpression modelName(
        QStringLiteral("^model name\\s*:\\s*(.+)$"), QRegularExpression::MultilineOption);
    const auto match = modelName.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown CPU");
}

} // namespace

QString machineLine()
{
    return QStringLiteral("machine: nproc %1, %2, Qt %3")
        .arg(QThread::idealThreadCount())
        .arg(cpuModel(), QString::fromLatin1(qVersion()));
}

} // namespace kw::bench
