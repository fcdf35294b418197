// kernwijzer-cli pop …, run in-process: exit codes, one-line reasons, nothing created on a
// mistake, JSON output, removal with evidence refused until confirmed.
#include "cli_in_process.h"
#include "test_support.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using kw::test::CliRun;
using kw::test::TempJournal;

namespace {

/** kernwijzer-cli pop @p args. */
CliRun runCli(const QStringList& args)
{
    return test::runCliInProcess(QStringList { QStringLiteral("pop") } + args);
}

/** Splits @p line on spaces, with DB replaced by @p db and '_' inside a word meaning a space. */
QStringList words(const QString& line, const QString& db)
{
    QStringList list = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : list)
        w = w == QStringLiteral("DB") ? db : w.replace(QLatin1Char('_'), QLatin1Char(' '));
    return list;
}

QJsonDocument json(const CliRun& run)
{
    return run.code == 0 ? QJsonDocument::fromJson(run.out.toUtf8()) : QJsonDocument();
}

} // namespace

class TestCliPop : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mistakesExitWithOneLineAndCreateNothing_data();
    void mistakesExitWithOneLineAndCreateNothing();
    void goalAddListAndStatusAsJson();
    void actionsAndEvidence();
    void removingAGoalWithEvidenceNeedsConfirm();
    void hoursAndSettingsGiveTheBalance();

private:
    CliRun pop(const QString& line) { return runCli(words(line, m_journal->path())); }

    std::unique_ptr<TempJournal> m_journal;
};

void TestCliPop::init()
{
    m_journal = std::make_unique<TempJournal>();
    QVERIFY(m_journal->open().ok());
    m_journal->add(QStringLiteral("Leerlingen kozen zelf"), QDate(2026, 11, 2),
        { QStringLiteral("eigenaarschap") });
    m_journal->close();
}

void TestCliPop::cleanup()
{
    m_journal.reset();
}

void TestCliPop::mistakesExitWithOneLineAndCreateNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("code");
    QTest::newRow("no group") << "" << 2;
    QTest::newRow("unknown verb") << "goal fly --db NEW" << 2;
    QTest::newRow("hours without verb") << "hours" << 2;
    QTest::newRow("no db") << "goal add --title X --values vertrouwen" << 2;
    QTest::newRow("no title") << "goal add --db NEW --values vertrouwen" << 2;
    QTest::newRow("bad target")
        << "goal add --db NEW --title X --values vertrouwen --target 2027-13-01" << 2;
    QTest::newRow("bad year") << "goal add --db NEW --title X --values vertrouwen --year 2026-2028"
                              << 2;
    QTest::newRow("bad status") << "goal add --db NEW --title X --values vertrouwen --status klaar"
                                << 2;
    QTest::newRow("stray argument") << "goal list --db NEW extra" << 2;
    QTest::newRow("bad hours") << "hours add --db NEW --kind training --description X --spent veel"
                               << 2;
    QTest::newRow("bad fte") << "settings --db NEW --fte x" << 2;
    QTest::newRow("empty title") << "goal add --db NEW --title _ --values vertrouwen" << 1;
    QTest::newRow("unknown kernwaarde") << "goal add --db NEW --title X --values moed" << 1;
    QTest::newRow("unknown theme")
        << "goal add --db NEW --title X --values vertrouwen --theme zwemmen" << 1;
    QTest::newRow("unknown kind") << "hours add --db NEW --kind zwemles --description X --spent 2"
                                  << 1;
    QTest::newRow("negative hours")
        << "hours add --db NEW --kind training --description X --spent -2" << 1;
    QTest::newRow("no hours") << "hours add --db NEW --kind training --description X" << 1;
    QTest::newRow("fte above 1") << "settings --db NEW --fte 1.2" << 1;
    QTest::newRow("birth year") << "settings --db NEW --birth-year 2020" << 1;
    QTest::newRow("list missing db") << "goal list --db NEW" << 1;
    QTest::newRow("balance missing db") << "hours balance --db NEW" << 1;
    QTest::newRow("link missing db") << "evidence link --db NEW --goal 1 --reflection 1" << 1;
}

void TestCliPop::mistakesExitWithOneLineAndCreateNothing()
{
    QFETCH(QString, line);
    QFETCH(int, code);
    const QString fresh = m_journal->folder() + QStringLiteral("/new.sqlite");
    const CliRun run = runCli(words(QString(line).replace(QStringLiteral("NEW"), fresh), {}));
    QVERIFY_ONE_LINE_REASON(run, code);
    QVERIFY2(!QFileInfo::exists(fresh), "a mistake created a journal");
}

void TestCliPop::goalAddListAndStatusAsJson()
{
    const CliRun added = pop(QStringLiteral(
        "goal add --db DB --title Meer_eigenaarschap --values Eigenaarschap,vertrouwen --theme "
        "Maatwerk --target 2027-06-30 --criteria Leerlingen_kiezen_zelf --json"));
    QCOMPARE(added.code, 0);
    const QJsonObject goal = json(added).object();
    QCOMPARE(goal[QStringLiteral("title")].toString(), QStringLiteral("Meer eigenaarschap"));
    QCOMPARE(goal[QStringLiteral("kernwaarden")].toArray().size(), 2);
    QCOMPARE(goal[QStringLiteral("theme")].toString(), QStringLiteral("maatwerk"));
    QCOMPARE(goal[QStringLiteral("status")].toString(), QStringLiteral("idee"));
    QCOMPARE(goal[QStringLiteral("schoolYear")].toInt(), 2026); // now is 2026-11-20
    QCOMPARE(goal[QStringLiteral("target")].toString(), QStringLiteral("2027-06-30"));
    const QString id = QString::number(goal[QStringLiteral("id")].toInteger());

    QCOMPARE(
        pop(QStringLiteral("goal add --db DB --title Oud --values verbinding --year 2025-2026"))
            .code,
        0);
    QCOMPARE(json(pop(QStringLiteral("goal list --db DB --json"))).array().size(), 2);
    QCOMPARE(json(pop(QStringLiteral("goal list --db DB --year 2026 --json"))).array().size(), 1);

    const CliRun status
        = pop(QStringLiteral("goal status --db DB --id %1 --status actief --json").arg(id));
    QCOMPARE(status.code, 0);
    QCOMPARE(json(status).object()[QStringLiteral("status")].toString(), QStringLiteral("actief"));
    const QJsonArray active
        = json(pop(QStringLiteral("goal list --db DB --status actief --json"))).array();
    QCOMPARE(active.size(), 1);
    QCOMPARE(active[0].toObject()[QStringLiteral("id")].toInteger(), id.toLongLong());
    QVERIFY_ONE_LINE_REASON(pop(QStringLiteral("goal status --db DB --id 99 --status actief")), 1);

    const CliRun text = pop(QStringLiteral("goal list --db DB"));
    QVERIFY(text.out.contains(QStringLiteral("Meer eigenaarschap")));
    QVERIFY(text.out.contains(QStringLiteral("Eigenaarschap, Vertrouwen, Maatwerk")));
    QVERIFY(text.out.endsWith(QStringLiteral("2 goals\n")));
}

void TestCliPop::actionsAndEvidence()
{
    QCOMPARE(pop(QStringLiteral("goal add --db DB --title Doel --values vertrouwen")).code, 0);
    const CliRun action = pop(
        QStringLiteral("action add --db DB --goal 1 --title Lesbezoek --due 2026-12-01 --json"));
    QCOMPARE(action.code, 0);
    QCOMPARE(json(action).object()[QStringLiteral("due")].toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(pop(QStringLiteral("action add --db DB --goal 1 --title Boek")).code, 0);
    QVERIFY_ONE_LINE_REASON(pop(QStringLiteral("action add --db DB --goal 7 --title X")), 1);
    QCOMPARE(pop(QStringLiteral("action done --db DB --id 1")).code, 0);
    const QJsonArray actions
        = json(pop(QStringLiteral("action list --db DB --goal 1 --json"))).array();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0].toObject()[QStringLiteral("done")].toBool(), true);
    QCOMPARE(actions[1].toObject()[QStringLiteral("done")].toBool(), false);

    const CliRun linked
        = pop(QStringLiteral("evidence link --db DB --goal 1 --reflection 1 --json"));
    QCOMPARE(linked.code, 0);
    QCOMPARE(json(linked).object()[QStringLiteral("evidenceCount")].toInt(), 1);
    QVERIFY_ONE_LINE_REASON(
        pop(QStringLiteral("evidence link --db DB --goal 1 --reflection 42")), 1);
    // From the reflection's side: the goals it evidences.
    const QJsonArray goals
        = json(pop(QStringLiteral("goal list --db DB --reflection 1 --json"))).array();
    QCOMPARE(goals.size(), 1);
    QCOMPARE(goals[0].toObject()[QStringLiteral("evidence")].toArray(), QJsonArray { 1 });
    QCOMPARE(goals[0].toObject()[QStringLiteral("actionsDone")].toInt(), 1);
    QCOMPARE(pop(QStringLiteral("evidence unlink --db DB --goal 1 --reflection 1")).code, 0);
    QVERIFY_ONE_LINE_REASON(
        pop(QStringLiteral("evidence unlink --db DB --goal 1 --reflection 1")), 1);
    QCOMPARE(
        json(pop(QStringLiteral("goal list --db DB --reflection 1 --json"))).array().size(), 0);
}

void TestCliPop::removingAGoalWithEvidenceNeedsConfirm()
{
    QCOMPARE(pop(QStringLiteral("goal add --db DB --title Doel --values vertrouwen")).code, 0);
    QCOMPARE(pop(QStringLiteral("evidence link --db DB --goal 1 --reflection 1")).code, 0);
    const CliRun refused = pop(QStringLiteral("goal remove --db DB --id 1"));
    QVERIFY_ONE_LINE_REASON(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("1 linked reflection")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("--confirm")));
    QCOMPARE(json(pop(QStringLiteral("goal list --db DB --json"))).array().size(), 1);

    QCOMPARE(pop(QStringLiteral("goal remove --db DB --id 1 --confirm")).code, 0);
    QCOMPARE(json(pop(QStringLiteral("goal list --db DB --json"))).array().size(), 0);
    QVERIFY(m_journal->open().ok());
    QCOMPARE(m_journal->store().get(1)->text, QStringLiteral("Leerlingen kozen zelf"));
}

void TestCliPop::hoursAndSettingsGiveTheBalance()
{
    QCOMPARE(
        pop(QStringLiteral("settings --db DB --fte 0,8 --from-year 2025 --birth-year 1969")).code,
        0);
    const QJsonObject settings = json(pop(QStringLiteral("settings --db DB --json"))).object();
    QCOMPARE(settings[QStringLiteral("birthYear")].toInt(), 1969);
    QCOMPARE(
        settings[QStringLiteral("fte")].toArray()[0].toObject()[QStringLiteral("fte")].toDouble(),
        0.8);

    QCOMPARE(pop(QStringLiteral("hours add --db DB --date 2025-10-01 --kind training "
                                "--description Cursus --planned 10 --spent 10"))
                 .code,
        0);
    const CliRun added = pop(QStringLiteral(
        "hours add --db DB --kind intervisie --description Intervisie_bovenbouw --planned 6 "
        "--spent 1.5 --json"));
    QCOMPARE(added.code, 0);
    QCOMPARE(json(added).object()[QStringLiteral("date")].toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(json(added).object()[QStringLiteral("spent")].toDouble(), 1.5);
    QCOMPARE(json(pop(QStringLiteral("hours list --db DB --json"))).array().size(), 1);
    QCOMPARE(json(pop(QStringLiteral("hours list --db DB --year 2025 --json"))).array().size(), 1);

    // Demo profile: 40 h at 1.0 FTE, +10 h from age 57, saving 3 years. Born 1969, 0.8 FTE:
    // 2025 (age 56): 32 h, 10 spent -> 22 saved; 2026 (age 57): (40+10) × 0.8 = 40 h.
    const QJsonObject balance = json(pop(QStringLiteral("hours balance --db DB --json"))).object();
    QCOMPARE(balance[QStringLiteral("schoolYear")].toInt(), 2026);
    QCOMPARE(balance[QStringLiteral("budget")].toDouble(), 40.0);
    QCOMPARE(balance[QStringLiteral("carriedIn")].toDouble(), 22.0);
    QCOMPARE(balance[QStringLiteral("planned")].toDouble(), 6.0);
    QCOMPARE(balance[QStringLiteral("balance")].toDouble(), 60.5);
    const QJsonArray left = balance[QStringLiteral("left")].toArray();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[0].toObject()[QStringLiteral("hours")].toDouble(), 20.5);
    QCOMPARE(
        left[0].toObject()[QStringLiteral("expires")].toString(), QStringLiteral("2029-07-31"));
    const CliRun text = pop(QStringLiteral("hours balance --db DB --year 2026-2027"));
    QVERIFY2(text.out.contains(QStringLiteral("balance 60.5 h")), qPrintable(text.out));
}

QTEST_GUILESS_MAIN(TestCliPop)
#include "tst_cli_pop.moc"
