// kernwijzer-cli import --custodian-db, run in-process as the custodian would: the first import
// with the co-signed profile, a folder of teachers' files, the text and --json output, and the
// one-line refusals when the database, the key or the profile will not do.
// Command lines read best as plain string literals here.
#undef QT_NO_CAST_FROM_ASCII
#include "cli_in_process.h"
#include "custodian_fixtures.h"
#include "exchange/key_file.h"
#include "exchange_fixtures.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using kw::test::CliRun;

namespace {

CliRun runCli(const QStringList& args)
{
    return test::runCliInProcess(args);
}

} // namespace

class TestCliCustodian : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theFirstImportNeedsTheProfile();
    void textListsWhatNeedsAttentionThenTheSummary();
    void jsonListsEveryFileAndTheCounts();
    void anUnusableKeyOrProfileIsOneLine();

private:
    QString path(const char* name) const { return m_c->path(QString::fromLatin1(name)); }
    /** Writes a folder "in" with three teachers' files, one re-export and one stray file. */
    void writeInbox();

    std::unique_ptr<test::TempCustodian> m_c;
    QString m_db;
};

void TestCliCustodian::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    m_db = path("mr.sqlite");
    m_c->writeBytes("mr.kwsleutel", exchange::writeSecretKeyFile(m_c->keys()));
    m_c->writeBytes("hr.kwsleutel", exchange::writeSecretKeyFile(m_c->hrKeys()));
    m_c->writeBytes("school.kwprofiel", m_c->profileFile(m_c->profile()));
}

void TestCliCustodian::writeInbox()
{
    m_c->contribution("in/juf-anna.kwbijdrage", 1);
    m_c->contribution("in/meester-bas.kwbijdrage", 2, 1);
    m_c->contribution("in/vervolg/meester-bas-2.kwbijdrage", 2, 2);
    m_c->contribution("in/vervolg/meester-bas-oud.kwbijdrage", 2, 1);
    m_c->writeBytes("in/vervolg/handtekening.png", QByteArray("\x89PNG\r\n\x1a\n", 8));
}

void TestCliCustodian::theFirstImportNeedsTheProfile()
{
    writeInbox();
    const CliRun without
        = runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"), path("in") });
    QVERIFY_ONE_LINE_REASON(without, 1);
    QVERIFY(without.err.contains("--profile"));
    QVERIFY(!QFile::exists(m_db));

    const CliRun first = runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"),
        "--profile", path("school.kwprofiel"), path("in") });
    QVERIFY_OK(first);
    QVERIFY(first.out.startsWith("Profile of Kindcentrum De Linde version 3 added.\n"));
    // The profile is kept: the next import does without it.
    QVERIFY_OK(
        runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"), path("in") }));
    // And --profile alone adds a profile without importing anything.
    const CliRun again = runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"),
        "--profile", path("school.kwprofiel"), "--json" });
    QVERIFY_OK(again);
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                 .object()
                 .value("profile")
                 .toObject()
                 .value("result")
                 .toString(),
        QString("alreadyThere"));
}

void TestCliCustodian::textListsWhatNeedsAttentionThenTheSummary()
{
    writeInbox();
    const CliRun run = runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"),
        "--profile", path("school.kwprofiel"), path("in") });
    QVERIFY_OK(run);
    QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.takeFirst(), QString("Profile of Kindcentrum De Linde version 3 added."));
    // Added files get no line of their own; the rest do, in the order read.
    QVERIFY2(lines[0].startsWith(path("in/vervolg/handtekening.png") + ": damaged: "),
        qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(path("in/vervolg/meester-bas-2.kwbijdrage") + ": replaced: "),
        qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(path("in/vervolg/meester-bas-oud.kwbijdrage") + ": outdated: "),
        qPrintable(lines[2]));
    QCOMPARE(lines[3], QString("5 file(s): 2 added, 1 replaced, 1 outdated, 1 damaged; 3 kept."));

    const CliRun twice
        = runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"), path("in") });
    QVERIFY_OK(twice);
    QVERIFY2(twice.out.endsWith("5 file(s): 2 already there, 2 outdated, 1 damaged; 0 kept.\n"),
        qPrintable(twice.out));
}

void TestCliCustodian::jsonListsEveryFileAndTheCounts()
{
    writeInbox();
    const CliRun run = runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel"),
        "--profile", path("school.kwprofiel"), path("in"), "--json" });
    QVERIFY_OK(run);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    const QJsonArray files = o.value("files").toArray();
    QCOMPARE(files.size(), 5);
    const QJsonObject first = files.first().toObject();
    QCOMPARE(first.value("path").toString(), path("in/juf-anna.kwbijdrage"));
    QCOMPARE(first.value("outcome").toString(), QString("added"));
    QVERIFY(!first.value("reason").toString().isEmpty());
    const QJsonObject counts = o.value("counts").toObject();
    QCOMPARE(counts.value("added").toInt(), 2);
    QCOMPARE(counts.value("replaced").toInt(), 1);
    QCOMPARE(counts.value("outdated").toInt(), 1);
    QCOMPARE(counts.value("damaged").toInt(), 1);
    QCOMPARE(counts.value("conflict").toInt(), 0);
    QCOMPARE(counts.value("tooLate").toInt(), 0);
    QCOMPARE(counts.size(), 10);
    QCOMPARE(o.value("accepted").toInt(), 3);
    QCOMPARE(o.value("profile").toObject().value("version").toInt(), 3);
}

void TestCliCustodian::anUnusableKeyOrProfileIsOneLine()
{
    writeInbox();
    // HR's key, or a custodian key the profile does not name: refused before a file is made.
    const exchange::KeySet stranger = test::custodianKeys("someone else");
    m_c->writeBytes("stranger.kwsleutel", exchange::writeSecretKeyFile(stranger));
    m_c->writeBytes("stranger.kwsleutel.pub", exchange::writePublicKeyFile(stranger));
    for (const char* key : { "hr.kwsleutel", "stranger.kwsleutel", "stranger.kwsleutel.pub" }) {
        const CliRun run = runCli({ "import", "--custodian-db", m_db, "--key", path(key),
            "--profile", path("school.kwprofiel"), path("in") });
        QVERIFY_ONE_LINE_REASON(run, 1);
        QVERIFY(!QFile::exists(m_db));
    }
    // A profile HR alone signed.
    m_c->writeBytes(
        "hr-only.kwprofiel", *exchange::createProfileFile(m_c->profile(), m_c->hrKeys()));
    QVERIFY_ONE_LINE_REASON(runCli({ "import", "--custodian-db", m_db, "--key",
                                path("mr.kwsleutel"), "--profile", path("hr-only.kwprofiel") }),
        1);
    QVERIFY(!QFile::exists(m_db));

    // A database of another kind (a teacher's journal) is left as it was.
    const QString journal = path("journal.sqlite");
    QVERIFY_OK(runCli({ "journal", "add", "--db", journal, "--text", "Gesprek met ouders",
        "--values", "Vertrouwen", "--outcome", "4" }));
    const QByteArray before = test::fileSha256(journal);
    QVERIFY_ONE_LINE_REASON(
        runCli({ "import", "--custodian-db", journal, "--key", path("mr.kwsleutel"), "--profile",
            path("school.kwprofiel"), path("in") }),
        1);
    QCOMPARE(test::fileSha256(journal), before);

    // Usage mistakes exit 2.
    QVERIFY_ONE_LINE_REASON(
        runCli({ "import", "--custodian-db", m_db, "--key", path("mr.kwsleutel") }), 2);
    QVERIFY_ONE_LINE_REASON(runCli({ "import", "--key", path("mr.kwsleutel"), path("in") }), 2);
}

QTEST_GUILESS_MAIN(TestCliCustodian)
#include "tst_cli_custodian.moc"
