#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace kw::bench {

/** Nearest-rank percentile (0 < p ≤ 100) of @p sorted, which must be in ascending order. */
double percentileOfSorted(const QList<double>& sorted, double p);

/** The figures every benchmark reports, in milliseconds. */
struct Summary
{
    qsizetype count = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

Summary summarize(QList<double> samples);

/** How long @p fn takes, in milliseconds (monotonic clock). */
template <typename Fn> double timeMs(Fn&& fn)
{
    QElapsedTimer timer;
    timer.start();
    std::forward<Fn>(fn)();
    return double(timer.nsecsElapsed()) / 1e6;
}

/** A number of milliseconds as the tables show it ("0.42", "12.3", "1234"). */
QString ms(double value);

/** One table line: the first cell left-aligned in @p firstWidth, the others right-aligned. */
QString tableRow(const QStringList& cells, int firstWidth, int width = 10);

/** Writes a line to stdout and flushes, so figures appear while a long benchmark runs. */
void say(const QString& line = {});

/** nproc, CPU model and Qt version, for the head of every report. */
QString machineLine();

} // namespace kw::bench
