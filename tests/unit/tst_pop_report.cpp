// The POP report for the bekwaamheidsdossier over a real journal: every goal, action and hour
// (checked against figures worked out by hand) is in the document and in the PDF; wellbeing
// check-ins and reflection scores never are; reflection text only when the teacher chooses it.
// Also `kernwijzer-cli pop export`, in-process and as the real binary without a display.
#include "cli_in_process.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "reports/pop_report.h"
#include "reports/report_pdf.h"
#include "test_support.h"
#include "wellbeing/checkin_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace kw;
using kw::test::CliRun;
using kw::test::pdfText;
using kw::test::TempJournal;

namespace {

const QString goalTitle = QStringLiteral("Leerlingen eigenaarschap over hun leerdoelen geven");
const QString ideaTitle = QStringLiteral("Feedback vragen aan collega's");
const QString oldTitle = QStringLiteral("Oud doel uit vorig jaar");
const QString linkedText = QStringLiteral("Leerlingen kozen vandaag zelf hun rekendoel.");
const QString linkedText2 = QStringLiteral("Kindgesprek met Sem over zijn planning.");
const QString unlinkedText = QStringLiteral("Niet gekoppelde reflectie over de ouderavond.");

/** Everything about wellbeing the journal holds: none of it may reach the report. */
const QStringList wellbeingWords { QStringLiteral("WHO-5"), QStringLiteral("WHO5"),
    QStringLiteral("welbevinden"), QStringLiteral("Well-Being"),
    QStringLiteral("76"), // the WHO-5 score below
    QStringLiteral("opgewekt"), QStringLiteral("cheerful"), QStringLiteral("Weekpuls"),
    QStringLiteral("pulse"), QStringLiteral("werkdruk"), QStringLiteral("werkplezier"),
    QStringLiteral("balans"), QStringLiteral("energie"), QStringLiteral("energy"),
    QStringLiteral("Leerlingen die groeien"), QStringLiteral("Administratieve taken"),
    QStringLiteral("E-mail"), QStringLiteral("Vertrouwenspersoon"), QStringLiteral("Bedrijfsarts"),
    // a reflection's scores
    QStringLiteral("outcome"), QStringLiteral("uitkomst"), QStringLiteral("Hoe ging"),
    QStringLiteral("How did it go"), QStringLiteral("/5") };

bool startsWithPdfMagic(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

QString joined(const ReportDocument& d)
{
    return d.allText().join(QLatin1Char('\n'));
}

/** kernwijzer-cli pop export @p args, in this process. */
CliRun runInProcess(const QStringList& args)
{
    return test::runCliInProcess(
        QStringList { QStringLiteral("pop"), QStringLiteral("export") } + args);
}

} // namespace

#define CHECK_CONTAINS(text, piece)                                                                \
    QVERIFY2((text).contains(piece),                                                               \
        qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(piece, text)))
#define CHECK_LACKS(text, piece)                                                                   \
    QVERIFY2(!(text).contains(piece, Qt::CaseInsensitive),                                         \
        qPrintable(QStringLiteral("\"%1\" must not be in: %2").arg(piece, text)))

class TestPopReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void documentHasEveryGoalActionAndHour();
    void hoursFollowTheLocale();
    void overspentExtraHoursAndEmptyStates();
    void reflectionTextOnlyWhenChosen();
    void noWellbeingInDocumentOrPdf();
    void pdfShowsGoalsActionsAndHours();
    void cliExportWritesThePdf();
    void cliMistakesFailOnOneLineAndWriteNothing_data();
    void cliMistakesFailOnOneLineAndWriteNothing();
    void cliBinaryRendersWithoutADisplay();

private:
    ReportDocument report(bool withText = false, const QLocale& locale = QLocale::c()) const
    {
        return popReport(m_year, m_journal->profile(), { withText }, QDate(2026, 11, 20), locale);
    }

    std::unique_ptr<TempJournal> m_journal;
    PopYear m_year;
};

void TestPopReport::initTestCase()
{
    m_journal = std::make_unique<TempJournal>();
    QVERIFY(m_journal->open().ok());
    TempJournal& j = *m_journal;
    PopStore pop(j.db(), j.profile(), j.clock());
    HoursStore hours(j.db(), j.profile(), j.clock());
    CheckinStore checkins(j.db(), j.profile(), j.clock());

    Goal g;
    g.title = goalTitle;
    g.valueIds = { QStringLiteral("eigenaarschap"), QStringLiteral("vertrouwen") };
    g.themeId = QStringLiteral("maatwerk");
    g.successCriteria = QStringLiteral("In 3 van de 5 lessen kiezen leerlingen zelf hun leerdoel.");
    g.targetDate = QDate(2027, 6, 30);
    g.status = GoalStatus::Actief;
    g.schoolYear = 2026;
    const qint64 goal = pop.addGoal(g).value();
    const qint64 plan = pop.addAction({ 0, goal, QStringLiteral("Weektaak samen plannen"),
                                          QDate(2026, 12, 1), false })
                            .value();
    QVERIFY(pop.addAction(
                   { 0, goal, QStringLiteral("Kindgesprekken voeren"), QDate(2027, 2, 15), false })
                .ok());
    const qint64 observe
        = pop.addAction({ 0, goal, QStringLiteral("Collega observeren"), QDate(), false }).value();
    QVERIFY(pop.setActionDone(plan, true).ok());
    QVERIFY(pop.setActionDone(observe, true).ok());

    Goal idea;
    idea.title = ideaTitle;
    idea.valueIds = { QStringLiteral("verbinding") };
    idea.schoolYear = 2026;
    QVERIFY(pop.addGoal(idea).ok());
    Goal old = idea;
    old.title = oldTitle;
    old.schoolYear = 2025;
    old.status = GoalStatus::Afgerond;
    QVERIFY(pop.addGoal(old).ok());

    // Reflection scores (outcome, energy) are personal: they must not show as evidence.
    Reflection r
        = test::reflection(linkedText, QDate(2026, 11, 2), { QStringLiteral("eigenaarschap") });
    r.outcome = 2;
    r.energy = 4;
    QVERIFY(pop.linkEvidence(goal, j.store().add(r).value()).ok());
    const qint64 second = j.add(linkedText2, QDate(2026, 11, 12),
        { QStringLiteral("eigenaarschap"), QStringLiteral("verbinding") });
    QVERIFY(pop.linkEvidence(goal, second).ok());
    QVERIFY(j.add(unlinkedText, QDate(2026, 11, 13)) > 0);

    // 0.8 FTE from 2025: 32 h a year. 2025: 12 of 32 spent, 20 saved. 2026: 20 + 32 = 52
    // available; 4.5 + 1.25 = 5.75 spent from the 2025 hours first (oldest first), so 14.25 h of
    // 2025 are left until 31 July 2029 and 32 h of 2026 until 31 July 2030; balance 46.25.
    QVERIFY(hours.setFte(2025, 800).ok());
    const auto entry
        = [](QDate day, const char* kind, const char* text, Minutes planned, Minutes spent) {
              return HoursEntry { 0, day, QString::fromLatin1(kind), QString::fromUtf8(text),
                  planned, spent };
          };
    QVERIFY(
        hours.add(entry(QDate(2025, 10, 15), "training", "Cursus rekendidactiek", 600, 720)).ok());
    QVERIFY(
        hours.add(entry(QDate(2026, 9, 10), "intervisie", "Intervisie bovenbouw", 360, 270)).ok());
    QVERIFY(
        hours.add(entry(QDate(2026, 10, 7), "studiedag", "Studiedag eigenaarschap", 0, 75)).ok());
    QVERIFY(
        hours.add(entry(QDate(2026, 11, 5), "coaching", "Coaching op eigenaarschap", 480, 0)).ok());

    // WHO-5 4+4+4+4+3 = 19 → 76; a pulse with choices. In the same journal, never in the report.
    auto who5
        = checkins.add({ QStringLiteral("who5"), QDate(2026, 11, 16), { 4, 4, 4, 4, 3 }, {} });
    QVERIFY(who5.ok());
    QCOMPARE(who5->checkin.score, 76.0);
    QVERIFY(checkins
                .add({ QStringLiteral("pulse"), QDate(2026, 11, 18), { 4, 2, 5, 3 },
                    { { QStringLiteral("blij"), { QStringLiteral("leerlingen-groei") } },
                        { QStringLiteral("werkdruk"),
                            { QStringLiteral("administratie"), QStringLiteral("e-mail") } } } })
                .ok());
    QCOMPARE(checkins.list({}).value().size(), 2);

    auto year = loadPopYear(j.db(), j.profile(), j.clock(), 2026);
    QVERIFY(year.ok());
    m_year = *year;
    j.close(); // the CLI tests open the file themselves
}

void TestPopReport::documentHasEveryGoalActionAndHour()
{
    const ReportDocument d = report();
    const QString text = joined(d);
    QCOMPARE(d.title, QStringLiteral("Personal development plan 2026-2027"));
    QCOMPARE(d.subtitle, QStringLiteral("Kindcentrum De Regenboog (demo)"));
    QCOMPARE(d.footer, QStringLiteral("Made with Kernwijzer on 20 November 2026"));
    QCOMPARE(d.sections.size(), 3); // two goals of 2026, the hours

    const ReportSection& goal = d.sections[0];
    QCOMPARE(goal.heading, goalTitle);
    for (const QString& line : { QStringLiteral("Status: Active"),
             QStringLiteral("Why: Eigenaarschap, Vertrouwen · school theme Maatwerk"),
             QStringLiteral("Success criteria: In 3 van de 5 lessen kiezen leerlingen zelf hun "
                            "leerdoel."),
             QStringLiteral("Target date: 30 June 2027"),
             QStringLiteral("Progress: 2 of 3 actions done · reflections as evidence: 2"),
             QStringLiteral("Evidence:\n• 2 November 2026 · Eigenaarschap\n"
                            "• 12 November 2026 · Eigenaarschap, Verbinding") })
        QVERIFY2(goal.paragraphs.contains(line), qPrintable(goal.paragraphs.join(u'|')));
    QCOMPARE(goal.table.rows,
        (QList<QStringList> { { QStringLiteral("Weektaak samen plannen"),
                                  QStringLiteral("1 Dec 2026"), QStringLiteral("yes") },
            { QStringLiteral("Kindgesprekken voeren"), QStringLiteral("15 Feb 2027"),
                QStringLiteral("no") },
            { QStringLiteral("Collega observeren"), QStringLiteral("—"),
                QStringLiteral("yes") } }));

    const ReportSection& idea = d.sections[1];
    QCOMPARE(idea.heading, ideaTitle);
    QVERIFY(idea.paragraphs.contains(QStringLiteral("Status: Idea")));
    QVERIFY(idea.paragraphs.contains(QStringLiteral("Why: Verbinding")));
    QVERIFY(idea.paragraphs.contains(QStringLiteral("Evidence: no reflections linked yet.")));
    QVERIFY(idea.paragraphs.contains(QStringLiteral("No actions yet.")));

    const ReportSection& hours = d.sections[2];
    QCOMPARE(hours.heading, QStringLiteral("Professional development hours"));
    QCOMPARE(hours.paragraphs,
        (QStringList { QStringLiteral("Budget 2026-2027: 32 hours at 0.8 FTE."),
            QStringLiteral("Saved from earlier years: 20 hours · available: 52 hours"),
            QStringLiteral("Planned: 14 hours · spent: 5.75 hours · balance: 46.25 hours"),
            QStringLiteral("14.25 hours from 2025-2026 can be used until 31 July 2029."),
            QStringLiteral("32 hours from 2026-2027 can be used until 31 July 2030.") }));
    QCOMPARE(hours.table.rows,
        (QList<QStringList> { { QStringLiteral("10 Sep 2026"), QStringLiteral("Peer supervision"),
                                  QStringLiteral("Intervisie bovenbouw"), QStringLiteral("6"),
                                  QStringLiteral("4.5") },
            { QStringLiteral("7 Oct 2026"), QStringLiteral("Study day"),
                QStringLiteral("Studiedag eigenaarschap"), QStringLiteral("0"),
                QStringLiteral("1.25") },
            { QStringLiteral("5 Nov 2026"), QStringLiteral("Coaching"),
                QStringLiteral("Coaching op eigenaarschap"), QStringLiteral("8"),
                QStringLiteral("0") },
            { QStringLiteral("Total"), QString(), QString(), QStringLiteral("14"),
                QStringLiteral("5.75") } }));

    // Another school year's goal and hours stay out.
    CHECK_LACKS(text, oldTitle);
    CHECK_LACKS(text, QStringLiteral("Cursus rekendidactiek"));
}

void TestPopReport::hoursFollowTheLocale()
{
    const QString text = joined(report(false, QLocale(QLocale::Dutch, QLocale::Netherlands)));
    CHECK_CONTAINS(text, QStringLiteral("Budget 2026-2027: 32 hours at 0,8 FTE."));
    CHECK_CONTAINS(text, QStringLiteral("balance: 46,25 hours"));
    CHECK_CONTAINS(
        text, QStringLiteral("14,25 hours from 2025-2026 can be used until 31 juli 2029."));
    CHECK_CONTAINS(text, QStringLiteral("• 12 november 2026 · Eigenaarschap, Verbinding"));
}

void TestPopReport::overspentExtraHoursAndEmptyStates()
{
    PopYear y;
    y.schoolYear = 2027;
    y.teacher.fte = { { 2027, 1000 } };
    y.teacher.birthYear = 1968; // 59 in 2027: the demo school's extra hours from 57 apply
    y.hours = { 2027, 50 * 60, 0, 50 * 60, 0, 53 * 60, -3 * 60, 3 * 60, 0, 0, {} };
    const QString text
        = joined(popReport(y, m_journal->profile(), {}, QDate(2027, 9, 1), QLocale::c()));
    CHECK_CONTAINS(text,
        QStringLiteral(
            "Budget 2027-2028: 50 hours at 1 FTE, including the extra hours from age 57."));
    CHECK_CONTAINS(text, QStringLiteral("balance: -3 hours"));
    CHECK_CONTAINS(text, QStringLiteral("Overspent: 3 hours more than were available."));
    CHECK_CONTAINS(text, QStringLiteral("No goals in this school year yet."));
    CHECK_CONTAINS(text, QStringLiteral("No hours entries in this school year yet."));
    CHECK_LACKS(text, QStringLiteral("1968")); // the birth year is not the dossier's business

    const PopYear none { 2026, {}, {}, {}, {} };
    CHECK_CONTAINS(
        joined(popReport(none, m_journal->profile(), {}, QDate(2026, 11, 20), QLocale::c())),
        QStringLiteral("No FTE is set for 2026-2027, so this year brings no new hours."));
}

void TestPopReport::reflectionTextOnlyWhenChosen()
{
    const QString without = joined(report());
    CHECK_LACKS(without, linkedText);
    CHECK_LACKS(without, linkedText2);
    const QString with = joined(report(true));
    CHECK_CONTAINS(with, QStringLiteral("“%1”").arg(linkedText));
    CHECK_CONTAINS(with, QStringLiteral("“%1”").arg(linkedText2));
    CHECK_LACKS(with, unlinkedText); // only evidence, never the rest of the journal
}

void TestPopReport::noWellbeingInDocumentOrPdf()
{
    QTemporaryDir dir;
    for (const bool withText : { false, true }) {
        const ReportDocument d = report(withText);
        const QString path = dir.filePath(QStringLiteral("pop.pdf"));
        QVERIFY(writeReportPdf(d, path).ok());
        const QString pdf = pdfText(path);
        CHECK_CONTAINS(pdf, goalTitle); // the PDF was read, so absence below means something
        for (const QString& text : { joined(d), pdf, reportHtml(d) }) {
            for (const QString& word : wellbeingWords)
                CHECK_LACKS(text, word);
        }
    }
}

void TestPopReport::pdfShowsGoalsActionsAndHours()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pop.pdf"));
    QVERIFY(writeReportPdf(report(), path).ok());
    QVERIFY(startsWithPdfMagic(path));
    const QString pdf = pdfText(path);
    for (const QString& piece : { QStringLiteral("Personal development plan 2026-2027"), goalTitle,
             ideaTitle, QStringLiteral("Weektaak samen plannen"),
             QStringLiteral("Kindgesprekken voeren"), QStringLiteral("Collega observeren"),
             QStringLiteral("Eigenaarschap, Vertrouwen · school theme Maatwerk"),
             QStringLiteral("balance: 46.25 hours"),
             QStringLiteral("14.25 hours from 2025-2026 can be used until 31 July 2029."),
             // single words from the hours table: its narrow cells may wrap
             QStringLiteral("Intervisie"), QStringLiteral("5.75"),
             QStringLiteral("Made with Kernwijzer on") })
        CHECK_CONTAINS(pdf, piece);
}

void TestPopReport::cliExportWritesThePdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
    const CliRun run
        = runInProcess({ QStringLiteral("--db"), m_journal->path(), QStringLiteral("--out"), path,
            QStringLiteral("--year"), QStringLiteral("2026-2027"), QStringLiteral("--json") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o[QStringLiteral("path")].toString(), path);
    QCOMPARE(o[QStringLiteral("goals")].toInt(), 2);
    QCOMPARE(o[QStringLiteral("hoursEntries")].toInt(), 3);
    QCOMPARE(o[QStringLiteral("schoolYear")].toInt(), 2026);
    QVERIFY(startsWithPdfMagic(path));
    QString pdf = pdfText(path);
    CHECK_CONTAINS(pdf, goalTitle);
    CHECK_LACKS(pdf, linkedText);
    for (const QString& word : wellbeingWords)
        CHECK_LACKS(pdf, word);

    // Text output; the year defaults to the current one; the teacher may add reflection text.
    const CliRun again = runInProcess({ QStringLiteral("--db"), m_journal->path(),
        QStringLiteral("--out"), path, QStringLiteral("--with-reflection-text") });
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out, QStringLiteral("Wrote %1 (2 goals, 3 hours entries).\n").arg(path));
    pdf = pdfText(path);
    CHECK_CONTAINS(pdf, linkedText);
    CHECK_LACKS(pdf, unlinkedText);
}

void TestPopReport::cliMistakesFailOnOneLineAndWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    const QString db = QStringLiteral("DB");
    const QString out = QStringLiteral("OUT/pop.pdf");
    QTest::newRow("no out") << QStringList { QStringLiteral("--db"), db } << 2;
    QTest::newRow("no db") << QStringList { QStringLiteral("--out"), out } << 2;
    QTest::newRow("bad year") << QStringList { QStringLiteral("--db"), db, QStringLiteral("--out"),
        out, QStringLiteral("--year"), QStringLiteral("2026-2028") }
                              << 2;
    QTest::newRow("folder missing") << QStringList { QStringLiteral("--db"), db,
        QStringLiteral("--out"), QStringLiteral("OUT/nergens/pop.pdf") }
                                    << 1;
    QTest::newRow("out is the journal")
        << QStringList { QStringLiteral("--db"), db, QStringLiteral("--out"), db } << 1;
    QTest::newRow("journal missing") << QStringList { QStringLiteral("--db"),
        QStringLiteral("OUT/none.sqlite"), QStringLiteral("--out"), out }
                                     << 1;
}

void TestPopReport::cliMistakesFailOnOneLineAndWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QTemporaryDir dir;
    for (QString& arg : args)
        arg.replace(QStringLiteral("DB"), m_journal->path())
            .replace(QStringLiteral("OUT"), dir.path());
    const auto journalBefore = test::folderSnapshot(m_journal->folder());
    const CliRun run = runInProcess(args);
    QVERIFY2(test::oneLineFailureProblem(run, code).isEmpty(),
        qPrintable(test::oneLineFailureProblem(run, code)));
    QVERIFY2(QDir(dir.path()).isEmpty(), "a failed export left a file");
    QCOMPARE(test::folderSnapshot(m_journal->folder()), journalBefore);
}

void TestPopReport::cliBinaryRendersWithoutADisplay()
{
    // main.cpp starts a QGuiApplication for `pop export` only, offscreen when there is no display,
    // and keeps Qt's start-up warning about XDG_RUNTIME_DIR off stderr.
    QTemporaryDir dir;
    const auto runBinary = [this](const QString& out) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
            { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("KERNWIJZER_NOW"), QString::fromLatin1(test::nowForExecutables));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KW_CLI_PATH),
            { QStringLiteral("pop"), QStringLiteral("export"), QStringLiteral("--db"),
                m_journal->path(), QStringLiteral("--out"), out });
        CliRun run;
        if (process.waitForFinished(60'000) && process.exitStatus() == QProcess::NormalExit) {
            run.code = process.exitCode();
            run.out = QString::fromUtf8(process.readAllStandardOutput());
            run.err = QString::fromUtf8(process.readAllStandardError());
        }
        return run;
    };
    const QString path = dir.filePath(QStringLiteral("pop.pdf"));
    const CliRun ok = runBinary(path);
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QCOMPARE(ok.err, QString());
    QVERIFY(startsWithPdfMagic(path));
    CHECK_CONTAINS(pdfText(path), ideaTitle);

    const CliRun failed = runBinary(dir.filePath(QStringLiteral("nergens/pop.pdf")));
    QVERIFY2(test::oneLineFailureProblem(failed, 1).isEmpty(),
        qPrintable(test::oneLineFailureProblem(failed, 1)));
}

QTEST_MAIN(TestPopReport)
#include "tst_pop_report.moc"
