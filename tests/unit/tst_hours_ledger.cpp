// The professionaliseringsuren ledger: budgets (pro rata FTE, extra hours from an age), FIFO
// spending, carry-over and expiry, checked against figures worked out by hand.
#include "pop/hours_ledger.h"
#include "pop/school_year.h"

#include <QTest>

using namespace kw;

namespace {

constexpr Minutes h(double hours)
{
    return Minutes(hours * 60);
}

HoursPolicy policy(int extraFromAge = 0, int extraHours = 0)
{
    HoursPolicy p;
    p.hoursPerYear = 40;
    p.savingYears = 3;
    p.extraFromAge = extraFromAge;
    p.extraHoursPerYear = extraHours;
    return p;
}

TeacherSettings teacher(QList<FteChange> fte, std::optional<int> birthYear = {})
{
    TeacherSettings t;
    t.fte = std::move(fte);
    t.birthYear = birthYear;
    return t;
}

HoursEntry entry(QDate date, Minutes planned, Minutes spent)
{
    HoursEntry e;
    e.date = date;
    e.kindId = QStringLiteral("training");
    e.description = QStringLiteral("Cursus");
    e.planned = planned;
    e.spent = spent;
    return e;
}

} // namespace

class TestHoursLedger : public QObject
{
    Q_OBJECT

private slots:
    void schoolYearStartsOnTheFirstOfAugust();
    void budgetIsProRataFte();
    void extraHoursStartExactlyAtTheAge();
    void carryOverOverSixYearsWithExpiry();
    void unspentHoursExpireAfterTheSavingWindow();
    void overspendingIsShownAndNotBorrowed();
    void entriesCountInTheSchoolYearOfTheirDate();
    void emptyYearsBetweenAreFilledIn();
    void hoursAreReadAsPeopleTypeThem_data();
    void hoursAreReadAsPeopleTypeThem();
};

void TestHoursLedger::schoolYearStartsOnTheFirstOfAugust()
{
    QCOMPARE(schoolYearOf(QDate(2026, 7, 31)), 2025);
    QCOMPARE(schoolYearOf(QDate(2026, 8, 1)), 2026);
    QCOMPARE(schoolYearOf(QDate(2027, 1, 15)), 2026);
    QCOMPARE(schoolYearStart(2026), QDate(2026, 8, 1));
    QCOMPARE(schoolYearEnd(2026), QDate(2027, 7, 31));
    QCOMPARE(schoolYearLabel(2026), QStringLiteral("2026-2027"));
}

void TestHoursLedger::budgetIsProRataFte()
{
    const auto t = teacher({ { 2024, 800 }, { 2026, 600 } });
    QCOMPARE(yearBudget(policy(), t, 2023), Minutes(0)); // before the first FTE
    QCOMPARE(yearBudget(policy(), t, 2024), h(32)); // 0.8 × 40
    QCOMPARE(yearBudget(policy(), t, 2025), h(32));
    QCOMPARE(yearBudget(policy(), t, 2026), h(24)); // 0.6 × 40
    QCOMPARE(yearBudget(policy(), teacher({ { 2024, 1000 } }), 2030), h(40));
    // 0.33 × 40 h = 13.2 h = 13 h 12 min, rounded to the minute.
    QCOMPARE(yearBudget(policy(), teacher({ { 2024, 330 } }), 2024), Minutes(13 * 60 + 12));
}

void TestHoursLedger::extraHoursStartExactlyAtTheAge()
{
    const HoursPolicy p = policy(57, 10);
    const auto t = teacher({ { 2020, 1000 } }, 1969);
    QVERIFY(!extraHoursApply(p, t, 2025)); // 2025 − 1969 = 56
    QVERIFY(extraHoursApply(p, t, 2026)); // 57: from this school year on
    QCOMPARE(yearBudget(p, t, 2025), h(40));
    QCOMPARE(yearBudget(p, t, 2026), h(50));
    QCOMPARE(yearBudget(p, teacher({ { 2020, 800 } }, 1969), 2026), h(40)); // (40 + 10) × 0.8
    QCOMPARE(yearBudget(p, teacher({ { 2020, 1000 } }), 2026), h(40)); // no birth year: no extra
}

void TestHoursLedger::carryOverOverSixYearsWithExpiry()
{
    // 40 h a year, saving 3 years, spending the oldest hours first. Worked out by hand:
    // 2022: +40, spend 10      -> 22:30                     out 30
    // 2023: +40, spend 0       -> 22:30 23:40               out 70
    // 2024: +40, spend 20      -> 22:10 23:40 24:40         out 90
    // 2025: +40, spend 5       -> 22:5 (expires now) 23:40 24:40 25:40   expiring 5, out 120
    // 2026: +40, spend 100     -> 23:0 24:0 25:20 26:40     out 60
    // 2027: +40, spend 30      -> 25:0 26:30 27:40          out 70
    const QList<HoursYearInput> in {
        { 2022, h(40), h(12), h(10) },
        { 2023, h(40), 0, 0 },
        { 2024, h(40), h(20), h(20) },
        { 2025, h(40), 0, h(5) },
        { 2026, h(40), h(90), h(100) },
        { 2027, h(40), 0, h(30) },
    };
    const QList<HoursYearSummary> out = computeLedger(in, 3);
    QCOMPARE(out.size(), 6);
    const QList<Minutes> carriedIn { 0, h(30), h(70), h(90), h(120), h(60) };
    const QList<Minutes> balance { h(30), h(70), h(90), h(125), h(60), h(70) };
    const QList<Minutes> expiring { 0, 0, 0, h(5), 0, 0 };
    const QList<Minutes> carriedOut { h(30), h(70), h(90), h(120), h(60), h(70) };
    for (int i = 0; i < out.size(); ++i) {
        QCOMPARE(out[i].schoolYear, 2022 + i);
        QCOMPARE(out[i].budget, h(40));
        QCOMPARE(out[i].carriedIn, carriedIn[i]);
        QCOMPARE(out[i].available, carriedIn[i] + h(40));
        QCOMPARE(out[i].balance, balance[i]);
        QCOMPARE(out[i].expiring, expiring[i]);
        QCOMPARE(out[i].carriedOut, carriedOut[i]);
        QCOMPARE(out[i].overspent, Minutes(0));
    }
    QCOMPARE(out[0].planned, h(12));
    QCOMPARE(out[4].spent, h(100));
    // What is left after 2025 and when it expires (the end of its third saving year).
    QCOMPARE(out[3].left,
        (QList<HoursTranche> { { 2022, 2025, h(5) }, { 2023, 2026, h(40) }, { 2024, 2027, h(40) },
            { 2025, 2028, h(40) } }));
    QCOMPARE(out[3].left.first().expires(), QDate(2026, 7, 31));
    QCOMPARE(out[5].left, (QList<HoursTranche> { { 2026, 2029, h(30) }, { 2027, 2030, h(40) } }));
    QCOMPARE(out[5].left.last().expires(), QDate(2031, 7, 31));
}

void TestHoursLedger::unspentHoursExpireAfterTheSavingWindow()
{
    // Nothing spent: 2022's 40 h are usable in 2022–2025 and expire on 31 July 2026.
    const auto out
        = computeLedger({ { 2022, h(40), 0, 0 }, { 2023, h(40), 0, 0 }, { 2024, h(40), 0, 0 },
                            { 2025, h(40), 0, 0 }, { 2026, h(40), 0, 0 } },
            3);
    QCOMPARE(out[2].expiring, Minutes(0));
    QCOMPARE(out[3].available, h(160));
    QCOMPARE(out[3].expiring, h(40));
    QCOMPARE(out[3].carriedOut, h(120));
    QCOMPARE(out[4].carriedIn, h(120));
    QCOMPARE(out[4].expiring, h(40)); // 2023's hours
    // Without saving, whatever is left expires at the end of the year itself.
    const auto noSaving = computeLedger({ { 2024, h(32), 0, h(30) }, { 2025, h(32), 0, 0 } }, 0);
    QCOMPARE(noSaving[0].expiring, h(2));
    QCOMPARE(noSaving[1].carriedIn, Minutes(0));
}

void TestHoursLedger::overspendingIsShownAndNotBorrowed()
{
    const auto out = computeLedger(
        { { 2024, h(32), 0, h(10) }, { 2025, h(32), 0, h(80) }, { 2026, h(32), 0, 0 } }, 3);
    QCOMPARE(out[1].available, h(54));
    QCOMPARE(out[1].balance, h(-26));
    QCOMPARE(out[1].overspent, h(26));
    QCOMPARE(out[1].carriedOut, Minutes(0));
    QVERIFY(out[1].left.isEmpty());
    // The next year starts afresh with its own budget, not 26 h in debt.
    QCOMPARE(out[2].carriedIn, Minutes(0));
    QCOMPARE(out[2].balance, h(32));
    QCOMPARE(out[2].overspent, Minutes(0));
}

void TestHoursLedger::entriesCountInTheSchoolYearOfTheirDate()
{
    const auto t = teacher({ { 2025, 800 } });
    const QList<HoursEntry> entries { entry(QDate(2026, 7, 31), h(4), h(3)),
        entry(QDate(2026, 8, 1), h(8), h(2)), entry(QDate(2027, 9, 1), h(1), h(1)) };
    const auto in = ledgerInputs(entries, t, policy(), 2026);
    QCOMPARE(in.size(), 2); // 2025 and 2026; the 2027 entry lies after the asked year
    QCOMPARE(in[0].schoolYear, 2025);
    QCOMPARE(in[0].budget, h(32));
    QCOMPARE(in[0].spent, h(3));
    QCOMPARE(in[1].planned, h(8));
    QCOMPARE(in[1].spent, h(2));
    const auto out = computeLedger(in, 3);
    QCOMPARE(out.last().balance, h(32 - 3 + 32 - 2));
}

void TestHoursLedger::hoursAreReadAsPeopleTypeThem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("minutes"); // -1: refused
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("whole") << QStringLiteral("2") << qint64(120);
    QTest::newRow("point") << QStringLiteral("1.5") << qint64(90);
    QTest::newRow("comma") << QStringLiteral(" 1,25 ") << qint64(75);
    QTest::newRow("clock") << QStringLiteral("1:30") << qint64(90);
    QTest::newRow("clock zero hours") << QStringLiteral("0:45") << qint64(45);
    QTest::newRow("negative parses; the rules refuse it") << QStringLiteral("-2") << qint64(-120);
    QTest::newRow("word") << QStringLiteral("veel") << qint64(-1);
    QTest::newRow("clock one digit") << QStringLiteral("1:5") << qint64(-1);
    QTest::newRow("clock minutes 60") << QStringLiteral("1:60") << qint64(-1);
    QTest::newRow("clock negative") << QStringLiteral("-1:30") << qint64(-1);
    QTest::newRow("huge") << QStringLiteral("1000000") << qint64(-1);
    QTest::newRow("nan") << QStringLiteral("nan") << qint64(-1);
}

void TestHoursLedger::hoursAreReadAsPeopleTypeThem()
{
    QFETCH(QString, typed);
    QFETCH(qint64, minutes);
    const auto parsed = parseHours(typed);
    if (minutes == -1) {
        QVERIFY2(!parsed, qPrintable(typed));
        return;
    }
    QVERIFY2(parsed, qPrintable(typed));
    QCOMPARE(*parsed, minutes);
}

void TestHoursLedger::emptyYearsBetweenAreFilledIn()
{
    // A year without any input still lets time pass: 2020's hours expire at the end of 2023.
    const auto out = computeLedger({ { 2020, h(40), 0, 0 }, { 2024, h(40), 0, 0 } }, 3);
    QCOMPARE(out.size(), 5);
    QCOMPARE(out[3].schoolYear, 2023);
    QCOMPARE(out[3].expiring, h(40));
    QCOMPARE(out[4].carriedIn, Minutes(0));
    QCOMPARE(out[4].available, h(40));
}

QTEST_GUILESS_MAIN(TestHoursLedger)
#include "tst_hours_ledger.moc"
