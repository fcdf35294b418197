// The school side through kernwijzer-cli, as a custodian and HR would use it: a simulated
// school's inbox imported again, `release --preview` and `--out`, and `import --hr-db` of the
// result, with the refusals each must give.

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

class TestCliSchool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePreviewShowsCountsAndReasonsNeverValues();
    void aReleaseWithNothingNewIsRefusedAndWritesNothing();
    void aFreshCustodianReleasesAndHrImportsIt();
    void theWrongKeysAreRefused();

private:
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }
    test::CliRun cli(const QStringList& args) const { return test::runCliInProcess(args); }

    QTemporaryDir m_dir;
    QString m_school;
    QString m_period;
};

void TestCliSchool::initTestCase()
{
    m_school = path(QStringLiteral("school"));
    const test::CliRun run = cli({ QStringLiteral("demo"), QStringLiteral("--school"),
        QStringLiteral("--out"), m_school, QStringLiteral("--teachers"), QStringLiteral("40"),
        QStringLiteral("--periods"), QStringLiteral("2"), QStringLiteral("--json") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    m_period = summary.value(QStringLiteral("periods")).toArray().first().toString();
    QVERIFY(!m_period.isEmpty());
}

void TestCliSchool::thePreviewShowsCountsAndReasonsNeverValues()
{
    // A new custodian database, the inbox imported, then the preview of the first release.
    const QString db = path(QStringLiteral("preview.sqlite"));
    const test::CliRun imported = cli(
        { QStringLiteral("import"), QStringLiteral("--custodian-db"), db, QStringLiteral("--key"),
            m_school + QStringLiteral("/keys/custodian.kwsleutel"), QStringLiteral("--profile"),
            m_school + QStringLiteral("/school.kwprofiel"), m_school + QStringLiteral("/inbox") });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const test::CliRun preview = cli(
        { QStringLiteral("release"), QStringLiteral("--custodian-db"), db, QStringLiteral("--key"),
            m_school + QStringLiteral("/keys/custodian.kwsleutel"), QStringLiteral("--period"),
            m_period, QStringLiteral("--preview"), QStringLiteral("--json") });
    QVERIFY2(preview.code == 0, qPrintable(preview.err));
    const QJsonObject json = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("releaseNumber")).toInt(), 1);
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    QVERIFY(cells.size() > 4);
    int withheld = 0;
    for (const QJsonValue& cell : cells) {
        for (const QJsonValue& metric : cell[QStringLiteral("metrics")].toArray()) {
            const QJsonObject m = metric.toObject();
            QVERIFY(!m.contains(QStringLiteral("value")) && !m.contains(QStringLiteral("sum")));
            if (!m.value(QStringLiteral("released")).toBool()) {
                ++withheld;
                QVERIFY(!m.value(QStringLiteral("reason")).toString().isEmpty());
            }
        }
    }
    QVERIFY(withheld > 0); // the small team stays hidden
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("preview.kwvrijgave"))));
}

void TestCliSchool::aReleaseWithNothingNewIsRefusedAndWritesNothing()
{
    // The simulation released every period already: nothing new has come in since.
    const QString out = path(QStringLiteral("again.kwvrijgave"));
    const test::CliRun again = cli({ QStringLiteral("release"), QStringLiteral("--custodian-db"),
        m_school + QStringLiteral("/custodian.sqlite"), QStringLiteral("--key"),
        m_school + QStringLiteral("/keys/custodian.kwsleutel"), QStringLiteral("--period"),
        m_period, QStringLiteral("--out"), out });
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("nothing to release"))
            || again.err.contains(QStringLiteral("too few")),
        qPrintable(again.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliSchool::aFreshCustodianReleasesAndHrImportsIt()
{
    const QString db = path(QStringLiteral("fresh.sqlite"));
    const QString key = m_school + QStringLiteral("/keys/custodian.kwsleutel");
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--custodian-db"), db,
                     QStringLiteral("--key"), key, QStringLiteral("--profile"),
                     m_school + QStringLiteral("/school.kwprofiel"),
                     m_school + QStringLiteral("/inbox") })
                 .code,
        0);
    const QString out = path(QStringLiteral("fresh.kwvrijgave"));
    const QStringList release { QStringLiteral("release"), QStringLiteral("--custodian-db"), db,
        QStringLiteral("--key"), key, QStringLiteral("--period"), m_period };
    // Not before HR has checked the parts: refused, nothing written.
    const test::CliRun early = cli(release + QStringList { QStringLiteral("--out"), out });
    QCOMPARE(early.code, 1);
    QVERIFY2(early.err.contains(QStringLiteral("has not checked")), qPrintable(early.err));
    QVERIFY(!QFileInfo::exists(out));
    // The check: the custodian's request, HR's answer, recorded with the release.
    const QString request = path(QStringLiteral("fresh.kwcontrole"));
    const test::CliRun asked
        = cli(release + QStringList { QStringLiteral("--check-out"), request });
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    const QString answer = path(QStringLiteral("fresh.kwuitslag"));
    const test::CliRun validated = cli({ QStringLiteral("validate"), QStringLiteral("--hr-db"),
        path(QStringLiteral("hr-check.sqlite")), QStringLiteral("--key"),
        m_school + QStringLiteral("/keys/hr.kwsleutel"), QStringLiteral("--profile"),
        m_school + QStringLiteral("/school.kwprofiel"), QStringLiteral("--out"), answer, request,
        QStringLiteral("--json") });
    QVERIFY2(validated.code == 0, qPrintable(validated.err));
    const QJsonObject verdicts = QJsonDocument::fromJson(validated.out.toUtf8()).object();
    QVERIFY(verdicts[QStringLiteral("parts")].toInt() > 0);
    QCOMPARE(verdicts[QStringLiteral("valid")].toInt(), verdicts[QStringLiteral("parts")].toInt());
    const test::CliRun made = cli(release
        + QStringList { QStringLiteral("--checked"), answer, QStringLiteral("--out"), out });
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY(QFileInfo::exists(out));
    // The same release asked for again: refused at once, the file left as it was.
    const QByteArray before = [&] {
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QCOMPARE(cli({ QStringLiteral("release"), QStringLiteral("--custodian-db"), db,
                     QStringLiteral("--key"), key, QStringLiteral("--period"), m_period,
                     QStringLiteral("--out"), out })
                 .code,
        1);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);

    // HR: a database of its own, the release imported and checked, then reported.
    const QString hr = path(QStringLiteral("hr.sqlite"));
    const QStringList hrImport { QStringLiteral("import"), QStringLiteral("--hr-db"), hr,
        QStringLiteral("--key"), m_school + QStringLiteral("/keys/hr.kwsleutel"),
        QStringLiteral("--profile"), m_school + QStringLiteral("/school.kwprofiel"), out,
        QStringLiteral("--json") };
    const test::CliRun stored = cli(hrImport);
    QVERIFY2(stored.code == 0, qPrintable(stored.err + stored.out));
    const QJsonObject json = QJsonDocument::fromJson(stored.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("counts")][QStringLiteral("stored")].toInt(), 1);
    const test::CliRun twice = cli(hrImport);
    QCOMPARE(twice.code, 0);
    QCOMPARE(QJsonDocument::fromJson(twice.out.toUtf8())
                 .object()[QStringLiteral("counts")][QStringLiteral("alreadyThere")]
                 .toInt(),
        1);
    const test::CliRun report = cli({ QStringLiteral("report"), QStringLiteral("--hr-db"), hr,
        QStringLiteral("--metric"), QStringLiteral("score.who5") });
    QVERIFY2(report.code == 0, qPrintable(report.err));
    QVERIFY(report.out.contains(m_period));
}

void TestCliSchool::theWrongKeysAreRefused()
{
    // HR's key cannot make a release; the custodian's key cannot import one as HR.
    const test::CliRun asHr = cli({ QStringLiteral("release"), QStringLiteral("--custodian-db"),
        m_school + QStringLiteral("/custodian.sqlite"), QStringLiteral("--key"),
        m_school + QStringLiteral("/keys/hr.kwsleutel"), QStringLiteral("--period"), m_period,
        QStringLiteral("--preview") });
    QCOMPARE(asHr.code, 1);
    const QString release = QDir(m_school + QStringLiteral("/releases"))
                                .entryInfoList({ QStringLiteral("*.kwvrijgave") })
                                .first()
                                .filePath();
    const test::CliRun asCustodian = cli({ QStringLiteral("import"), QStringLiteral("--hr-db"),
        path(QStringLiteral("wrong.sqlite")), QStringLiteral("--key"),
        m_school + QStringLiteral("/keys/custodian.kwsleutel"), release });
    QCOMPARE(asCustodian.code, 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("wrong.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliSchool)
#include "tst_cli_school.moc"
