// kernwijzer-cli, run in-process through kw::cli::run: exit codes, one-line reasons, JSON output.
#include "cli_in_process.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using kw::test::TempJournal;

namespace {

using test::CliRun;

CliRun runCli(const QStringList& args)
{
    return test::runCliInProcess(args);
}

/** The JSON a successful --json command printed; Null when it failed or printed no JSON. */
QJsonDocument jsonOf(const CliRun& run)
{
    if (run.code != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8());
}

QList<qint64> idsIn(const QJsonDocument& doc)
{
    QList<qint64> ids;
    for (const QJsonValue& v : doc.array())
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

QStringList args(const char* line, const QString& db)
{
    return QString::fromUtf8(line).replace(QStringLiteral("DB"), db).split(QLatin1Char(' '));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noCommandPrintsUsage();
    void usageErrorsExit2WithOneLine_data();
    void usageErrorsExit2WithOneLine();
    void badInputExits1WithOneLineAndSavesNothing_data();
    void badInputExits1WithOneLineAndSavesNothing();
    void unusableFileExits1WithOneLine_data();
    void unusableFileExits1WithOneLine();
    void addPrintsTheSavedReflectionAsJson();
    void listFiltersByKernwaardeName();
    void listFiltersByDateAndLimit();
    void searchFindsAndMarksWords();
    void demoWritesAJournalAndRefusesAnExistingOne();
    void demoIsReproducibleFromItsSeed();
    void aReflectionTheAppRemovedCanStillBeRestoredAfterTheCli();

private:
    /** Runs `journal list --json` plus @p extra on the test journal; the listed ids, newest first.
     */
    QList<qint64> listed(const QStringList& extra);
    qint64 add(const QString& text, QDate day, const QStringList& values);

    std::unique_ptr<TempJournal> m_journal;
};

void TestCli::init()
{
    m_journal = std::make_unique<TempJournal>();
    QVERIFY(m_journal->open().ok());
    m_journal->add(
        QStringLiteral("Al aanwezig"), QDate(2026, 11, 1), { QStringLiteral("verbinding") });
}

void TestCli::cleanup()
{
    m_journal.reset();
}

qint64 TestCli::add(const QString& text, QDate day, const QStringList& values)
{
    return m_journal->add(text, day, values);
}

QList<qint64> TestCli::listed(const QStringList& extra)
{
    const CliRun run
        = runCli(QStringList { QStringLiteral("journal"), QStringLiteral("list"),
                     QStringLiteral("--db"), m_journal->path(), QStringLiteral("--json") }
            + extra);
    if (run.code != 0)
        return { -run.code };
    return idsIn(jsonOf(run));
}

void TestCli::noCommandPrintsUsage()
{
    const CliRun bare = runCli({});
    QCOMPARE(bare.code, 2);
    QVERIFY(bare.err.startsWith(QStringLiteral("usage: kernwijzer-cli")));
    QCOMPARE(bare.out, QString());

    const CliRun help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("journal add|list|search")));
    QCOMPARE(help.err, QString());
}

void TestCli::usageErrorsExit2WithOneLine_data()
{
    QTest::addColumn<QString>("line"); ///< DB stands for the test journal
    QTest::addColumn<QString>("reason");
    const auto row = [](const char* name, const char* line, const char* reason) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(reason);
    };
    row("unknown command", "frobnicate", "unknown command");
    row("journal alone", "journal", "add, list or search");
    row("unknown journal command", "journal delete --db DB", "add, list or search");
    row("unknown option", "journal list --db DB --colour", "colour");
    row("add without --db", "journal add --text hoi --values vertrouwen --outcome 3", "--db");
    row("add without --text", "journal add --db DB --values vertrouwen --outcome 3", "--text");
    row("add without --values", "journal add --db DB --text hoi --outcome 3", "--values");
    row("add without --outcome", "journal add --db DB --text hoi --values vertrouwen", "--outcome");
    row("outcome not a number", "journal add --db DB --text hoi --values vertrouwen --outcome goed",
        "--outcome");
    row("energy not a number",
        "journal add --db DB --text hoi --values vertrouwen --outcome 3 --energy veel", "--energy");
    row("date not a date",
        "journal add --db DB --text hoi --values vertrouwen --outcome 3 --date 20-11-2026",
        "--date");
    row("list without --db", "journal list", "--db");
    row("limit 0", "journal list --db DB --limit 0", "--limit");
    row("from not a date", "journal list --db DB --from 2026-13-01", "--from");
    row("search without words", "journal search --db DB", "words");
    row("search for punctuation only", "journal search --db DB \"*\"", "words");
    row("demo without --out", "demo --reflections 3", "--out");
    row("demo with negative count", "demo --out DB.d --reflections -1", "--reflections");
}

void TestCli::usageErrorsExit2WithOneLine()
{
    QFETCH(QString, line);
    QFETCH(QString, reason);
    const QByteArray before = test::fileSha256(m_journal->path());
    const CliRun run = runCli(args(line.toUtf8().constData(), m_journal->path()));
    QVERIFY_ONE_LINE_REASON(run, 2);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(test::fileSha256(m_journal->path()), before);
    QCOMPARE(m_journal->store().count({}).value(), 1);
}

void TestCli::badInputExits1WithOneLineAndSavesNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char* name, QStringList options, const char* reason) {
        QTest::newRow(name) << options << QString::fromUtf8(reason);
    };
    row("future date", { QStringLiteral("--date"), QStringLiteral("2026-11-21") }, "future");
    row("unknown kernwaarde", { QStringLiteral("--values"), QStringLiteral("Moed") }, "Moed");
    row("outcome 6", { QStringLiteral("--outcome"), QStringLiteral("6") }, "1 to 5");
    row("energy 0", { QStringLiteral("--energy"), QStringLiteral("0") }, "energy");
    row("blank text", { QStringLiteral("--text"), QStringLiteral("   ") }, "words");
    row("unknown tag", { QStringLiteral("--tags"), QStringLiteral("sport") }, "sport");
    row("text too long", { QStringLiteral("--text"), QString(4001, QLatin1Char('x')) }, "4000");
}

void TestCli::badInputExits1WithOneLineAndSavesNothing()
{
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    QStringList line { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--db"),
        m_journal->path() };
    // The option under test comes last: of a repeated option the parser keeps the last value.
    line << QStringLiteral("--text") << QStringLiteral("Goede dag") << QStringLiteral("--values")
         << QStringLiteral("Vertrouwen") << QStringLiteral("--outcome") << QStringLiteral("4")
         << options;
    const CliRun run = runCli(line);
    QVERIFY_ONE_LINE_REASON(run, 1);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(m_journal->store().count({}).value(), 1);
}

void TestCli::unusableFileExits1WithOneLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("garbage") << QStringLiteral("garbage")
                             << QStringLiteral("not a Kernwijzer database");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("missing folder") << QStringLiteral("missing") << QStringLiteral("exist");
}

void TestCli::unusableFileExits1WithOneLine()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QString path = m_journal->path();
    m_journal->close();
    if (kind == QStringLiteral("missing"))
        path = m_journal->folder() + QStringLiteral("/nergens/journal.sqlite");
    else
        QVERIFY(test::spoilJournal(path, kind));
    const auto before = test::folderSnapshot(m_journal->folder());
    for (const char* line : { "journal list --db DB",
             "journal add --db DB --text hoi --values "
             "vertrouwen --outcome 3" }) {
        const CliRun run = runCli(args(line, path));
        QVERIFY_ONE_LINE_REASON(run, 1);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }
    QCOMPARE(test::folderSnapshot(m_journal->folder()), before);
}

void TestCli::addPrintsTheSavedReflectionAsJson()
{
    const CliRun run = runCli({ QStringLiteral("journal"), QStringLiteral("add"),
        QStringLiteral("--db"), m_journal->path(), QStringLiteral("--text"),
        QStringLiteral(" Koffieochtend met ouders "), QStringLiteral("--values"),
        QStringLiteral("Verbinding,vertrouwen"), QStringLiteral("--outcome"), QStringLiteral("4"),
        QStringLiteral("--energy"), QStringLiteral("3"), QStringLiteral("--tags"),
        QStringLiteral("Ouders"), QStringLiteral("--json") });
    QCOMPARE(run.err, QString());
    const QJsonObject o = jsonOf(run).object();
    QVERIFY2(!o.isEmpty(), qPrintable(run.out));
    QVERIFY(o.value(QStringLiteral("id")).toInteger() > 1);
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(
        o.value(QStringLiteral("text")).toString(), QStringLiteral("Koffieochtend met ouders"));
    QCOMPARE(o.value(QStringLiteral("kernwaarden")).toArray(),
        QJsonArray({ QStringLiteral("vertrouwen"), QStringLiteral("verbinding") }));
    QCOMPARE(o.value(QStringLiteral("outcome")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("energy")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray({ QStringLiteral("ouders") }));
    QCOMPARE(
        o.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-20T09:00:00.000Z"));
    QCOMPARE(
        o.value(QStringLiteral("edited")).toString(), QStringLiteral("2026-11-20T09:00:00.000Z"));
    QCOMPARE(m_journal->store().count({}).value(), 2);

    const CliRun noEnergy = runCli(args("journal add --db DB --text kort --values vertrouwen "
                                        "--outcome 2 --json",
        m_journal->path()));
    QVERIFY(jsonOf(noEnergy).object().value(QStringLiteral("energy")).isNull());

    const CliRun plain = runCli(
        args("journal add --db DB --text kort --values vertrouwen --outcome 2", m_journal->path()));
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.startsWith(QStringLiteral("Saved reflection ")));
}

void TestCli::listFiltersByKernwaardeName()
{
    const qint64 trust
        = add(QStringLiteral("Vertrouwen"), QDate(2026, 11, 10), { QStringLiteral("vertrouwen") });
    const qint64 both = add(QStringLiteral("Beide"), QDate(2026, 11, 11),
        { QStringLiteral("vertrouwen"), QStringLiteral("eigenaarschap") });
    const qint64 own
        = add(QStringLiteral("Eigen"), QDate(2026, 11, 12), { QStringLiteral("eigenaarschap") });
    for (const char* name : { "Vertrouwen", "vertrouwen", "VERTROUWEN" })
        QCOMPARE(listed({ QStringLiteral("--value"), QString::fromUtf8(name) }),
            (QList<qint64> { both, trust }));
    QCOMPARE(listed({ QStringLiteral("--value"), QStringLiteral("Eigenaarschap,Vertrouwen") }),
        (QList<qint64> { own, both, trust }));
    QCOMPARE(listed({ QStringLiteral("--value"), QStringLiteral("eigenaarschap"),
                 QStringLiteral("--value"), QStringLiteral("Vertrouwen") }),
        (QList<qint64> { own, both, trust }));
    QCOMPARE(listed({}).size(), 4);

    const CliRun unknown = runCli(args("journal list --db DB --value Moed", m_journal->path()));
    QVERIFY_ONE_LINE_REASON(unknown, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("\"Moed\"")));
}

void TestCli::listFiltersByDateAndLimit()
{
    const qint64 a = add(QStringLiteral("a"), QDate(2026, 11, 2), { QStringLiteral("vertrouwen") });
    const qint64 b = add(QStringLiteral("b"), QDate(2026, 11, 3), { QStringLiteral("vertrouwen") });
    add(QStringLiteral("c"), QDate(2026, 11, 4), { QStringLiteral("vertrouwen") });
    QCOMPARE(listed({ QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-03") }),
        (QList<qint64> { b, a }));
    QCOMPARE(listed({ QStringLiteral("--limit"), QStringLiteral("2") }).size(), 2);
}

void TestCli::searchFindsAndMarksWords()
{
    const qint64 id = add(QStringLiteral("Oudergesprek over de reünie"), QDate(2026, 11, 15),
        { QStringLiteral("vertrouwen") });
    const CliRun json
        = runCli(args("journal search --db DB reunie ouder --json", m_journal->path()));
    QCOMPARE(idsIn(jsonOf(json)), QList<qint64> { id });
    QCOMPARE(jsonOf(json).array().first().toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Oudergesprek over de reünie"));

    const CliRun text = runCli(args("journal search --db DB reunie", m_journal->path()));
    QCOMPARE(text.code, 0);
    QVERIFY2(
        text.out.contains(QStringLiteral("Oudergesprek over de [reünie]")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("Vertrouwen")));
    QVERIFY(text.out.endsWith(QStringLiteral("1 reflection\n")));

    const CliRun none = runCli(args("journal search --db DB schoolreis --json", m_journal->path()));
    QCOMPARE(jsonOf(none).array().size(), 0);
}

void TestCli::demoWritesAJournalAndRefusesAnExistingOne()
{
    const QString out = m_journal->folder() + QStringLiteral("/demo");
    const QString journal = out + QStringLiteral("/journal.sqlite");
    const CliRun run = runCli(args("demo --out DIR --reflections 25 --json", QString())
                                  .replaceInStrings(QStringLiteral("DIR"), out));
    const QJsonObject o = jsonOf(run).object();
    QCOMPARE(o.value(QStringLiteral("reflections")).toInt(), 25);
    QCOMPARE(o.value(QStringLiteral("journal")).toString(), journal);

    const auto countIn = [&journal] {
        auto db = sql::Database::open(journal, teacherSchema());
        return db ? test::scalar(**db, "SELECT count(*) FROM reflection WHERE deleted_ms IS NULL")
                  : -1;
    };
    QCOMPARE(countIn(), 25);
    const CliRun listedDemo = runCli(args("journal list --db DB --json", journal));
    for (const QJsonValue& v : jsonOf(listedDemo).array()) {
        const QDate day
            = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        QVERIFY(day <= QDate(2026, 11, 20) && day > QDate(2025, 11, 20));
    }

    const auto before = test::folderSnapshot(out);
    const CliRun again = runCli({ QStringLiteral("demo"), QStringLiteral("--out"), out });
    QVERIFY_ONE_LINE_REASON(again, 1);
    QVERIFY(again.err.contains(QStringLiteral("exists already")));
    QCOMPARE(test::folderSnapshot(out), before);
    QCOMPARE(countIn(), 25);
}

void TestCli::demoIsReproducibleFromItsSeed()
{
    const auto demoList = [this](const char* name, const char* seed) {
        const QString out = m_journal->folder() + QLatin1Char('/') + QString::fromUtf8(name);
        const CliRun demo = runCli(
            { QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--reflections"),
                QStringLiteral("40"), QStringLiteral("--seed"), QString::fromUtf8(seed) });
        if (demo.code != 0)
            return demo.err;
        return runCli(args("journal list --db DB --json", out + QStringLiteral("/journal.sqlite")))
            .out;
    };
    const QString first = demoList("a", "11");
    QVERIFY(first.startsWith(QLatin1Char('[')));
    QCOMPARE(demoList("b", "11"), first);
    QVERIFY(demoList("c", "12") != first);
}

void TestCli::aReflectionTheAppRemovedCanStillBeRestoredAfterTheCli()
{
    // The app removes a reflection and offers Undo; meanwhile a script reads and writes the
    // journal. The CLI must not erase what the app can still restore.
    const qint64 removed
        = add(QStringLiteral("Even weg"), QDate(2026, 11, 10), { QStringLiteral("vertrouwen") });
    QVERIFY(removed > 0);
    QVERIFY(m_journal->store().remove(removed).ok());
    QVERIFY_OK(runCli(args("journal list --db DB --json", m_journal->path())));
    QVERIFY_OK(runCli(
        args("journal add --db DB --text hoi --values vertrouwen --outcome 3", m_journal->path())));
    QVERIFY(m_journal->store().restore(removed).ok());
    QVERIFY(listed({}).contains(removed));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
