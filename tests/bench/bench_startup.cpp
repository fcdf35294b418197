// Start-up to first frame of two apps that honour KERNWIJZER_EXIT_AFTER_FIRST_FRAME, run
// alternately so that both see the same machine load. Prints figures; never fails on time.
#include "bench_options.h"
#include "bench_report.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <array>
#include <cstdio>

using kw::bench::ms;
using kw::bench::say;
using kw::bench::tableRow;

namespace {

constexpr double targetRatio = 1.5;

struct Options
{
    int runs = 15;
    int warmups = 2;
    int timeoutMs = 60000;
    bool native = false; ///< keep the caller's QT_QPA_PLATFORM and QT_QUICK_BACKEND
    QStringList baseline; ///< program and arguments
    QStringList measured;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times start to first frame of BASELINE and APP (arguments after -- go to APP)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BASELINE"), QStringLiteral("The minimal app."));
    parser.addPositionalArgument(
        QStringLiteral("APP"), QStringLiteral("The app to compare with it."));
    Options o;
    const auto runs = kw::bench::countOption("runs", "Timed runs of each.", o.runs);
    const auto warmups
        = kw::bench::countOption("warmups", "Untimed runs of each first.", o.warmups);
    const auto timeout
        = kw::bench::countOption("timeout", "Seconds one run may take.", o.timeoutMs / 1000);
    const QCommandLineOption native(QStringLiteral("native"),
        QStringLiteral("Use the caller's platform plugin and scene graph "
                       "backend instead of offscreen/software."));
    parser.addOptions({ runs, warmups, timeout, native });
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        parser.showHelp(2);
    o.runs = kw::bench::countValue(parser, runs);
    o.warmups = kw::bench::countValue(parser, warmups, 0);
    o.timeoutMs = kw::bench::countValue(parser, timeout) * 1000;
    o.native = parser.isSet(native);
    o.baseline = positional.mid(0, 1);
    o.measured = positional.mid(1);
    return o;
}

QProcessEnvironment environmentFor(const Options& options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KERNWIJZER_EXIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
    if (!options.native) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    }
    return env;
}

/** Milliseconds from QProcess::start() to the line "first-frame"; exits on any failure. */
double timeToFirstFrame(const QStringList& command, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(command.first(), command.mid(1));
    QByteArray output = "\n";
    while (!output.contains("\nfirst-frame\n")) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !process.waitForReadyRead(left)) {
            process.kill();
            process.waitForFinished();
            std::fprintf(stderr, "bench_startup: %s gave no first-frame line (%s)\n%s\n",
                qPrintable(command.join(QLatin1Char(' '))),
                left <= 0 ? "timed out" : qPrintable(process.errorString()),
                process.readAllStandardError().constData());
            std::exit(1);
        }
        output += process.readAllStandardOutput();
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0)
        std::fprintf(stderr, "bench_startup: warning: %s did not exit 0 after its first frame\n",
            qPrintable(command.first()));
    return elapsed;
}

QString nameOf(const QStringList& command)
{
    QStringList shown = command;
    shown.first() = QFileInfo(command.first()).fileName();
    return shown.join(QLatin1Char(' '));
}

void printRow(const QStringList& command, const kw::bench::Summary& s)
{
    say(tableRow({ nameOf(command), ms(s.p50), ms(s.p90), ms(s.min), ms(s.max) }, 44, 9));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const QProcessEnvironment env = environmentFor(options);

    say(QStringLiteral("Kernwijzer start-up benchmark: start to first frame"));
    say(kw::bench::machineLine());
    say(QStringLiteral("QT_QPA_PLATFORM=%1, QT_QUICK_BACKEND=%2; %3 runs each, alternating, after "
                       "%4 warm-ups each")
            .arg(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default)")),
                env.value(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("(default)")))
            .arg(options.runs)
            .arg(options.warmups));

    std::array<QList<double>, 2> samples; // [0]: baseline, [1]: measured
    const std::array<const QStringList*, 2> commands { &options.baseline, &options.measured };
    for (int round = 0; round < options.warmups + options.runs; ++round) {
        // Swap who goes first each round, so neither always starts on the other's warm caches.
        for (const int k : { round % 2, 1 - round % 2 }) {
            const double elapsed = timeToFirstFrame(*commands[k], env, options.timeoutMs);
            if (round >= options.warmups)
                samples[k] << elapsed;
        }
    }

    const auto base = kw::bench::summarize(samples[0]);
    const auto other = kw::bench::summarize(samples[1]);
    say();
    say(tableRow({ QStringLiteral("app (ms)"), QStringLiteral("median"), QStringLiteral("p90"),
                     QStringLiteral("min"), QStringLiteral("max") },
        44, 9));
    printRow(options.baseline, base);
    printRow(options.measured, other);
    const double ratio = other.p50 / base.p50;
    say(QStringLiteral("ratio of medians %1 (p90: %2); target <= %3: %4")
            .arg(ratio, 0, 'f', 2)
            .arg(other.p90 / base.p90, 0, 'f', 2)
            .arg(targetRatio)
            .arg(ratio <= targetRatio ? QStringLiteral("ok") : QStringLiteral("OVER")));
    return 0;
}
