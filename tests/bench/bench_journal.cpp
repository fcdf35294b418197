// Saving and searching reflections as the app does: JournalStore on a real file database
// (WAL, synchronous=FULL). Prints figures; never fails on time.
#include "bench_options.h"
#include "bench_report.h"
#include "demo/demo_journal.h"
#include "journal/journal_store.h"
#include "profile/school_profile.h"
#include "teacher/teacher_schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sqlite3.h>
#include <unistd.h>

using namespace kw;
using bench::ms;
using bench::say;
using bench::tableRow;

namespace {

constexpr double saveTargetMs = 5;
constexpr double searchTargetMs = 20;
constexpr int pageSize = 50; // what the app's journal list model loads at a time
constexpr int sessionLength = 10; // saves between closing and reopening the journal
constexpr int saveLabelWidth = 24;

struct Options
{
    int saves = 2000;
    int warmup = 100;
    int seeded = 20000;
    int repetitions = 200;
    QString dir; ///< where the databases go; empty: the system temp folder
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times saving and searching reflections."));
    parser.addHelpOption();
    Options o;
    const auto saves = bench::countOption("saves", "Timed saves per journal.", o.saves);
    const auto seeded = bench::countOption("seeded", "Reflections in the full journal.", o.seeded);
    const auto reps = bench::countOption("reps", "Repetitions per search.", o.repetitions);
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Folder for the databases (default: the temp "
                       "folder); its disk is what a save waits for."),
        QStringLiteral("DIR"));
    parser.addOptions({ saves, seeded, reps, dir });
    parser.process(app);
    o.saves = bench::countValue(parser, saves);
    o.seeded = bench::countValue(parser, seeded);
    o.repetitions = bench::countValue(parser, reps);
    o.dir = parser.value(dir);
    return o;
}

[[noreturn]] void fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "bench_journal: %s failed: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

template <typename T> T check(Result<T> result, const char* what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

/** A journal file opened the way the app opens it. */
struct Journal
{
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<JournalStore> store;

    Journal(const QString& path, const SchoolProfile& profile, const Clock& clock)
        : db(check(sql::Database::open(path, teacherSchema()), "opening the journal"))
        , store(std::make_unique<JournalStore>(*db, profile, clock))
    { }
};

/** What every journal of the benchmark shares. */
struct Setup
{
    SchoolProfile profile = demoProfile();
    FixedClock clock { QDateTime(QDate(2026, 3, 16), QTime(12, 0)) };
    QList<Reflection> toSave; ///< warm-up and timed saves, in order
    int warmup = 0;
};

/**
 * Milliseconds per JournalStore::add into the journal at @p path, after the warm-up saves. With
 * @p sessionLength > 0 the journal is closed and reopened after that many saves, as between two
 * uses of the app: SQLite removes the WAL on close, so the next saves grow a new WAL file.
 */
QList<double> timeSaves(const Setup& setup, const QString& path, int sessionLength)
{
    std::optional<Journal> journal;
    QList<double> samples;
    for (qsizetype i = 0; i < setup.toSave.size(); ++i) {
        if (!journal || (sessionLength > 0 && i % sessionLength == 0)) {
            journal.reset();
            journal.emplace(path, setup.profile, setup.clock);
        }
        const double t
            = bench::timeMs([&] { check(journal->store->add(setup.toSave[i]), "saving"); });
        if (i >= setup.warmup)
            samples << t;
    }
    return samples;
}

/**
 * Milliseconds per 4 KiB write + fdatasync: about the least one durable commit costs on this
 * disk. @p grow appends (as a new WAL does); otherwise it rewrites an allocated file (as SQLite
 * reuses its WAL after a checkpoint), which needs no file-system metadata update.
 */
QList<double> timeDiskSyncs(const QString& path, int count, bool grow)
{
    constexpr int blockSize = 4096;
    constexpr int blocks = 256;
    QFile file(path);
    const QByteArray block(blockSize, 'k');
    const QByteArray preallocated(grow ? 0 : blockSize * blocks, 0);
    if (!file.open(QIODevice::WriteOnly) || file.write(preallocated) < 0)
        fail("creating a file to time the disk", Error { Error::Code::Io, file.errorString() });
    file.flush();
    ::fsync(file.handle());
    QList<double> samples;
    for (int i = 0; i < count; ++i) {
        samples << bench::timeMs([&] {
            if (!grow)
                file.seek(qint64(i % blocks) * blockSize);
            file.write(block);
            file.flush();
            ::fdatasync(file.handle());
        });
    }
    return samples;
}

void printSaveRow(const QString& journal, const QList<double>& samples, bool judged = true)
{
    const bench::Summary s = bench::summarize(samples);
    const QString verdict = !judged ? QStringLiteral("-")
        : s.p99 < saveTargetMs      ? QStringLiteral("ok")
                                    : QStringLiteral("OVER");
    say(tableRow(
        { journal, ms(s.p50), ms(s.p90), ms(s.p99), ms(s.max), verdict }, saveLabelWidth, 9));
}

struct SearchCase
{
    QString label;
    JournalQuery query;
};

QList<SearchCase> searchCases(QDate today)
{
    QList<SearchCase> cases;
    cases << SearchCase { QStringLiteral("(no search)"), {} };
    for (const char* typed :
        { "ouders", "gesprek", "rekenen", "reken", "les", "les plein", "vertrouwen", "oud" }) {
        JournalQuery q;
        q.search = QString::fromUtf8(typed);
        cases << SearchCase { QLatin1Char('"') + q.search + QLatin1Char('"'), q };
    }
    JournalQuery combined;
    combined.search = QStringLiteral("ouders");
    combined.valueIds = { QStringLiteral("vertrouwen") };
    combined.from = today.addMonths(-3);
    combined.to = today;
    cases << SearchCase { QStringLiteral("\"ouders\" +value +3 months"), combined };
    return cases;
}

/** Milliseconds per call of @p fn, after a few untimed calls that warm the page cache. */
template <typename Fn> QList<double> timeRepeated(int repetitions, Fn&& fn)
{
    for (int i = 0; i < 5; ++i)
        fn();
    QList<double> samples;
    for (int i = 0; i < repetitions; ++i)
        samples << bench::timeMs(fn);
    return samples;
}

void benchSearch(JournalStore& store, QDate today, int repetitions)
{
    say(tableRow({ QStringLiteral("query"), QStringLiteral("hits"), QStringLiteral("page med"),
                     QStringLiteral("page p99"), QStringLiteral("count med"),
                     QStringLiteral("count p99"), QStringLiteral("target") },
        28));
    for (SearchCase c : searchCases(today)) {
        c.query.limit = pageSize;
        const auto page = bench::summarize(
            timeRepeated(repetitions, [&] { check(store.list(c.query), "listing"); }));
        const auto count = bench::summarize(
            timeRepeated(repetitions, [&] { check(store.count(c.query), "counting"); }));
        const int hits = check(store.count(c.query), "counting");
        const bool ok = page.p99 < searchTargetMs && count.p99 < searchTargetMs;
        say(tableRow({ c.label, QString::number(hits), ms(page.p50), ms(page.p99), ms(count.p50),
                         ms(count.p99), ok ? QStringLiteral("ok") : QStringLiteral("OVER") },
            28));
    }
}

QString describeFolder(const QString& path)
{
    const QStorageInfo volume(path);
    return QStringLiteral("%1 (%2 on %3)")
        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(volume.fileSystemType()),
            QString::fromUtf8(volume.device()));
}

void runSearches(const Setup& setup, const QString& path, const Options& options)
{
    const QDate today = setup.clock.today();
    Journal journal(path, setup.profile, setup.clock);
    (void)check(
        journal.store->addAll(demoReflections(setup.profile, options.seeded, today)), "seeding");
    say(QStringLiteral("Search over %1 reflections: first page (limit %2) and count(), %3 "
                       "repetitions, ms; target < %4 ms")
            .arg(options.seeded)
            .arg(pageSize)
            .arg(options.repetitions)
            .arg(searchTargetMs));
    benchSearch(*journal.store, today, options.repetitions);
}

void runSaves(
    const Setup& setup, const QDir& folder, const QString& seededPath, const Options& options)
{
    say(QStringLiteral("Save one reflection (JournalStore::add; WAL, synchronous=FULL): %1 saves "
                       "after %2 warm-up, ms; target p99 < %3 ms")
            .arg(options.saves)
            .arg(options.warmup)
            .arg(saveTargetMs));
    say(QStringLiteral("  1 session: one connection throughout (the WAL file is reused after each "
                       "checkpoint);\n  %1/session: closed and reopened every %1 saves, as "
                       "between uses of the app (each session grows a new WAL file)")
            .arg(sessionLength));
    say(tableRow({ QStringLiteral("journal"), QStringLiteral("p50"), QStringLiteral("p90"),
                     QStringLiteral("p99"), QStringLiteral("max"), QStringLiteral("target") },
        saveLabelWidth, 9));
    for (const bool grow : { false, true }) {
        const QString file = folder.filePath(QStringLiteral("sync-%1.bin").arg(grow));
        printSaveRow(
            grow ? QStringLiteral("disk: 4K append+sync") : QStringLiteral("disk: 4K rewrite+sync"),
            timeDiskSyncs(file, options.saves, grow), false);
    }
    for (const int session : { 0, sessionLength }) {
        const QString mode = session == 0 ? QStringLiteral(", 1 session")
                                          : QStringLiteral(", %1/session").arg(session);
        const QString emptyPath = folder.filePath(QStringLiteral("empty-%1.sqlite").arg(session));
        printSaveRow(QStringLiteral("empty") + mode, timeSaves(setup, emptyPath, session));
        printSaveRow(QString::number(options.seeded) + mode, timeSaves(setup, seededPath, session));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    const QTemporaryDir tempDir((options.dir.isEmpty() ? QDir::tempPath() : options.dir)
        + QStringLiteral("/kw-bench-XXXXXX"));
    if (!tempDir.isValid())
        fail("creating a folder for the databases",
            Error { Error::Code::Io, tempDir.errorString() });

    Setup setup;
    setup.toSave = demoReflections(
        setup.profile, options.warmup + options.saves, setup.clock.today(), 365, 7);
    setup.warmup = options.warmup;

    say(QStringLiteral("Kernwijzer journal benchmark"));
    say(bench::machineLine()
        + QStringLiteral(", SQLite %1, %2 build")
              .arg(QString::fromLatin1(sqlite3_libversion()), QStringLiteral(KW_BENCH_BUILD_TYPE)));
    say(QStringLiteral("databases in ") + describeFolder(tempDir.path()));
    say();
    const QString seededPath = tempDir.filePath(QStringLiteral("seeded.sqlite"));
    runSearches(setup, seededPath, options);
    say();
    runSaves(setup, QDir(tempDir.path()), seededPath, options);
    return 0;
}
