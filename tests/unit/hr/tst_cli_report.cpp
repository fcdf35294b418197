// kernwijzer-cli report, run in-process over an HR database made with HrStore: the text table,
// --json and --csv, the filters, and one-line refusals that create and change nothing.
// Command lines read best as plain string literals here.
#undef QT_NO_CAST_FROM_ASCII
#include "cli_in_process.h"
#include "hr/hr_store.h"
#include "hr_fixtures.h"
#include "privacy/withheld_reason.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using hr::Dimension;
using privacy::Reason;
using test::CliRun;

namespace {

const QString kFirst = "2026-2027/1of6";
const QString kSecond = "2026-2027/2of6";

CliRun runCli(const QStringList& args)
{
    return test::runCliInProcess(args);
}

QJsonArray figuresOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value("figures").toArray();
}

QJsonObject figureOf(const QJsonArray& figures, const QString& period, const QString& dimension,
    const QString& cell, const QString& metric)
{
    for (const QJsonValue& value : figures) {
        const QJsonObject f = value.toObject();
        if (f["period"] == period && f["dimension"] == dimension && f["cell"] == cell
            && f["metric"] == metric)
            return f;
    }
    return {};
}

QString lineWith(const QString& text, const QStringList& parts)
{
    for (const QString& line : text.split('\n')) {
        if (std::all_of(parts.begin(), parts.end(),
                [&](const QString& part) { return line.contains(part); }))
            return line;
    }
    return {};
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textTableShowsFiguresAndReasons();
    void jsonIsAStableDocument();
    void csvHasAHeaderAndOneRowPerFigure();
    void filtersByPeriodBreakdownAndMetric();
    void refusesWhatIsNotAnHrDatabaseAndCreatesNothing();
    void usageMistakes();

private:
    test::TempHr m_hr;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_hr.open().ok());
    hr::HrStore& store = m_hr.store();
    // Period 1: WHO-5 of 40, 52, 64, 68, 76 (mean 60, s 14.14); 3 of 12 at or below 50;
    // middenbouw too small, those without a team too close to another group; 12 of 48 check-ins
    // named e-mail.
    const QList<hr::Figure> first {
        test::schoolFigureOf("score.who5", { 40, 52, 64, 68, 76 }, 100),
        test::releasedFigure(Dimension::School, {}, "cutoff.who5.50", 12, 3, 3),
        test::releasedFigure(Dimension::Team, "onderbouw", "score.who5", 5, 30000, 188000000),
        test::withheldFigure(Dimension::Team, "middenbouw", "score.who5", Reason::FewerThanK),
        test::withheldFigure(Dimension::Team, {}, "score.who5", Reason::TooCloseToAnotherGroup),
        test::releasedFigure(Dimension::School, {}, "choice.werkdruk.e-mail", 10, 12, 30),
        test::releasedFigure(Dimension::School, {}, "asked.werkdruk", 10, 48, 240),
        test::releasedFigure(Dimension::Role, "leraar", "value.vertrouwen", 6, 15, 55),
    };
    QVERIFY(store.storeRelease(test::releaseRecord(kFirst, 1, first)).ok());
    // Period 2, released twice: the re-release's school figure counts.
    QVERIFY(
        store
            .storeRelease(test::releaseRecord(kSecond, 1,
                { test::releasedFigure(Dimension::School, {}, "score.who5", 5, 25000, 125000000) }))
            .ok());
    QVERIFY(store
                .storeRelease(test::releaseRecord(kSecond, 2,
                    { test::releasedFigure(
                        Dimension::School, {}, "score.who5", 10, 60000, 360000000) }))
                .ok());
    m_hr.close();
}

void TestCliReport::textTableShowsFiguresAndReasons()
{
    const CliRun run = runCli({ "report", "--hr-db", m_hr.path() });
    QVERIFY_OK(run);
    QVERIFY(run.out.startsWith("period"));
    const QString who5 = lineWith(run.out, { kFirst, "School: Kindcentrum De Linde", "WHO-5" });
    QVERIFY2(!who5.isEmpty(), qPrintable(run.out));
    for (const char* shown : { " 5 ", "60.0", "14.1", "42.4 – 77.6" })
        QVERIFY2(who5.contains(shown), qPrintable(who5));
    const QString cutOff = lineWith(run.out, { kFirst, "at or below 50" });
    QVERIFY2(cutOff.contains("25.0%") && cutOff.contains("8.9% – 53.2%"), qPrintable(cutOff));
    const QString choice = lineWith(run.out, { "choice.werkdruk.e-mail" }).isEmpty()
        ? lineWith(run.out, { kFirst, "E-mail" })
        : lineWith(run.out, { "choice.werkdruk.e-mail" });
    QVERIFY2(choice.contains("25.0%"), qPrintable(run.out));
    const QString withheld = lineWith(run.out, { "Team: Middenbouw" });
    QVERIFY2(withheld.endsWith(privacy::reasonText(Reason::FewerThanK)), qPrintable(withheld));
    const QString notGiven = lineWith(run.out, { "Team: (not given)" });
    QVERIFY2(notGiven.endsWith(privacy::reasonText(Reason::TooCloseToAnotherGroup)),
        qPrintable(notGiven));
    // Oldest period first; the re-release of period 2 counts (10 contributors, mean 60).
    QVERIFY(run.out.indexOf(kFirst) < run.out.indexOf(kSecond));
    const QString second = lineWith(run.out, { kSecond, "WHO-5" });
    QVERIFY2(second.contains(" 10 ") && second.contains("60.0"), qPrintable(second));
}

void TestCliReport::jsonIsAStableDocument()
{
    const CliRun run = runCli({ "report", "--hr-db", m_hr.path(), "--json" });
    QVERIFY_OK(run);
    const QJsonArray figures = figuresOf(run);
    QCOMPARE(figures.size(), 9);
    const QStringList keys { "period", "release_number", "dimension", "cell", "cell_name", "metric",
        "label", "kind", "n", "mean", "sd", "ci_low", "ci_high", "share", "total", "withheld",
        "reason", "reason_id" };
    for (const QJsonValue& value : figures) {
        QStringList present = value.toObject().keys();
        present.sort();
        QStringList expected = keys;
        expected.sort();
        QCOMPARE(present, expected);
    }
    const QJsonObject who5 = figureOf(figures, kFirst, "school", "", "score.who5");
    QCOMPARE(who5["release_number"].toInt(), 1);
    QCOMPARE(who5["cell_name"].toString(), QString("Kindcentrum De Linde"));
    QCOMPARE(who5["kind"].toString(), QString("score"));
    QCOMPARE(who5["n"].toInt(), 5);
    QCOMPARE(who5["mean"].toDouble(), 60.0);
    QCOMPARE(who5["sd"].toDouble(), 14.1421);
    QCOMPARE(who5["ci_low"].toDouble(), 42.4405);
    QCOMPARE(who5["ci_high"].toDouble(), 77.5595);
    QVERIFY(who5["share"].isNull() && who5["reason"].isNull());
    QCOMPARE(who5["withheld"].toBool(), false);

    const QJsonObject cutOff = figureOf(figures, kFirst, "school", "", "cutoff.who5.50");
    QCOMPARE(cutOff["kind"].toString(), QString("indicator"));
    QCOMPARE(cutOff["share"].toDouble(), 0.25);
    QCOMPARE(cutOff["ci_low"].toDouble(), 0.0889);
    QVERIFY(cutOff["mean"].isNull());

    const QJsonObject hidden = figureOf(figures, kFirst, "team", "middenbouw", "score.who5");
    QCOMPARE(hidden["withheld"].toBool(), true);
    QCOMPARE(hidden["reason"].toString(), privacy::reasonText(Reason::FewerThanK));
    QCOMPARE(hidden["reason_id"].toString(), QString("fewer_than_k"));
    for (const char* number : { "n", "mean", "sd", "ci_low", "ci_high", "share", "total" })
        QVERIFY2(hidden[number].isNull(), number);
    const QJsonObject notGiven = figureOf(figures, kFirst, "team", "", "score.who5");
    QCOMPARE(notGiven["cell_name"].toString(), QString("(not given)"));

    const QJsonObject choice = figureOf(figures, kFirst, "school", "", "choice.werkdruk.e-mail");
    QCOMPARE(choice["share"].toDouble(), 0.25);
    QCOMPARE(choice["total"].toInt(), 12);
    const QJsonObject reflections = figureOf(figures, kFirst, "role", "leraar", "value.vertrouwen");
    QCOMPARE(reflections["mean"].toDouble(), 2.5);
    QCOMPARE(reflections["total"].toInt(), 15);

    const QJsonObject second = figureOf(figures, kSecond, "school", "", "score.who5");
    QCOMPARE(second["release_number"].toInt(), 2);
    QCOMPARE(second["n"].toInt(), 10);
    QCOMPARE(figures.first().toObject()["period"].toString(), kFirst);
    QCOMPARE(figures.last().toObject()["period"].toString(), kSecond);
}

void TestCliReport::csvHasAHeaderAndOneRowPerFigure()
{
    const CliRun run = runCli({ "report", "--hr-db", m_hr.path(), "--csv" });
    QVERIFY_OK(run);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 9);
    QCOMPARE(lines.first(),
        QString("period,release_number,dimension,cell,cell_name,metric,label,kind,n,mean,sd,"
                "ci_low,ci_high,share,total,withheld,reason,reason_id"));
    const QString who5 = lineWith(run.out, { kFirst + ",1,school,,", ",score.who5," });
    QVERIFY2(who5.endsWith(",score,5,60,14.1421,42.4405,77.5595,,,false,,"), qPrintable(who5));
    const QString hidden = lineWith(run.out, { ",middenbouw," });
    // A reason with a comma or a quote is quoted; a withheld row has no number.
    QVERIFY2(hidden.contains(",score,,,,,,,,true,") && hidden.endsWith(",fewer_than_k"),
        qPrintable(hidden));
    const QString tooClose = lineWith(run.out, { "too_close_to_another_group" });
    QVERIFY(privacy::reasonText(Reason::TooCloseToAnotherGroup).contains(','));
    QVERIFY2(tooClose.contains(",\"" + privacy::reasonText(Reason::TooCloseToAnotherGroup) + "\","),
        qPrintable(tooClose));
}

void TestCliReport::filtersByPeriodBreakdownAndMetric()
{
    const CliRun period
        = runCli({ "report", "--hr-db", m_hr.path(), "--period", kSecond, "--json" });
    QVERIFY_OK(period);
    QCOMPARE(figuresOf(period).size(), 1);

    const CliRun teams = runCli({ "report", "--hr-db", m_hr.path(), "--by", "team", "--json" });
    QVERIFY_OK(teams);
    QCOMPARE(figuresOf(teams).size(), 3);
    for (const QJsonValue& f : figuresOf(teams))
        QCOMPARE(f.toObject()["dimension"].toString(), QString("team"));

    const CliRun roles = runCli({ "report", "--hr-db", m_hr.path(), "--by", "role", "--json" });
    QCOMPARE(figuresOf(roles).size(), 1);
    const CliRun bands = runCli({ "report", "--hr-db", m_hr.path(), "--by", "age-band" });
    QVERIFY_OK(bands);
    QCOMPARE(bands.out.trimmed(), QString("No figures of this breakdown in this HR database."));

    // A choice alone still gets its share: the check-ins that asked are read with it.
    const CliRun choice = runCli(
        { "report", "--hr-db", m_hr.path(), "--metric", "choice.werkdruk.e-mail", "--json" });
    QVERIFY_OK(choice);
    const QJsonArray only = figuresOf(choice);
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first().toObject()["share"].toDouble(), 0.25);

    const CliRun who5 = runCli(
        { "report", "--hr-db", m_hr.path(), "--metric", "score.who5", "--by", "school", "--json" });
    QCOMPARE(figuresOf(who5).size(), 2);

    QVERIFY_ONE_LINE_REASON(
        runCli({ "report", "--hr-db", m_hr.path(), "--metric", "score.nope" }), 1);
    QVERIFY_ONE_LINE_REASON(
        runCli({ "report", "--hr-db", m_hr.path(), "--period", "2026-2027/3of6" }), 1);
}

void TestCliReport::refusesWhatIsNotAnHrDatabaseAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath("nowhere.sqlite");
    const auto before = test::folderSnapshot(dir.path());
    const CliRun run = runCli({ "report", "--hr-db", missing });
    QVERIFY_ONE_LINE_REASON(run, 1);
    QVERIFY2(run.err.contains("no HR database"), qPrintable(run.err));
    QCOMPARE(test::folderSnapshot(dir.path()), before);

    // A teacher's journal is another kind of file: refused, left as it was.
    const QString journal = dir.filePath("journal.sqlite");
    QVERIFY(sql::Database::open(journal, teacherSchema()).ok());
    const auto journalBefore = test::folderSnapshot(dir.path());
    QVERIFY_ONE_LINE_REASON(runCli({ "report", "--hr-db", journal, "--json" }), 1);
    QCOMPARE(test::folderSnapshot(dir.path()), journalBefore);

    // An HR database with nothing in it yet is no error.
    test::TempHr empty;
    QVERIFY(empty.open().ok());
    empty.close();
    const CliRun none = runCli({ "report", "--hr-db", empty.path() });
    QVERIFY_OK(none);
    QCOMPARE(none.out.trimmed(), QString("No releases in this HR database yet."));
    const CliRun noneJson = runCli({ "report", "--hr-db", empty.path(), "--json" });
    QCOMPARE(noneJson.out.trimmed(), QString("{\"figures\":[]}"));
}

void TestCliReport::usageMistakes()
{
    const QString db = m_hr.path();
    QVERIFY_ONE_LINE_REASON(runCli({ "report" }), 2);
    QVERIFY_ONE_LINE_REASON(runCli({ "report", "--hr-db", db, "--json", "--csv" }), 2);
    QVERIFY_ONE_LINE_REASON(runCli({ "report", "--hr-db", db, "--by", "class" }), 2);
    QVERIFY_ONE_LINE_REASON(runCli({ "report", "--hr-db", db, "--period", "last" }), 2);
    QVERIFY_ONE_LINE_REASON(runCli({ "report", "--hr-db", db, "extra" }), 2);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
