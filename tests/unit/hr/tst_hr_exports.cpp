// HR's exports over a simulated school: the CSV for people (headers in the UI language, a
// withheld row with its reason and no number) and the A4 report for the MR and the bestuur
// (written, several pages, the school's name in its text, a withheld figure never a number or
// a point of a chart). And the demo bestuur of three schools built around the school.
#include "bestuur/bestuur_report.h"
#include "bestuur/bestuur_schema.h"
#include "bestuur/period_schools.h"
#include "demo/demo_bestuur.h"
#include "demo/demo_school.h"
#include "hr/hr_schema.h"
#include "hr/report_csv.h"
#include "reports/report_pdf.h"
#include "reports/vitality_report.h"
#include "test_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;

namespace {

int pdfPages(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        return -1;
    QProcess p;
    p.start(tool, { path });
    p.waitForFinished(30'000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/** The first withheld row of @p report, or nullptr. */
hr::ReportRow* firstWithheld(hr::PeriodReport& report)
{
    for (hr::ReportRow& row : report.rows) {
        if (!row.released() && row.dimension != hr::Dimension::School)
            return &row;
    }
    return nullptr;
}

hr::ReportRow* schoolRow(hr::PeriodReport& report, const QString& metric)
{
    for (hr::ReportRow& row : report.rows) {
        if (row.dimension == hr::Dimension::School && row.metricId == metric)
            return &row;
    }
    return nullptr;
}

/** A figure no real row of the school has: if it shows up, a withheld one leaked. */
constexpr double kLeakedMean = 13.1717;

} // namespace

class TstHrExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        demo::DemoSchoolOptions options;
        options.teachers = 40;
        options.periods = 3;
        options.seed = 11;
        auto school
            = demo::simulateSchool(m_dir.filePath(QStringLiteral("school")), m_clock, options);
        QVERIFY2(school, qPrintable(school ? QString() : school.error().message));
        m_school = *school;
        auto db = hr::openExistingHrDatabase(m_school.paths.hrDatabase);
        QVERIFY(db);
        m_db = std::move(*db);
        m_store = std::make_unique<hr::HrStore>(*m_db, m_clock);
    }

    void csvForPeopleNamesColumnsAndGivesReasonsNotNumbers()
    {
        auto input = readVitalityReport(*m_store);
        QVERIFY(input);
        hr::PeriodReport last = input->periods.last();
        hr::ReportRow* withheld = firstWithheld(last);
        QVERIFY2(withheld, "a school of 40 has withheld team figures");
        withheld->statistics.n = 7;
        withheld->statistics.mean = kLeakedMean;

        const QStringList lines = hr::reportCsv(last.rows, hr::CsvAudience::People);
        QCOMPARE(lines.size(), last.rows.size() + 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Period,Release,Breakdown,")),
            qPrintable(lines.first()));
        QVERIFY(lines.first().contains(QStringLiteral("\"95% interval, low\"")));
        const qsizetype at = withheld - last.rows.data();
        const QString line = lines[at + 1];
        QVERIFY2(line.contains(QStringLiteral(",yes,")), qPrintable(line));
        QVERIFY2(line.contains(withheld->withheldText().left(20)), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("13.17")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral(",7,")), qPrintable(line));
        // The scripts' CSV keeps the keys the CLI always printed.
        QCOMPARE(hr::reportCsv(last.rows).first(), hr::reportCsvKeys().join(QLatin1Char(',')));
    }

    void pdfIsWrittenWithTheSchoolAndTheRules()
    {
        auto input = readVitalityReport(*m_store);
        QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
        QCOMPARE(input->periods.size(), 3);
        QVERIFY(input->participation);
        QVERIFY(input->participation->contributions > 0);
        const ReportDocument doc = vitalityReport(*input, m_clock.today(), QLocale::c());
        const QString path = m_dir.filePath(QStringLiteral("rapport.pdf"));
        QVERIFY(writeReportPdf(doc, path).ok());
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(m_school.schoolName), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("k = 10")));
        QVERIFY(text.contains(QStringLiteral("20 November 2026")));
        QVERIFY(text.contains(QStringLiteral("WHO-5")));
        int charts = 0;
        for (const ReportSection& s : doc.sections)
            charts += int(s.charts.size());
        QVERIFY2(
            charts >= 4, qPrintable(QString::number(charts))); // trend, pulse, heatmaps, sources
    }

    void aWithheldFigureIsNeverANumber()
    {
        auto input = readVitalityReport(*m_store);
        QVERIFY(input);
        QVERIFY(!vitalityReport(*input, m_clock.today(), QLocale::c())
                     .allText()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("13.2")));
        // A team figure and the middle period's WHO-5 withheld, with numbers left in them as a
        // careless store might: the report must show neither.
        hr::ReportRow* team = firstWithheld(input->periods.last());
        QVERIFY(team);
        team->statistics.n = 7;
        team->statistics.mean = kLeakedMean;
        team->statistics.share = 0.131717;
        hr::ReportRow* who5 = schoolRow(input->periods[1], QStringLiteral("score.who5"));
        QVERIFY(who5 && who5->released());
        who5->reason = privacy::Reason::FewerThanK;
        who5->statistics.mean = kLeakedMean;

        const ReportDocument doc = vitalityReport(*input, m_clock.today(), QLocale::c());
        const QString all = doc.allText().join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QStringLiteral("13.2")));
        QVERIFY(all.contains(privacy::reasonText(privacy::Reason::FewerThanK)));
        const ReportChart* trend = nullptr;
        for (const ReportSection& s : doc.sections) {
            for (const ReportChart& c : s.charts) {
                if (c.kind == ReportChart::Kind::Line)
                    trend = &c;
                for (const ChartValue& v : c.values)
                    QVERIFY(!v.value || std::abs(*v.value - kLeakedMean) > 1e-6);
            }
        }
        QVERIFY(trend);
        QCOMPARE(trend->values.size(), 3);
        QVERIFY(!trend->values[1].value); // a gap, not a zero
        QCOMPARE(trend->values[1].mark, QStringLiteral("a"));
        QVERIFY(trend->values[0].value && trend->values[2].value);
        QVERIFY(trend->notes.join(QLatin1Char(' ')).contains(QStringLiteral("a = ")));

        const QString path = m_dir.filePath(QStringLiteral("withheld.pdf"));
        QVERIFY(writeReportPdf(doc, path).ok());
        const QString text = test::pdfText(path);
        QVERIFY(!text.contains(QStringLiteral("13.2")));
    }

    void aPeriodWithoutReleaseIsRefused()
    {
        auto input = readVitalityReport(*m_store, QStringLiteral("2019-2020/1of6"));
        QVERIFY(!input);
        QVERIFY(input.error().message.contains(QStringLiteral("2019-2020/1of6")));
    }

    void demoBestuurHasThreeSchoolsMerged()
    {
        auto bestuur = demo::simulateBestuur(m_school.paths, m_clock);
        QVERIFY2(bestuur, qPrintable(bestuur ? QString() : bestuur.error().message));
        QCOMPARE(bestuur->schools.size(), 3);
        QCOMPARE(bestuur->aggregateFiles.size(), 9);
        QCOMPARE(bestuur->database, demo::bestuurDatabaseBeside(m_school.paths.hrDatabase));
        auto db = bestuur::openExistingBestuurDatabase(bestuur->database);
        QVERIFY(db);
        bestuur::BestuurStore store(**db, m_clock);
        auto periods = store.periods();
        QVERIFY(periods);
        QCOMPARE(*periods, m_school.periods);
        auto schools = bestuur::periodSchools(store, periods->last());
        QVERIFY(schools);
        QCOMPARE(schools->size(), 3);
        auto rows = bestuur::periodReport(periods->last(), *schools, bestuur::Level::Bestuur);
        QVERIFY(rows);
        bool mergedWho5 = false;
        for (const bestuur::BestuurRow& row : *rows) {
            if (row.row.dimension == hr::Dimension::School
                && row.row.metricId == QStringLiteral("score.who5") && row.row.released())
                mergedWho5 = row.schools == 3;
        }
        QVERIFY(mergedWho5);
        QCOMPARE(bestuur->schools.first(), m_school.schoolName);

        // ensureDemoBestuur() makes it again (no marker yet), then keeps what it made.
        auto ensured = demo::ensureDemoBestuur(m_school.paths, m_clock);
        QVERIFY2(ensured, qPrintable(ensured ? QString() : ensured.error().message));
        QCOMPARE(*ensured, bestuur->database);
        const QDateTime made = QFileInfo(*ensured).lastModified();
        auto again = demo::ensureDemoBestuur(m_school.paths, m_clock);
        QVERIFY(again);
        QCOMPARE(QFileInfo(*again).lastModified(), made);
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock { test::defaultNow() };
    demo::DemoSchoolSummary m_school;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<hr::HrStore> m_store;
};

QTEST_MAIN(TstHrExports)
#include "tst_hr_exports.moc"
