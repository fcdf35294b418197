// Backup and restore of a journal with 20 000 reflections (core/backup), next to a plain copy
// of the same database file. Prints figures; never fails on time.
#include "backup/journal_backup.h"
#include "bench_options.h"
#include "bench_report.h"
#include "demo/demo_journal.h"
#include "teacher/teacher_session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

using namespace kw;
using bench::ms;
using bench::say;
using bench::tableRow;

namespace {

[[noreturn]] void fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "bench_backup: %s failed: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

template <typename T> T check(Result<T> result, const char* what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

QString kb(qint64 bytes)
{
    return QString::number((bytes + 1023) / 1024);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times a journal's backup and restore."));
    parser.addHelpOption();
    const auto seededOption = bench::countOption("seeded", "Reflections in the journal.", 20000);
    const auto repsOption = bench::countOption("reps", "Repetitions of each step.", 5);
    parser.addOptions({ seededOption, repsOption });
    parser.process(app);
    const int seeded = bench::countValue(parser, seededOption);
    const int reps = bench::countValue(parser, repsOption);

    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    auto session = check(TeacherSession::open(journalPath, clock), "opening the journal");
    {
        // One transaction for all of them, as the demo does (JournalStore::addAll).
        (void)check(
            session->journal().addAll(demoReflections(session->profile(), seeded, clock.today())),
            "seeding");
    }
    (void)session->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 journalBytes = QFileInfo(journalPath).size();

    // The app's own cost (MODERATE: 256 MiB, about a second of Argon2id), as a teacher waits.
    const backup::BackupOptions options;
    const QString passphrase = QStringLiteral("paarse olifant op de fiets");
    QList<double> copies, backups, restores;
    qint64 backupBytes = 0;
    for (int i = 0; i < reps; ++i) {
        const QString copy = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i));
        copies << bench::timeMs([&] {
            if (!QFile::copy(journalPath, copy))
                std::exit(1);
        });
        QFile::remove(copy);
        const QString out = dir.filePath(QStringLiteral("b-%1.kwbackup").arg(i));
        backups << bench::timeMs([&] {
            backupBytes
                = check(backup::writeBackup(*session, out, passphrase, options), "backup").bytes;
        });
        const QString restored = dir.filePath(QStringLiteral("r-%1.sqlite").arg(i));
        restores << bench::timeMs(
            [&] { (void)check(backup::decryptBackup(out, passphrase, restored), "restore"); });
        QFile::remove(out);
        QFile::remove(restored);
    }
    const auto row = [&](const QString& what, const QList<double>& samples, qint64 bytes) {
        const bench::Summary s = bench::summarize(samples);
        say(tableRow({ what, ms(s.min), ms(s.p50), ms(s.max), kb(bytes) }, 34));
    };
    say(bench::machineLine());
    say(QStringLiteral("Journal with %1 reflections (%2 KB), %3 runs each; backup at the app's "
                       "Argon2id cost (%4 MiB):")
            .arg(seeded)
            .arg(kb(journalBytes))
            .arg(reps)
            .arg(options.cost.memBytes / (1024 * 1024)));
    say(tableRow({ QString(), QStringLiteral("min ms"), QStringLiteral("p50 ms"),
                     QStringLiteral("max ms"), QStringLiteral("KB") },
        34));
    row(QStringLiteral("plain copy of the database"), copies, journalBytes);
    row(QStringLiteral("backup (snapshot, encrypt, verify)"), backups, backupBytes);
    row(QStringLiteral("restore (decrypt, open, check)"), restores, journalBytes);
    return 0;
}
