// The bestuur's side through kernwijzer-cli, as HR and the bestuur would use it: two simulated
// schools, `aggregate` of their periods, `import --bestuur-db` and `report --bestuur-db`, with
// the refusals each must give, each in one line and changing nothing.
#include "cli_in_process.h"
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;

class TestCliBestuur : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theAggregateIsWrittenOnceAndTheSameAgain();
    void theAggregateRefusesWhatItCannotDo_data();
    void theAggregateRefusesWhatItCannotDo();
    void theBestuurImportsEachFileOnItsOwn();
    void theReportShowsMergedAndOwnFigures();
    void theReportRefusesWhatItCannotDo_data();
    void theReportRefusesWhatItCannotDo();
    void helpNamesTheNewCommands();

private:
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }
    test::CliRun cli(const QStringList& args) const { return test::runCliInProcess(args); }
    /** `aggregate` of school @p school ("a" or "b") and @p period into @p out. */
    test::CliRun aggregate(const QString& school, const QString& period, const QString& out,
        const QStringList& extra = {}) const
    {
        return cli(QStringList { QStringLiteral("aggregate"), QStringLiteral("--hr-db"),
                       path(school + QStringLiteral("/hr.sqlite")), QStringLiteral("--key"),
                       path(school + QStringLiteral("/keys/hr.kwsleutel")),
                       QStringLiteral("--period"), period, QStringLiteral("--out"), out }
            + extra);
    }
    QString aggregateFile(const QString& school, int period) const
    {
        return path(QStringLiteral("%1-%2.kwaggregaat").arg(school).arg(period));
    }

    QTemporaryDir m_dir;
    QStringList m_periods;
};

void TestCliBestuur::initTestCase()
{
    for (const auto& [folder, id, seed] :
        { std::tuple { "a", "de-vlinder", "5" }, std::tuple { "b", "het-baken", "6" } }) {
        const test::CliRun run = cli({ QStringLiteral("demo"), QStringLiteral("--school"),
            QStringLiteral("--out"), path(QString::fromLatin1(folder)),
            QStringLiteral("--school-id"), QString::fromLatin1(id), QStringLiteral("--seed"),
            QString::fromLatin1(seed), QStringLiteral("--teachers"), QStringLiteral("40"),
            QStringLiteral("--periods"), QStringLiteral("2"), QStringLiteral("--json") });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary[QStringLiteral("schoolName")].toString(),
            QString::fromLatin1(id) == QLatin1String("de-vlinder")
                ? QStringLiteral("Basisschool De Vlinder (simulatie)")
                : QStringLiteral("Basisschool Het Baken (simulatie)"));
        m_periods.clear();
        for (const QJsonValue& period : summary[QStringLiteral("periods")].toArray())
            m_periods << period.toString();
    }
    QCOMPARE(m_periods.size(), 2);
    for (const QString& school : { QStringLiteral("a"), QStringLiteral("b") }) {
        for (int p = 0; p < m_periods.size(); ++p)
            QVERIFY_OK(aggregate(school, m_periods[p], aggregateFile(school, p)));
    }
}

void TestCliBestuur::theAggregateIsWrittenOnceAndTheSameAgain()
{
    const QString out = path(QStringLiteral("again.kwaggregaat"));
    const test::CliRun run
        = aggregate(QStringLiteral("a"), m_periods[1], out, { QStringLiteral("--json") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("school")].toString(), QStringLiteral("de-vlinder"));
    QCOMPARE(json[QStringLiteral("period")].toString(), m_periods[1]);
    QVERIFY(json[QStringLiteral("released")].toInt() > 0);
    QVERIFY(json[QStringLiteral("withheld")].toInt() > 0);
    // The same figures, the same key: the same bytes (Ed25519 signs deterministically).
    QCOMPARE(test::fileSha256(out), test::fileSha256(aggregateFile(QStringLiteral("a"), 1)));
    // inspect reads it as any exchange file.
    const test::CliRun inspect = cli({ QStringLiteral("inspect"), out, QStringLiteral("--json") });
    QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
    QVERIFY(inspect.out.contains(QStringLiteral("FILE_KIND_AGGREGATE")));
}

void TestCliBestuur::theAggregateRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString a = path(QStringLiteral("a"));
    const QString out = path(QStringLiteral("refused.kwaggregaat"));
    const auto args = [&](const QString& db, const QString& key, const QString& period) {
        return QStringList { QStringLiteral("aggregate"), QStringLiteral("--hr-db"), db,
            QStringLiteral("--key"), key, QStringLiteral("--period"), period,
            QStringLiteral("--out"), out };
    };
    const QString hrDb = a + QStringLiteral("/hr.sqlite");
    const QString hrKey = a + QStringLiteral("/keys/hr.kwsleutel");
    QTest::newRow("the custodian's key")
        << args(hrDb, a + QStringLiteral("/keys/custodian.kwsleutel"), m_periods[0]) << 1
        << QStringLiteral("not HR's secret key file");
    QTest::newRow("another school's HR key")
        << args(hrDb, path(QStringLiteral("b/keys/hr.kwsleutel")), m_periods[0]) << 1
        << QStringLiteral("school's HR");
    QTest::newRow("a period without a release") << args(hrDb, hrKey,
        QStringLiteral("2024-2025/1of6")) << 1 << QStringLiteral("no release of period");
    QTest::newRow("not a period") << args(hrDb, hrKey, QStringLiteral("last")) << 2
                                  << QStringLiteral("--period");
    QTest::newRow("no HR database") << args(path(QStringLiteral("none.sqlite")), hrKey,
        m_periods[0]) << 1 << QStringLiteral("no HR database");
    QTest::newRow("a custodian's database") << args(a + QStringLiteral("/custodian.sqlite"), hrKey,
        m_periods[0]) << 1 << QStringLiteral("not a Kernwijzer database");
    QStringList noOut = args(hrDb, hrKey, m_periods[0]);
    noOut.removeLast();
    noOut.removeLast();
    QTest::newRow("no --out") << noOut << 2 << QStringLiteral("--out");
}

void TestCliBestuur::theAggregateRefusesWhatItCannotDo()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const auto before = test::folderSnapshot(m_dir.path());
    const test::CliRun run = cli(args);
    QVERIFY_ONE_LINE_REASON(run, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(test::folderSnapshot(m_dir.path()), before);
}

void TestCliBestuur::theBestuurImportsEachFileOnItsOwn()
{
    const QString db = path(QStringLiteral("bestuur.sqlite"));
    QStringList files;
    for (const QString& school : { QStringLiteral("a"), QStringLiteral("b") }) {
        for (int p = 0; p < m_periods.size(); ++p)
            files << aggregateFile(school, p);
    }
    // A damaged file and a release among them: refused, one line each; the rest goes in.
    const QString damaged = path(QStringLiteral("damaged.kwaggregaat"));
    {
        QFile in(files.first());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x04);
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    }
    const QString release = QDir(path(QStringLiteral("a/releases")))
                                .entryInfoList({ QStringLiteral("*.kwvrijgave") })
                                .first()
                                .filePath();
    const QStringList import { QStringLiteral("import"), QStringLiteral("--bestuur-db"), db };
    const test::CliRun first
        = cli(import + QStringList { damaged } + files + QStringList { release });
    QCOMPARE(first.code, 1);
    const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), files.size() + 3);
    QVERIFY2(lines[0].startsWith(damaged + QStringLiteral(": refused: ")), qPrintable(lines[0]));
    QVERIFY(lines[1].contains(QStringLiteral(": added Basisschool De Vlinder (simulatie)")));
    QVERIFY(lines[1].contains(QStringLiteral("new school, HR key")));
    QVERIFY(lines[1].contains(QStringLiteral("verification code")));
    QVERIFY(!lines[2].contains(QStringLiteral("new school")));
    QVERIFY2(lines[files.size() + 1].contains(QStringLiteral("refused: This is a release, not a")),
        qPrintable(lines[files.size() + 1]));
    QCOMPARE(lines.last(),
        QStringLiteral("6 file(s): 4 added, 0 replaced, 0 already there, 0 outdated, 2 refused."));

    // Again, as JSON: every file already there, nothing changed, exit 0.
    const QByteArray sha = test::fileSha256(db);
    const test::CliRun again = cli(import + files + QStringList { QStringLiteral("--json") });
    QVERIFY2(again.code == 0, qPrintable(again.err));
    const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("counts")][QStringLiteral("alreadyThere")].toInt(), 4);
    QCOMPARE(json[QStringLiteral("counts")][QStringLiteral("refused")].toInt(), 0);
    const QJsonArray outcomes = json[QStringLiteral("files")].toArray();
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes[0][QStringLiteral("outcome")].toString(), QStringLiteral("alreadyThere"));
    QCOMPARE(outcomes[0][QStringLiteral("school")].toString(), QStringLiteral("de-vlinder"));
    QCOMPARE(test::fileSha256(db), sha);

    const test::CliRun none = cli(import);
    QVERIFY_ONE_LINE_REASON(none, 2);
}

void TestCliBestuur::theReportShowsMergedAndOwnFigures()
{
    const QString db = path(QStringLiteral("report.sqlite"));
    QStringList import { QStringLiteral("import"), QStringLiteral("--bestuur-db"), db };
    for (const QString& school : { QStringLiteral("a"), QStringLiteral("b") })
        import << aggregateFile(school, 1);
    QVERIFY_OK(cli(import));
    const QByteArray sha = test::fileSha256(db);
    const QStringList report { QStringLiteral("report"), QStringLiteral("--bestuur-db"), db };

    const test::CliRun text
        = cli(report + QStringList { QStringLiteral("--metric"), QStringLiteral("score.who5") });
    QVERIFY2(text.code == 0, qPrintable(text.err));
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines[0].startsWith(QStringLiteral("school")));
    QVERIFY(lines[0].contains(QStringLiteral("schools")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("Bestuur"))
            && lines[1].contains(QStringLiteral("2 of 2"))
            && lines[1].contains(QStringLiteral("School: All schools")),
        qPrintable(lines[1]));
    QVERIFY(text.out.contains(QStringLiteral("Basisschool Het Baken (simulatie)")));
    QVERIFY(text.out.contains(QStringLiteral("Team: ")));

    const test::CliRun json = cli(report + QStringList { QStringLiteral("--json") });
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray figures
        = QJsonDocument::fromJson(json.out.toUtf8())[QStringLiteral("figures")].toArray();
    int merged = 0, own = 0;
    for (const QJsonValue& value : figures) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row[QStringLiteral("period")].toString(), m_periods[1]);
        QCOMPARE(row[QStringLiteral("schools_in_period")].toInt(), 2);
        const bool isMerged = row[QStringLiteral("level")].toString() == QLatin1String("bestuur");
        (isMerged ? merged : own) += 1;
        QCOMPARE(row[QStringLiteral("release_number")].isNull(), isMerged);
        QCOMPARE(row[QStringLiteral("schools")].isNull(), !isMerged);
        if (row[QStringLiteral("withheld")].toBool())
            QVERIFY(row[QStringLiteral("n")].isNull()
                && !row[QStringLiteral("reason_id")].toString().isEmpty());
    }
    QVERIFY(merged > 0 && own > merged);

    const test::CliRun onlyMerged = cli(report
        + QStringList {
            QStringLiteral("--by"), QStringLiteral("bestuur"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(onlyMerged.out.toUtf8())[QStringLiteral("figures")]
                 .toArray()
                 .size(),
        merged);
    const test::CliRun csv = cli(report
        + QStringList { QStringLiteral("--csv"), QStringLiteral("--by"), QStringLiteral("school"),
            QStringLiteral("--period"), m_periods[1] });
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(rows[0].startsWith(QStringLiteral(
        "level,school,school_name,schools,schools_with_figure,schools_in_period,period,")));
    QCOMPARE(rows.size(), own + 1);
    QCOMPARE(test::fileSha256(db), sha); // a report changes nothing
}

void TestCliBestuur::theReportRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("another level") << QStringList { QStringLiteral("--by"), QStringLiteral("team") }
                                   << 2 << QStringLiteral("--by");
    QTest::newRow("json and csv") << QStringList { QStringLiteral("--json"),
        QStringLiteral("--csv") } << 2
                                  << QStringLiteral("cannot be combined");
    QTest::newRow("a period it lacks")
        << QStringList { QStringLiteral("--period"), QStringLiteral("2020-2021/1of6") } << 1
        << QStringLiteral("no aggregate of period");
    QTest::newRow("a metric it lacks")
        << QStringList { QStringLiteral("--metric"), QStringLiteral("score.uwes") } << 1
        << QStringLiteral("no figure of metric");
    QTest::newRow("no database") << QStringList { QStringLiteral("MISSING") } << 1
                                 << QStringLiteral("no bestuur database");
    QTest::newRow("HR's database")
        << QStringList { QStringLiteral("HR") } << 1 << QStringLiteral("not a Kernwijzer database");
}

void TestCliBestuur::theReportRefusesWhatItCannotDo()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, message);
    QString db = path(QStringLiteral("refusals.sqlite"));
    if (!QFileInfo::exists(db))
        QVERIFY_OK(cli({ QStringLiteral("import"), QStringLiteral("--bestuur-db"), db,
            aggregateFile(QStringLiteral("a"), 0) }));
    if (extra.removeOne(QStringLiteral("MISSING")))
        db = path(QStringLiteral("missing.sqlite"));
    if (extra.removeOne(QStringLiteral("HR")))
        db = path(QStringLiteral("a/hr.sqlite"));
    const auto before = test::folderSnapshot(m_dir.path());
    const test::CliRun run
        = cli(QStringList { QStringLiteral("report"), QStringLiteral("--bestuur-db"), db } + extra);
    QVERIFY_ONE_LINE_REASON(run, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(test::folderSnapshot(m_dir.path()), before);
}

void TestCliBestuur::helpNamesTheNewCommands()
{
    const test::CliRun usage = cli({ QStringLiteral("--help") });
    QVERIFY(usage.out.contains(QStringLiteral("aggregate")));
    QVERIFY(usage.out.contains(QStringLiteral("import --bestuur-db")));
    for (const QStringList& args : { QStringList { QStringLiteral("aggregate") },
             QStringList {
                 QStringLiteral("import"), QStringLiteral("--bestuur-db"), QStringLiteral("x") },
             QStringList { QStringLiteral("report"), QStringLiteral("--bestuur-db"),
                 QStringLiteral("x") } }) {
        const test::CliRun help = cli(args + QStringList { QStringLiteral("--help") });
        QVERIFY2(help.code == 0, qPrintable(help.err));
        QVERIFY2(help.out.contains(QStringLiteral("bestuur")), qPrintable(help.out));
    }
    QVERIFY(!QFileInfo::exists(QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestCliBestuur)
#include "tst_cli_bestuur.moc"
