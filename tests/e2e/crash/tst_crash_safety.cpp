// kill -9 during writes: every reflection the writer reported as saved must be there, word for
// word, and the file and its search index must be whole, round after round.
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <signal.h>

using namespace kw;

namespace {

constexpr int rounds = 25;

/** Reads "saved <id> <text>" lines into @p saved; false when a line is malformed or an id reused.
 */
bool collectSaved(const QByteArray& output, QHash<qint64, QString>& saved)
{
    // A line cut off by the kill is ignored: the writer may have died while printing it.
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return true;
    for (const QByteArray& line : output.left(end).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = parts.size() > 2 && parts[0] == "saved";
        const qint64 id = ok ? parts[1].toLongLong(&ok) : 0;
        if (!ok || saved.contains(id))
            return false;
        saved.insert(id, QString::fromUtf8(line.mid(parts[0].size() + parts[1].size() + 2)));
    }
    return true;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();

private:
    void verifyJournal(const QString& path, const QHash<qint64, QString>& saved);
};

void TestCrashSafety::verifyJournal(const QString& path, const QHash<qint64, QString>& saved)
{
    const SchoolProfile profile = demoProfile();
    const FixedClock clock(test::defaultNow());
    auto db = sql::Database::open(path, teacherSchema());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    JournalStore store(**db, profile, clock);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        auto r = store.get(it.key());
        QVERIFY2(r.ok(),
            qPrintable(
                QStringLiteral("reflection %1 was reported saved but is lost").arg(it.key())));
        QCOMPARE(r->text, it.value());
    }
    QCOMPARE(test::integrityCheck(**db), QStringLiteral("ok"));
    QVERIFY(test::ftsIndexAgrees(**db));
    QVERIFY(store.count({}).value() >= saved.size());
}

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    QRandomGenerator rng(20261120);
    QHash<qint64, QString> saved;
    int killed = 0;
    QElapsedTimer elapsed;
    elapsed.start();

    for (int round = 0; round < rounds; ++round) {
        const int delayMs = int(rng.bounded(20, 401));
        QProcess writer;
        writer.start(QStringLiteral(KW_CRASH_WRITER_PATH), { path, QString::number(round) });
        QVERIFY(writer.waitForStarted());
        if (!writer.waitForFinished(delayMs)) {
            ::kill(pid_t(writer.processId()), SIGKILL);
            ++killed;
        }
        QVERIFY(writer.waitForFinished(10'000));
        QCOMPARE(writer.readAllStandardError(), QByteArray());
        QVERIFY2(collectSaved(writer.readAllStandardOutput(), saved),
            qPrintable(QStringLiteral("round %1 printed a bad line or reused an id").arg(round)));
        verifyJournal(path, saved);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(
                QStringLiteral("after round %1, killed after %2 ms").arg(round).arg(delayMs)));
    }

    // Every round ended in a kill, and enough was written for the rounds to mean something.
    QCOMPARE(killed, rounds);
    QVERIFY2(saved.size() >= rounds, qPrintable(QString::number(saved.size())));
    qInfo("%d rounds, %d reflections reported saved, all found; %lld ms", rounds, int(saved.size()),
        elapsed.elapsed());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
