// HR's report over a bestuur's database: 500 000 stored contributions (HR's parts) over six
// periods and the figures of every cell and metric, some withheld, some re-released. Times the
// `report` queries as HrStore and hr_report compute them, and as kernwijzer-cli prints them.
// Prints figures; never fails on time.
#include "bench_options.h"
#include "bench_report.h"
#include "cli/run_cli.h"
#include "exchange/demo_keys.h"
#include "exchange/exchange_period.h"
#include "exchange/metric_layout.h"
#include "hr/hr_report.h"
#include "hr/hr_schema.h"
#include "hr/hr_store.h"
#include "hr/participation.h"
#include "hr/period_change.h"
#include "hr/report_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

using namespace kw;
using bench::ms;
using bench::say;
using bench::tableRow;
using hr::Dimension;
using privacy::Reason;

namespace {

constexpr double targetMs = 100;
constexpr int metricCount = 40; // the layout's metrics, cut-offs and asked lists, then padding
constexpr int bindingBytes = 220; // about what a signed binding takes
constexpr int lateShare = 3; // percent of a re-released period's contributions that came late

struct Options
{
    int parts = 500000;
    int periods = 6;
    int repetitions = 200;
    QString dir; ///< where the database goes; empty: the system temp folder
    bool keep = false;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times HR's report queries."));
    parser.addHelpOption();
    Options o;
    const auto parts = bench::countOption("parts", "HR's stored parts, over all periods.", o.parts);
    const auto periods = bench::countOption("periods", "Periods (at most 6).", o.periods);
    const auto reps = bench::countOption("reps", "Repetitions per query.", o.repetitions);
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Folder for the database (default: the temp folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption keep(
        QStringLiteral("keep"), QStringLiteral("Keep the database and print where it is."));
    parser.addOptions({ parts, periods, reps, dir, keep });
    parser.process(app);
    o.parts = bench::countValue(parser, parts);
    o.periods = std::min(6, bench::countValue(parser, periods));
    o.repetitions = bench::countValue(parser, reps);
    o.dir = parser.value(dir);
    o.keep = parser.isSet(keep);
    return o;
}

[[noreturn]] void fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "bench_hr_report: %s failed: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

template <typename T> T check(Result<T> result, const char* what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

void check(const Status& status, const char* what)
{
    if (!status)
        fail(what, status.error());
}

/** A bestuur as one profile: 44 teams, 6 roles, the demo school's 4 age bands. */
SchoolProfile bestuurProfile()
{
    SchoolProfile p = demoProfile();
    p.schoolId = QStringLiteral("bestuur-bench");
    p.schoolName = QStringLiteral("Stichting Benchmark");
    p.teams.clear();
    for (int i = 1; i <= 44; ++i)
        p.teams.append({ QStringLiteral("team-%1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("Team %1").arg(i), 40 });
    p.roles.append({ QStringLiteral("directie"), QStringLiteral("Directie"), 20 });
    p.roles.append({ QStringLiteral("ondersteuning"), QStringLiteral("Ondersteuning"), 20 });
    return p;
}

/** The layout's metric ids (its WHO-5 cut-offs and asked lists among them), padded to
 * metricCount. */
QStringList metricIds(const SchoolProfile& profile)
{
    QStringList ids;
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    for (const exchange::Metric& m : layout.metrics())
        ids << m.id;
    ids << QStringLiteral("cutoff.who5.50") << QStringLiteral("cutoff.who5.28");
    for (const ChoiceList& list : profile.choiceLists)
        ids << QStringLiteral("asked.") + list.id;
    // The layout itself carries the cut-offs and asked lists now; each id once, or the store
    // refuses the release (one figure per cell and metric).
    ids.removeDuplicates();
    for (int i = 1; ids.size() < metricCount; ++i)
        ids << QStringLiteral("item.extra.q%1").arg(i);
    return ids.mid(0, metricCount);
}

struct Cell
{
    Dimension dimension;
    QString id;
    double weight; ///< share of the school's contributors in this cell
};

QList<Cell> cellsOf(const SchoolProfile& p)
{
    QList<Cell> cells { { Dimension::School, {}, 1.0 } };
    const auto breakdown = [&](Dimension d, const QStringList& ids) {
        for (const QString& id : ids)
            cells.append({ d, id, 0.95 / double(ids.size()) });
        cells.append({ d, {}, 0.05 });
    };
    QStringList teams, roles, bands;
    for (const auto& t : p.teams)
        teams << t.id;
    for (const auto& r : p.roles)
        roles << r.id;
    for (const auto& b : p.ageBands)
        bands << b.id;
    breakdown(Dimension::Team, teams);
    breakdown(Dimension::Role, roles);
    breakdown(Dimension::AgeBand, bands);
    return cells;
}

hr::Figure figureFor(const Cell& cell, const QString& metric, qint64 n, QRandomGenerator& random)
{
    hr::Figure f { cell.dimension, cell.id, metric, Reason::Released, n, 0, 0 };
    const double draw = random.generateDouble();
    double mean = 0;
    double sd = 0;
    switch (hr::metricKind(metric)) {
    case hr::MetricKind::Score:
        mean = metric.startsWith(QLatin1String("score.")) ? 5500 + 2000 * draw : 300 + 150 * draw;
        sd = mean / 5;
        break;
    case hr::MetricKind::Indicator:
        f.sum = qint64(double(n) * (0.05 + 0.3 * draw));
        f.sumSquares = f.sum;
        return f;
    case hr::MetricKind::Asked:
        mean = 4;
        sd = 1;
        break;
    default:
        mean = 1 + 2 * draw;
        sd = 1.2;
        break;
    }
    f.sum = qint64(std::llround(double(n) * mean));
    f.sumSquares = qint64(std::llround(double(n) * (mean * mean + sd * sd)));
    return f;
}

/** Every figure of one release: ~1 in 8 breakdown cells withheld; a re-release updates the
 * school and half the cells, the rest not (too few added, or withheld earlier). */
QList<hr::Figure> releaseFigures(const QList<Cell>& cells, const QStringList& metrics,
    qint64 contributors, int releaseNumber, QRandomGenerator& random)
{
    static constexpr Reason withheld[]
        = { Reason::FewerThanK, Reason::ProtectsSmallerGroup, Reason::TooCloseToAnotherGroup };
    QList<hr::Figure> figures;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const Cell& cell = cells[c];
        const bool hidden = cell.dimension != Dimension::School && c % 8 == 3;
        const bool updated
            = releaseNumber == 1 || cell.dimension == Dimension::School || c % 2 == 0;
        for (const QString& metric : metrics) {
            if (hidden)
                figures << hr::Figure { cell.dimension, cell.id, metric,
                    releaseNumber == 1 ? withheld[c % 3] : Reason::WithheldEarlier, 0, 0, 0 };
            else if (!updated)
                figures << hr::Figure { cell.dimension, cell.id, metric, Reason::TooFewAdded, 0, 0,
                    0 };
            else
                figures << figureFor(cell, metric,
                    std::max<qint64>(5, qint64(double(contributors) * cell.weight)), random);
        }
    }
    return figures;
}

QList<hr::HrPart> makeParts(
    int count, const SchoolProfile& profile, int slotCount, QRandomGenerator& random)
{
    QList<hr::HrPart> parts;
    parts.reserve(count);
    const auto bytes = [&](int size) {
        QByteArray out(size, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(out.data()), size / 4);
        return out;
    };
    for (int i = 0; i < count; ++i) {
        hr::HrPart part;
        part.submissionId = bytes(32);
        part.revision = 1;
        part.team = profile.teams[random.bounded(int(profile.teams.size()))].id;
        part.role = profile.roles[random.bounded(int(profile.roles.size()))].id;
        part.ageBand = random.bounded(20) == 0
            ? QString()
            : profile.ageBands[random.bounded(int(profile.ageBands.size()))].id;
        part.presence = bytes(8);
        part.share.resize(slotCount);
        random.fillRange(part.share.data(), slotCount);
        part.binding = bytes(bindingBytes);
        parts << part;
    }
    return parts;
}

struct Built
{
    qint64 figures = 0;
    QList<double> storeMs; ///< one storeRelease() each
    double totalSeconds = 0;
};

Built build(hr::HrStore& store, const SchoolProfile& profile, const QByteArray& profileFile,
    const Options& options)
{
    (void)check(store.addProfile(profileFile), "adding the profile");
    QRandomGenerator random(2026);
    const QList<Cell> cells = cellsOf(profile);
    const QStringList metrics = metricIds(profile);
    const int slotCount = int(metrics.size()) * 2; // value and square per metric
    Built out;
    QElapsedTimer total;
    total.start();
    const int perPeriod = options.parts / options.periods;
    for (int period = 1; period <= options.periods; ++period) {
        const QString id = QStringLiteral("2026-2027/%1of6").arg(period);
        const int count = period == options.periods
            ? options.parts - perPeriod * (options.periods - 1)
            : perPeriod;
        const bool reRelease = period % 2 == 1;
        const int late = reRelease ? count * lateShare / 100 : 0;
        for (int number = 1; number <= (reRelease ? 2 : 1); ++number) {
            hr::ReleaseRecord record;
            record.release = { id, number, profile.schoolId, profile.version,
                QByteArray(32, char(period * 8 + number)), {} };
            record.parts = makeParts(number == 1 ? count - late : late, profile, slotCount, random);
            record.figures = releaseFigures(
                cells, metrics, number == 1 ? count - late : count, number, random);
            out.figures += record.figures.size();
            out.storeMs << bench::timeMs([&] { check(store.storeRelease(record), "storing"); });
        }
    }
    out.totalSeconds = double(total.elapsed()) / 1000;
    return out;
}

struct Case
{
    QString label;
    QString period; ///< empty: every period
    std::optional<Dimension> by;
    QString metric;
    QStringList cliArgs;
};

/** What `report` computes, without printing: the figures and rows of each period asked for. */
qsizetype coreReport(hr::HrStore& store, const SchoolProfile& profile, const Case& c)
{
    const QStringList periods
        = c.period.isEmpty() ? check(store.periods(), "periods") : QStringList { c.period };
    qsizetype rows = 0;
    for (const QString& period : periods) {
        const auto figures = check(
            store.figures(
                { period, c.by, c.metric.isEmpty() ? QStringList() : hr::metricsToRead(c.metric) }),
            "reading figures");
        for (const hr::ReportRow& row : hr::periodReport(figures, profile))
            rows += c.metric.isEmpty() || row.metricId == c.metric;
    }
    return rows;
}

/**
 * What HR's dashboard (qml/hr/hr_dashboard.h) reads and computes when it opens or a release
 * arrives: the school's report of every period (the profile checked once per version), every
 * cell of the latest period, the contributors per period, the indexes the tabs look rows up in,
 * and each school row's change since the previous period. Returns the changes tested, so
 * nothing is optimised away.
 */
qsizetype dashboardLoad(hr::HrStore& store)
{
    const auto school = check(hr::reportHistory(store, { {}, Dimension::School, {} }), "history");
    const auto shown
        = check(hr::reportHistory(store, { { school.last().period }, {}, {} }), "the period shown");
    const hr::ReportIndex index(school);
    const hr::ReportIndex shownIndex(shown);
    qsizetype tested = hr::contributorsOf(school.last().rows) + shown.first().rows.size();
    for (int p = 1; p < int(school.size()); ++p) {
        for (const hr::ReportRow& row : school[p].rows)
            tested
                += hr::periodChange(index.row(p - 1, row.dimension, row.cellId, row.metricId), row)
                       .tested();
    }
    return tested;
}

/** The whole command in this process: open, verify the profile, read, compute, print. */
void cliReport(const QString& db, const Case& c)
{
    static const FixedClock clock(QDateTime(QDate(2027, 8, 1), QTime(12, 0)));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = cli::run(QStringList { QStringLiteral("kernwijzer-cli"),
                                  QStringLiteral("report"), QStringLiteral("--hr-db"), db }
            + c.cliArgs,
        outStream, errStream, clock);
    if (code != 0)
        fail("kernwijzer-cli report", Error { Error::Code::Io, err });
}

template <typename Fn> QList<double> timeRepeated(int repetitions, Fn&& fn)
{
    for (int i = 0; i < 5; ++i)
        fn();
    QList<double> samples;
    for (int i = 0; i < repetitions; ++i)
        samples << bench::timeMs(fn);
    return samples;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir tempDir((options.dir.isEmpty() ? QDir::tempPath() : options.dir)
        + QStringLiteral("/kw-bench-hr-XXXXXX"));
    if (!tempDir.isValid())
        fail("creating a folder", Error { Error::Code::Io, tempDir.errorString() });
    tempDir.setAutoRemove(!options.keep);
    const QString path = tempDir.filePath(QStringLiteral("hr.sqlite"));

    say(QStringLiteral("Kernwijzer HR report benchmark"));
    say(bench::machineLine()
        + QStringLiteral(", SQLite %1, %2 build")
              .arg(QString::fromLatin1(sqlite3_libversion()), QStringLiteral(KW_BENCH_BUILD_TYPE)));

    const SchoolProfile profile = bestuurProfile();
    const QByteArray profileFile = check(
        exchange::demoProfileFile(profile, QDate(2026, 11, 20)), "signing the bench profile");
    const SchoolProfile stored = [&] {
        const FixedClock clock(QDateTime(QDate(2027, 8, 1), QTime(12, 0)));
        auto db = check(sql::Database::open(path, hr::hrSchema()), "creating the HR database");
        hr::HrStore store(*db, clock);
        const Built built = build(store, profile, profileFile, options);
        const bench::Summary s = bench::summarize(built.storeMs);
        say(QStringLiteral("HR database: %1 parts and %2 figures (%3 cells × %4 metrics per "
                           "release) over %5 periods, %6 MB, in %7")
                .arg(options.parts)
                .arg(built.figures)
                .arg(cellsOf(profile).size())
                .arg(metricCount)
                .arg(options.periods)
                .arg(QFileInfo(path).size() / (1024 * 1024))
                .arg(QDir::toNativeSeparators(path)));
        say(QStringLiteral("  built in %1 s; storeRelease() per release: median %2 ms, max %3 ms "
                           "(%4 releases)")
                .arg(built.totalSeconds, 0, 'f', 1)
                .arg(ms(s.p50), ms(s.max))
                .arg(s.count));
        return check(store.profile(profile.version), "reading the profile back");
    }();

    const QString last = QStringLiteral("2026-2027/%1of6").arg(options.periods);
    const QList<Case> cases {
        { QStringLiteral("one period"), last, {}, {}, { QStringLiteral("--period"), last } },
        { QStringLiteral("all periods"), {}, {}, {}, {} },
        { QStringLiteral("by team, all periods"), {}, Dimension::Team, {},
            { QStringLiteral("--by"), QStringLiteral("team") } },
        { QStringLiteral("one metric (score.who5)"), {}, {}, QStringLiteral("score.who5"),
            { QStringLiteral("--metric"), QStringLiteral("score.who5") } },
        { QStringLiteral("one choice (+ its asked)"), {}, {},
            QStringLiteral("choice.werkdruk.e-mail"),
            { QStringLiteral("--metric"), QStringLiteral("choice.werkdruk.e-mail") } },
        { QStringLiteral("one period, --json"), last, {}, {},
            { QStringLiteral("--period"), last, QStringLiteral("--json") } },
        { QStringLiteral("all periods, --json"), {}, {}, {}, { QStringLiteral("--json") } },
    };

    say();
    say(QStringLiteral("report queries, %1 repetitions each after 5 warm-up, ms; target < %2 ms")
            .arg(options.repetitions)
            .arg(targetMs));
    say(QStringLiteral("  core: HrStore::figures() + periodReport() per period (the database "
                       "kept open);\n  cli: kernwijzer-cli report in this process (opens the "
                       "file, checks the profile's signatures, prints)"));
    const int width = 28;
    say(tableRow({ QStringLiteral("query"), QStringLiteral("rows"), QStringLiteral("core med"),
                     QStringLiteral("core p95"), QStringLiteral("cli med"),
                     QStringLiteral("cli p95"), QStringLiteral("target") },
        width));
    auto db = check(hr::openExistingHrDatabase(path), "opening the HR database");
    const FixedClock clock(QDateTime(QDate(2027, 8, 1), QTime(12, 0)));
    hr::HrStore store(*db, clock);
    for (const Case& c : cases) {
        const qsizetype rows = coreReport(store, stored, c);
        const auto core = bench::summarize(
            timeRepeated(options.repetitions, [&] { (void)coreReport(store, stored, c); }));
        const auto cli
            = bench::summarize(timeRepeated(options.repetitions, [&] { cliReport(path, c); }));
        const bool ok = core.p95 < targetMs && cli.p95 < targetMs;
        say(tableRow({ c.label, QString::number(rows), ms(core.p50), ms(core.p95), ms(cli.p50),
                         ms(cli.p95), ok ? QStringLiteral("ok") : QStringLiteral("OVER") },
            width));
    }
    {
        const auto load = bench::summarize(timeRepeated(
            std::max(5, options.repetitions / 10), [&] { (void)dashboardLoad(store); }));
        say(QStringLiteral(
            "\ndashboard load (the school's report of every period, every cell of "
            "the latest, contributors, indexes, periodChange): median %1 ms, p95 %2 ms, "
            "target < %3 ms: %4")
                .arg(ms(load.p50), ms(load.p95))
                .arg(targetMs)
                .arg(load.p95 < targetMs ? QStringLiteral("ok") : QStringLiteral("OVER")));
    }
    if (options.keep)
        say(QStringLiteral("\nkept: ") + QDir::toNativeSeparators(path));
    return 0;
}
