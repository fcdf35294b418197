// The custodian's import of teachers' contribution files (custodian::importEachFile) from a
// warm folder, side by side with the crypto floor: a loop that only opens the same sealed
// custodian parts (openSeal + readContributionShare). Then the peak memory of importing
// 100 000 files against 1 000, each in a process of its own. Prints figures; never fails on
// time.
//
// The files are made once with the real writer (writeContributionFile) and cached under the
// build folder; a stamp names the format, so a new format or layout makes them again.
#include "bench_options.h"
#include "bench_report.h"
#include "custodian/custodian_inbox.h"
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange_fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sys/resource.h>

using namespace kw;
using bench::say;
using bench::tableRow;

namespace {

namespace v1 = ::kernwijzer::v1;

constexpr double importTarget = 5000; // contributions per second
constexpr int filesPerFolder = 1000;
const QString kPeriod = QStringLiteral("2026-2027/1of6");

struct Options
{
    int files = 20000; ///< the timed folder
    int big = 100000; ///< the folder whose import's peak memory is measured
    int small = 1000; ///< ... against this one
    int reps = 3;
    QString cache; ///< where the files are kept between runs
    QString dir; ///< where the databases go
};

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_custodian_import: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T> T check(Result<T> result, const char* what)
{
    if (!result)
        fail(
            QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(what), result.error().message));
    return std::move(result).value();
}

/** The test school with fixed keys: the same files every run. */
struct School
{
    exchange::KeySet hr = test::schoolKeys("bench school");
    exchange::KeySet custodian = test::custodianKeys("bench custodian");
    SchoolProfile profile = test::signedProfileFor(hr, custodian);
    QByteArray profileFile = test::coSignedFile(profile, hr, custodian);
};

QString folderOf(const QString& cache, int file)
{
    return QStringLiteral("%1/f%2").arg(cache).arg(file / filesPerFolder, 3, 10, QLatin1Char('0'));
}

/** The first @p count files' folders (whole folders of filesPerFolder). */
QStringList foldersFor(const QString& cache, int count)
{
    QStringList folders;
    for (int f = 0; f < count; f += filesPerFolder)
        folders << folderOf(cache, f);
    return folders;
}

/** Makes (or finds) @p count teachers' files under @p cache, filesPerFolder a folder. */
void ensureFiles(const School& school, const QString& cache, int count)
{
    // The stamp names the format and layout the files follow, then how many there are: more
    // are added when asked for, all are made again when the format or layout changed.
    const QByteArray kind = "contribution format "
        + QByteArray::number(exchange::formatVersionOf(v1::FILE_KIND_CONTRIBUTION)) + ", layout "
        + exchange::MetricLayout::forProfile(school.profile).digest().toHex() + ", files ";
    QFile stampFile(cache + QStringLiteral("/stamp"));
    int have = 0;
    if (stampFile.open(QIODevice::ReadOnly)) {
        const QByteArray stamp = stampFile.readAll().trimmed();
        if (stamp.startsWith(kind))
            have = stamp.mid(kind.size()).toInt();
        stampFile.close();
    }
    if (have >= count)
        return;
    if (have == 0)
        QDir(cache).removeRecursively();
    say(QStringLiteral("Making %1 contribution files in %2 (once) ...")
            .arg(count - have)
            .arg(cache));
    const auto& teams = school.profile.teams;
    const auto& roles = school.profile.roles;
    for (int i = have; i < count; ++i) {
        if (i % filesPerFolder == 0)
            QDir().mkpath(folderOf(cache, i));
        std::mt19937_64 random { std::uint64_t(i) };
        const exchange::Cohort cohort { teams[i % teams.size()].id,
            roles[(i / 3) % roles.size()].id, {} };
        const exchange::ContributionPart plain
            = test::plainContribution(school.profile, kPeriod, cohort, [&](int metric) {
                  if (random() % 5 == 0)
                      return std::optional<std::uint64_t>();
                  return std::optional<std::uint64_t>(random() % (metric == 0 ? 10000 : 40));
              });
        const QByteArray bytes
            = test::contributionFile(plain, school.profile, test::deviceSecret(i));
        QFile out(QStringLiteral("%1/t%2.kwbijdrage")
                      .arg(folderOf(cache, i))
                      .arg(i, 6, 10, QLatin1Char('0')));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            fail(QStringLiteral("cannot write ") + out.fileName());
    }
    const QByteArray stamp = kind + QByteArray::number(count) + '\n';
    if (!stampFile.open(QIODevice::WriteOnly) || stampFile.write(stamp) != stamp.size())
        fail(QStringLiteral("cannot write the stamp"));
}

/** The custodian's sealed part of every file in @p folders, read into memory. */
QList<QByteArray> sealedParts(const QStringList& folders, const exchange::KeySet& custodian)
{
    QList<QByteArray> parts;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            const QByteArray bytes
                = check(exchange::readFileLimited(dir.filePath(name), 16 * 1024), "reading a file");
            const v1::Envelope envelope = check(exchange::readEnvelope(bytes), "reading");
            for (const v1::Seal& seal : envelope.seals()) {
                if (seal.recipient() == v1::PARTY_CUSTODIAN
                    && QByteArray::fromStdString(seal.recipient_key()) == custodian.boxPublic)
                    parts << QByteArray::fromStdString(seal.sealed());
            }
        }
    }
    return parts;
}

/** Seconds of CPU (user and system, every thread) this process has used so far. */
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](timeval t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/** How fast something went: per second of the clock, and per second of CPU it used. */
struct Rate
{
    double perSecond = 0;
    double perCpuSecond = 0;
    double cores() const { return perCpuSecond > 0 ? perSecond / perCpuSecond : 0; }
};

/** Times @p count things done by @p fn. */
template <typename Fn> Rate rateOf(qsizetype count, Fn&& fn)
{
    const double cpuBefore = cpuSeconds();
    const double took = bench::timeMs(std::forward<Fn>(fn)) / 1000;
    return { double(count) / took, double(count) / (cpuSeconds() - cpuBefore) };
}

/** Opening @p parts: the crypto floor of an import. */
Rate cryptoFloor(const QList<QByteArray>& parts, const exchange::KeySet& keys,
    const exchange::MetricLayout& layout)
{
    return rateOf(parts.size(), [&] {
        for (const QByteArray& sealed : parts) {
            const auto opened = crypto::openSeal(sealed, keys.boxPublic, keys.boxSecret);
            if (!opened)
                fail(QStringLiteral("a part does not open"));
            check(exchange::readContributionShare(*opened, &layout), "reading a share");
        }
    });
}

struct ImportRun
{
    Rate rate;
    custodian::ImportSummary summary;
    qint64 dbBytes = 0; ///< the database file afterwards
};

/** Imports @p folders into the custodian database at @p dbPath (made when new). */
ImportRun importInto(
    const QString& dbPath, const School& school, const QStringList& folders, qsizetype files)
{
    const SystemClock clock;
    auto store = check(custodian::CustodianStore::open(dbPath, clock), "opening the database");
    check(store->addProfile(school.profileFile), "adding the profile");
    ImportRun run;
    run.rate = rateOf(files, [&] {
        run.summary
            = check(custodian::importEachFile(*store, school.custodian, folders, {}), "importing");
    });
    store.reset(); // closing checkpoints the WAL into the file
    run.dbBytes = QFileInfo(dbPath).size();
    return run;
}

QString perSecond(double n)
{
    return QString::number(qRound(n));
}

/** The peak resident memory of this process so far, in MiB (VmHWM). */
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

/** In a child process: import @p count files, then print the peak memory. */
int measurePeak(const School& school, const Options& o, int count)
{
    QTemporaryDir dir(o.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/kw-bench-XXXXXX")
                                      : o.dir + QStringLiteral("/kw-bench-XXXXXX"));
    const ImportRun run = importInto(dir.filePath(QStringLiteral("custodian.sqlite")), school,
        foldersFor(o.cache, count), count);
    std::printf("%d %.1f %.0f\n", run.summary.counts.total(), peakMiB(), run.rate.perSecond);
    return 0;
}

/** Runs measurePeak() in a process of its own; "files peak-MiB per-second". */
QStringList peakInChild(const Options& o, int count)
{
    QProcess child;
    QStringList args { QStringLiteral("--peak-of"), QString::number(count),
        QStringLiteral("--cache"), o.cache };
    if (!o.dir.isEmpty())
        args << QStringLiteral("--dir") << o.dir;
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitCode() != 0)
        fail(QStringLiteral("the child import failed: ")
            + QString::fromLocal8Bit(child.readAllStandardError()));
    return QString::fromLatin1(child.readAllStandardOutput()).split(QLatin1Char(' '));
}

QString describeFolder(const QString& path)
{
    const QStorageInfo volume(path);
    return QStringLiteral("%1 (%2 on %3)")
        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(volume.fileSystemType()),
            QString::fromUtf8(volume.device()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the custodian's import of contribution files."));
    parser.addHelpOption();
    Options o;
    o.cache = QStringLiteral(KW_BENCH_CACHE_DIR);
    const auto files = bench::countOption("files", "Files in the timed folder.", o.files);
    const auto big = bench::countOption("big",
        "Files whose import's peak memory is measured "
        "(0: skip).",
        o.big);
    const auto reps
        = bench::countOption("reps", "Timed imports (each into a new database).", o.reps);
    const QCommandLineOption cache(QStringLiteral("cache"),
        QStringLiteral("Where the files are made once and kept."), QStringLiteral("DIR"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Folder for the databases (default: the temp folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption peakOf(QStringLiteral("peak-of"),
        QStringLiteral("(internal) import N files and print the peak memory."),
        QStringLiteral("N"));
    parser.addOptions({ files, big, reps, cache, dir, peakOf });
    parser.process(app);
    o.files = bench::countValue(parser, files, filesPerFolder);
    o.big = bench::countValue(parser, big, 0);
    o.reps = bench::countValue(parser, reps);
    if (parser.isSet(cache))
        o.cache = parser.value(cache);
    o.dir = parser.value(dir);
    const School school;
    if (parser.isSet(peakOf))
        return measurePeak(school, o, parser.value(peakOf).toInt());

    // Whole folders: round up to filesPerFolder.
    o.files = (o.files + filesPerFolder - 1) / filesPerFolder * filesPerFolder;
    o.big = (o.big + filesPerFolder - 1) / filesPerFolder * filesPerFolder;
    say(QStringLiteral("Kernwijzer custodian import benchmark"));
    say(bench::machineLine()
        + QStringLiteral(", build %1").arg(QStringLiteral(KW_BENCH_BUILD_TYPE)));
    ensureFiles(school, o.cache, std::max(o.files, o.big));
    QTemporaryDir dbs(o.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/kw-bench-XXXXXX")
                                      : o.dir + QStringLiteral("/kw-bench-XXXXXX"));
    say(QStringLiteral("files in %1; databases in %2")
            .arg(describeFolder(o.cache), describeFolder(dbs.path())));
    say();

    const QStringList folders = foldersFor(o.cache, o.files);
    // Reading every file once warms the page cache for the timed runs.
    const QList<QByteArray> parts = sealedParts(folders, school.custodian);
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(school.profile);
    Rate floor;
    for (int r = 0; r < o.reps; ++r) {
        if (const Rate rate = cryptoFloor(parts, school.custodian, layout);
            rate.perSecond > floor.perSecond)
            floor = rate;
    }

    ImportRun best;
    ImportRun again;
    for (int r = 0; r < o.reps; ++r) {
        const QString db = dbs.filePath(QStringLiteral("run%1.sqlite").arg(r));
        const ImportRun first = importInto(db, school, folders, o.files);
        if (first.summary.accepted != o.files)
            fail(QStringLiteral("%1 of %2 files were kept")
                     .arg(first.summary.accepted)
                     .arg(o.files));
        if (first.rate.perSecond > best.rate.perSecond)
            best = first;
        if (const ImportRun second = importInto(db, school, folders, o.files);
            second.rate.perSecond > again.rate.perSecond)
            again = second;
    }
    say(QStringLiteral("Import of %1 contribution files from a warm folder (best of %2); target "
                       ">= %3/s and >= half the floor. \"cores\": CPU seconds per second, what "
                       "it got of the machine; \"per CPU s\": contributions per CPU second")
            .arg(o.files)
            .arg(o.reps)
            .arg(importTarget));
    const int w = 46;
    say(tableRow({ QStringLiteral("what"), QStringLiteral("per s"), QStringLiteral("cores"),
                     QStringLiteral("per CPU s"), QStringLiteral("target") },
        w));
    const auto row = [&](const QString& what, const Rate& rate, const QString& target) {
        say(tableRow({ what, perSecond(rate.perSecond), QString::number(rate.cores(), 'f', 2),
                         perSecond(rate.perCpuSecond), target },
            w));
    };
    row(QStringLiteral("crypto floor (openSeal + readContributionShare)"), floor, {});
    const bool ok
        = best.rate.perSecond >= importTarget && best.rate.perSecond >= floor.perSecond / 2;
    row(QStringLiteral("import into a new database"), best.rate,
        ok ? QStringLiteral("ok") : QStringLiteral("UNDER"));
    say(tableRow(
        { QStringLiteral("  as a share of the floor"),
            QStringLiteral("%1%").arg(qRound(100 * best.rate.perSecond / floor.perSecond)),
            QString(),
            QStringLiteral("%1%").arg(qRound(100 * best.rate.perCpuSecond / floor.perCpuSecond)),
            QStringLiteral(">= 50%") },
        w));
    row(QStringLiteral("the same folder again (all already there)"), again.rate, {});
    say(QStringLiteral("database: %1 MiB, %2 bytes per contribution kept (%3 slots a share)")
            .arg(double(best.dbBytes) / (1 << 20), 0, 'f', 1)
            .arg(best.dbBytes / o.files)
            .arg(layout.slotCount()));

    if (o.big > 0) {
        say();
        say(QStringLiteral("Peak memory (VmHWM) of a process that imports N files into a new "
                           "database"));
        say(tableRow(
            { QStringLiteral("files"), QStringLiteral("peak MiB"), QStringLiteral("per s") }, 12));
        for (const int n : { std::min(o.small, o.big), std::min(o.files, o.big), o.big }) {
            const QStringList peak = peakInChild(o, n);
            say(tableRow({ peak.value(0), peak.value(1), peak.value(2).trimmed() }, 12));
        }
    }
    return 0;
}
