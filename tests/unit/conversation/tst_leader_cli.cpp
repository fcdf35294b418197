// `kernwijzer-cli gesprek ... --leader-db`: the leader's whole side of a conversation through
// the CLI, with --json, and refusals that change nothing.
// Command lines read best as plain string literals here.
#undef QT_NO_CAST_FROM_ASCII
#include "cli_in_process.h"
#include "conversation_fixture.h"
#include "exchange/key_file.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using namespace kw::test;

class TestLeaderCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWholeConversationThroughTheCli();
    void aChangedKeyIsRefusedUntilAccepted();
    void aKeyTheProfileDoesNotListMakesNoDatabase();
    void teachersLeaveAndAreDeletedLater();

private:
    CliRun leader(QStringList args) const
    {
        args.insert(1, QStringLiteral("--leader-db"));
        args.insert(2, m_db);
        return runCliInProcess(QStringList { QStringLiteral("gesprek") } + args);
    }
    static QJsonObject json(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    std::unique_ptr<TempLeader> m_l;
    QString m_db;
    QString m_key;
    cv::OwnKeys m_teacher = teacherKeys();
};

void TestLeaderCli::init()
{
    m_l = std::make_unique<TempLeader>();
    m_db = m_l->dbPath();
    m_key = m_l->writeBytes(
        QStringLiteral("leider.kwsleutel"), exchange::writeSecretKeyFile(m_l->leader()));
    const QString profile
        = m_l->writeBytes(QStringLiteral("school.kwprofiel"), m_l->profileFile(m_l->profile()));
    const CliRun run = leader({ "profile", "--key", m_key, profile, "--json" });
    QCOMPARE(run.code, 0);
    QCOMPARE(json(run).value("leader").toString(), QStringLiteral("jeroen"));
}

void TestLeaderCli::aWholeConversationThroughTheCli()
{
    const QString prep = m_l->writeBytes(QStringLiteral("a.kwgesprek"),
        preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1)), m_teacher));
    CliRun run = leader({ "import", "--key", m_key, prep, "--json" });
    QCOMPARE(run.code, 0);
    const QString id
        = json(run).value("files").toArray().first().toObject().value("conversation").toString();
    QCOMPARE(id, cv::conversationIdText(conversationId(1)));
    // Again: refused, one line, nothing printed.
    run = leader({ "import", "--key", m_key, prep });
    QCOMPARE(oneLineFailureProblem(run), QString());
    QVERIFY(run.err.contains(QStringLiteral("imported already")));

    run = leader({ "teachers", "--json" });
    QCOMPARE(run.code, 0);
    QCOMPARE(json(run).value("teachers").toArray().first().toObject().value("name").toString(),
        kTeacherName);

    const QString out = m_l->path(QStringLiteral("a.kwverslag"));
    run = leader(
        { "verslag", "--key", m_key, "--conversation", id.left(6), "--held-on", "2026-11-20",
            "--own", "terugblik=Mooie kijkmiddag", "--notes", "talent=Rekenen met blokjes",
            "--agreement", "Collega's meenemen in de blokjes-aanpak|teacher|2027-02-01|vertrouwen",
            "--agreement", "Cursus rekendidactiek|leader", "--out", out, "--json" });
    QCOMPARE(run.code, 0);
    QCOMPARE(json(run).value("agreements").toInt(), 2);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray verslagFile = written.readAll();
    auto opened = cv::openVerslag(verslagFile, m_teacher);
    QVERIFY_RESULT(opened);
    QCOMPARE(opened->body.agreements(0).kernwaarde_id(), std::string("vertrouwen"));
    QCOMPARE(opened->body.notes_size(), 2);

    // Bad input changes nothing: an unknown part, an unknown kernwaarde.
    run = leader({ "verslag", "--key", m_key, "--conversation", id, "--held-on", "2026-11-20",
        "--own", "pauze=x", "--out", out });
    QCOMPARE(run.code, 2);
    run = leader({ "verslag", "--key", m_key, "--conversation", id, "--held-on", "2026-11-20",
        "--agreement", "x|teacher||nope", "--out", out });
    QCOMPARE(oneLineFailureProblem(run, 1), QString());
    // --out names a file that is there: refused before a new revision is made (the response
    // below still answers revision 1), the file left as it was.
    run = leader({ "verslag", "--key", m_key, "--conversation", id, "--held-on", "2026-11-20",
        "--own", "terugblik=Nog een punt", "--out", out });
    QCOMPARE(oneLineFailureProblem(run, 1), QString());
    QVERIFY2(run.err.contains(QStringLiteral("exists already")), qPrintable(run.err));
    QFile again(out);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), verslagFile);

    const QString response
        = m_l->writeBytes(QStringLiteral("a.kwreactie"), responseFile(verslagFile, m_teacher));
    run = leader({ "import", "--key", m_key, response, "--json" });
    QCOMPARE(run.code, 0);
    QCOMPARE(json(run).value("files").toArray().first().toObject().value("kind").toString(),
        QStringLiteral("response"));

    run = leader({ "show", "--conversation", id, "--json" });
    QCOMPARE(run.code, 0);
    const QJsonObject shown = json(run);
    QCOMPARE(shown.value("state").toString(), QStringLiteral("closed"));
    QCOMPARE(shown.value("response").toObject().value("answers").toArray().size(), 2);
    QCOMPARE(shown.value("verslag")
                 .toObject()
                 .value("notes")
                 .toArray()
                 .first()
                 .toObject()
                 .value("ownPoints")
                 .toString(),
        QStringLiteral("Mooie kijkmiddag"));
    run = leader({ "show" });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(kTeacherName));

    // Closed: another verslag is refused.
    run = leader({ "verslag", "--key", m_key, "--conversation", id, "--held-on", "2026-11-20",
        "--out", m_l->path(QStringLiteral("again.kwverslag")) });
    QCOMPARE(oneLineFailureProblem(run, 1), QString());
    QVERIFY(run.err.contains(QStringLiteral("closed")));
}

void TestLeaderCli::aChangedKeyIsRefusedUntilAccepted()
{
    const QString first = m_l->writeBytes(QStringLiteral("a.kwgesprek"),
        preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1)), m_teacher));
    QCOMPARE(leader({ "import", "--key", m_key, first }).code, 0);
    const cv::OwnKeys newPhone = teacherKeys("new phone");
    const QString second = m_l->writeBytes(QStringLiteral("b.kwgesprek"),
        preparationFile(preparation(newPhone, m_l->leader(), conversationId(2)), newPhone));
    CliRun run = leader({ "import", "--key", m_key, second });
    QCOMPARE(oneLineFailureProblem(run, 1), QString());
    QVERIFY(run.err.contains(QStringLiteral("changed")));
    QCOMPARE(json(leader({ "show", "--json" })).value("conversations").toArray().size(), 1);
    run = leader({ "import", "--key", m_key, "--accept-new-key", second, "--json" });
    QCOMPARE(run.code, 0);
    QVERIFY(json(run).value("files").toArray().first().toObject().value("keyChanged").toBool());
}

void TestLeaderCli::aKeyTheProfileDoesNotListMakesNoDatabase()
{
    const QString db = m_l->path(QStringLiteral("other.sqlite"));
    const QString key = m_l->writeBytes(
        QStringLiteral("stranger.kwsleutel"), exchange::writeSecretKeyFile(leaderKeys("stranger")));
    const QString profile = m_l->path(QStringLiteral("school.kwprofiel"));
    const CliRun run
        = runCliInProcess({ "gesprek", "profile", "--leader-db", db, "--key", key, profile });
    QCOMPARE(oneLineFailureProblem(run, 1), QString());
    QVERIFY(run.err.contains(QStringLiteral("does not list this key")));
    QVERIFY(!QFileInfo::exists(db));
    // Without --leader-db, the leader's subcommands say what they need.
    QCOMPARE(runCliInProcess({ "gesprek", "teachers" }).code, 2);
}

void TestLeaderCli::teachersLeaveAndAreDeletedLater()
{
    const QString prep = m_l->writeBytes(QStringLiteral("a.kwgesprek"),
        preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1)), m_teacher));
    QCOMPARE(leader({ "import", "--key", m_key, prep }).code, 0);
    CliRun run = leader({ "left", "--teacher", kTeacherName, "--on", "2024-11-20", "--json" });
    QCOMPARE(run.code, 0);
    QCOMPARE(json(run).value("deleteOn").toString(), QStringLiteral("2026-11-20"));
    // The next command opens the database and deletes what is past its retention.
    run = leader({ "teachers", "--json" });
    QCOMPARE(run.code, 0);
    QCOMPARE(json(run).value("teachers").toArray().size(), 0);
    QCOMPARE(
        oneLineFailureProblem(leader({ "left", "--teacher", "Niemand", "--on", "2026-01-01" }), 1),
        QString());
}

QTEST_GUILESS_MAIN(TestLeaderCli)
#include "tst_leader_cli.moc"
