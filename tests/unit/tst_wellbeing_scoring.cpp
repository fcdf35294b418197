// Wellbeing scoring, choices and periods: pure functions checked against hand-computed cases.
#include "test_support.h"
#include "wellbeing/builtin_instruments.h"
#include "wellbeing/period.h"
#include "wellbeing/scoring.h"

#include <QTest>

using namespace kw;

namespace {

Answers answers(std::initializer_list<std::optional<int>> values)
{
    return Answers(values);
}

} // namespace

class TestWellbeingScoring : public QObject
{
    Q_OBJECT

private slots:
    void who5ScoresAndBands_data();
    void who5ScoresAndBands();
    void who5CutOffsAreInclusive();
    void who5RefusesPartialAnswers_data();
    void who5RefusesPartialAnswers();
    void refusesOutOfRange_data();
    void refusesOutOfRange();
    void refusesMoreAnswersThanItems();
    void pulseMeansOverAnsweredItems_data();
    void pulseMeansOverAnsweredItems();
    void pulseNeedsOneAnswer();
    void selectionsMustComeFromTheInstrumentsLists_data();
    void selectionsMustComeFromTheInstrumentsLists();
    void builtinWordingAndLists();
    void weeksStartOnMonday();
    void fortnightsStartInEvenIsoWeeks_data();
    void fortnightsStartInEvenIsoWeeks();
    void periodsTileTheCalendar();
};

void TestWellbeingScoring::who5ScoresAndBands_data()
{
    QTest::addColumn<Answers>("given");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("band");
    // Raw sum × 4; ≤ 50 low, ≤ 28 advise.
    QTest::newRow("all zeros: 0") << answers({ 0, 0, 0, 0, 0 }) << 0.0 << "advise";
    QTest::newRow("raw 7: exactly 28") << answers({ 1, 1, 2, 1, 2 }) << 28.0 << "advise";
    QTest::newRow("raw 8: 32 just above 28") << answers({ 2, 2, 2, 1, 1 }) << 32.0 << "low";
    QTest::newRow("raw 12: 48") << answers({ 3, 3, 2, 2, 2 }) << 48.0 << "low";
    QTest::newRow("raw 13: 52 just above 50") << answers({ 3, 3, 3, 2, 2 }) << 52.0 << "ok";
    QTest::newRow("raw 15: 60") << answers({ 3, 4, 2, 5, 1 }) << 60.0 << "ok";
    QTest::newRow("all fives: 100") << answers({ 5, 5, 5, 5, 5 }) << 100.0 << "ok";
}

void TestWellbeingScoring::who5ScoresAndBands()
{
    QFETCH(Answers, given);
    QFETCH(double, expected);
    QFETCH(QString, band);
    const auto s = score(who5Instrument(), given);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(s->value, expected);
    QCOMPARE(bandId(s->band), band);
    QCOMPARE(s->answered, 5);
}

void TestWellbeingScoring::who5CutOffsAreInclusive()
{
    // A raw sum × 4 never lands on 50 itself, but a school's own multiplier may: the rule is ≤.
    const Instrument who5 = who5Instrument();
    QCOMPARE(bandFor(who5, 50), Band::Low);
    QCOMPARE(bandFor(who5, 50.01), Band::Ok);
    QCOMPARE(bandFor(who5, 28), Band::Advise);
    QCOMPARE(bandFor(who5, 28.01), Band::Low);
    QCOMPARE(bandFor(who5, 0), Band::Advise);
    QCOMPARE(bandFor(who5, 100), Band::Ok);
}

void TestWellbeingScoring::who5RefusesPartialAnswers_data()
{
    QTest::addColumn<Answers>("given");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("three of five") << answers({ 3, 4, 2 }) << "2 unanswered";
    QTest::newRow("one left open") << answers({ 3, std::nullopt, 2, 5, 1 }) << "1 unanswered";
    QTest::newRow("none") << Answers() << "5 unanswered";
}

void TestWellbeingScoring::who5RefusesPartialAnswers()
{
    QFETCH(Answers, given);
    QFETCH(QString, mentions);
    const auto s = score(who5Instrument(), given);
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QStringLiteral("all 5 items")));
}

void TestWellbeingScoring::refusesOutOfRange_data()
{
    QTest::addColumn<bool>("who5");
    QTest::addColumn<Answers>("given");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("WHO-5 6") << true << answers({ 3, 4, 2, 5, 6 }) << "Answer 5";
    QTest::newRow("WHO-5 -1") << true << answers({ -1, 4, 2, 5, 1 }) << "-1 is out of range";
    QTest::newRow("pulse 0") << false << answers({ 0, 3 }) << "from 1 to 5";
    QTest::newRow("pulse 6") << false << answers({ 3, 6 }) << "6 is out of range";
}

void TestWellbeingScoring::refusesOutOfRange()
{
    QFETCH(bool, who5);
    QFETCH(Answers, given);
    QFETCH(QString, mentions);
    const auto s = score(who5 ? who5Instrument() : pulseInstrument(), given);
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void TestWellbeingScoring::refusesMoreAnswersThanItems()
{
    const auto s = score(pulseInstrument(), answers({ 1, 2, 3, 4, 5 }));
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(s.error().message.contains(QStringLiteral("4 items; 5 answers")),
        qPrintable(s.error().message));
}

void TestWellbeingScoring::pulseMeansOverAnsweredItems_data()
{
    QTest::addColumn<Answers>("given");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("answered");
    QTest::newRow("4 2 3 5") << answers({ 4, 2, 3, 5 }) << 3.5 << 4;
    QTest::newRow("4 2 _ 5") << answers({ 4, 2, std::nullopt, 5 }) << 11.0 / 3 << 3;
    QTest::newRow("only energy 1") << answers({ 1 }) << 1.0 << 1;
    QTest::newRow("all fives") << answers({ 5, 5, 5, 5 }) << 5.0 << 4;
}

void TestWellbeingScoring::pulseMeansOverAnsweredItems()
{
    QFETCH(Answers, given);
    QFETCH(double, expected);
    QFETCH(int, answered);
    const auto s = score(pulseInstrument(), given);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(s->value, expected);
    QCOMPARE(s->answered, answered);
    QCOMPARE(s->band, Band::Ok); // the pulse has no cut-offs
}

void TestWellbeingScoring::pulseNeedsOneAnswer()
{
    const auto s = score(pulseInstrument(), answers({ std::nullopt, std::nullopt }));
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(
        s.error().message.contains(QStringLiteral("at least one")), qPrintable(s.error().message));
}

void TestWellbeingScoring::selectionsMustComeFromTheInstrumentsLists_data()
{
    QTest::addColumn<bool>("who5");
    QTest::addColumn<Selections>("picked");
    QTest::addColumn<QString>("mentions"); ///< empty: accepted
    const QString blij = QStringLiteral("blij");
    const QString werkdruk = QStringLiteral("werkdruk");
    QTest::newRow("both lists") << false
                                << Selections { { blij, { QStringLiteral("collegas") } },
                                       { werkdruk,
                                           { QStringLiteral("e-mail"), QStringLiteral("ict") } } }
                                << QString();
    QTest::newRow("nothing picked") << false << Selections() << QString();
    QTest::newRow("unknown list") << false
                                  << Selections { { QStringLiteral("sport"),
                                         { QStringLiteral("voetbal") } } }
                                  << QStringLiteral("sport");
    QTest::newRow("a list WHO-5 does not ask")
        << true << Selections { { blij, { QStringLiteral("collegas") } } } << blij;
    QTest::newRow("unknown option")
        << false << Selections { { werkdruk, { QStringLiteral("weer") } } }
        << QStringLiteral("weer");
    QTest::newRow("option of the other list")
        << false << Selections { { blij, { QStringLiteral("e-mail") } } }
        << QStringLiteral("e-mail");
    QTest::newRow("picked twice") << false
                                  << Selections { { werkdruk,
                                         { QStringLiteral("ict"), QStringLiteral("ict") } } }
                                  << QStringLiteral("twice");
}

void TestWellbeingScoring::selectionsMustComeFromTheInstrumentsLists()
{
    QFETCH(bool, who5);
    QFETCH(Selections, picked);
    QFETCH(QString, mentions);
    const Status s = checkSelections(
        who5 ? who5Instrument() : pulseInstrument(), defaultChoiceLists(), picked);
    if (mentions.isEmpty()) {
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        return;
    }
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void TestWellbeingScoring::builtinWordingAndLists()
{
    const Instrument who5 = who5Instrument();
    QCOMPARE(who5.items.size(), 5);
    QCOMPARE(who5.scale.anchors.first().label.nl, QStringLiteral("Nooit"));
    QCOMPARE(who5.scale.anchors.last().label.nl, QStringLiteral("De hele tijd"));
    QCOMPARE(who5.scale.anchors.first().label.en, QStringLiteral("At no time"));
    QCOMPARE(who5.scale.anchors.last().label.en, QStringLiteral("All of the time"));
    QCOMPARE(who5.items[0].text.en, QStringLiteral("I have felt cheerful and in good spirits"));
    QCOMPARE(who5.minScore(), 0.0);
    QCOMPARE(who5.maxScore(), 100.0);
    QCOMPARE(who5.period, PeriodKind::Fortnight);

    const Instrument pulse = pulseInstrument();
    QStringList itemIds;
    for (const InstrumentItem& item : pulse.items)
        itemIds << item.id;
    QCOMPARE(itemIds,
        (QStringList { QStringLiteral("energie"), QStringLiteral("werkdruk"),
            QStringLiteral("werkplezier"), QStringLiteral("balans") }));
    QCOMPARE(pulse.period, PeriodKind::Week);

    const QList<ChoiceList> lists = defaultChoiceLists();
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists[0].question.nl, QStringLiteral("Waar werd je deze week blij van?"));
    QCOMPARE(lists[0].options.size(), 6);
    QCOMPARE(lists[1].question.nl, QStringLiteral("Waar kwam je werkdruk vooral vandaan?"));
    QCOMPARE(lists[1].options.size(), 9);
    QCOMPARE(lists[1].findOption(QStringLiteral("ict-systemen"))->id, QStringLiteral("ict"));
    QCOMPARE(lists[0].findOption(QStringLiteral("Collega's"))->id, QStringLiteral("collegas"));
}

void TestWellbeingScoring::weeksStartOnMonday()
{
    // 2026-11-16 is a Monday.
    for (int d = 0; d < 7; ++d) {
        const Period p = periodOf(PeriodKind::Week, QDate(2026, 11, 16).addDays(d));
        QCOMPARE(p.start, QDate(2026, 11, 16));
        QCOMPARE(p.end, QDate(2026, 11, 22));
    }
    QCOMPARE(periodOf(PeriodKind::Week, QDate(2026, 11, 15)).start, QDate(2026, 11, 9));
}

void TestWellbeingScoring::fortnightsStartInEvenIsoWeeks_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    // ISO week 46 of 2026 starts on Monday 9 November.
    QTest::newRow("Monday of even week 46")
        << QDate(2026, 11, 9) << QDate(2026, 11, 9) << QDate(2026, 11, 22);
    QTest::newRow("Sunday of odd week 47")
        << QDate(2026, 11, 22) << QDate(2026, 11, 9) << QDate(2026, 11, 22);
    QTest::newRow("Monday of week 48")
        << QDate(2026, 11, 23) << QDate(2026, 11, 23) << QDate(2026, 12, 6);
    // 2026 has 53 ISO weeks: weeks 52, 53 and week 1 of 2027 form one three-week period.
    QTest::newRow("week 53 of 2026")
        << QDate(2026, 12, 31) << QDate(2026, 12, 21) << QDate(2027, 1, 10);
    QTest::newRow("week 1 of 2027")
        << QDate(2027, 1, 4) << QDate(2026, 12, 21) << QDate(2027, 1, 10);
    QTest::newRow("week 2 of 2027")
        << QDate(2027, 1, 11) << QDate(2027, 1, 11) << QDate(2027, 1, 24);
    // 2025 has 52 weeks: week 52 and week 1 of 2026 are a normal fortnight.
    QTest::newRow("week 1 of 2026")
        << QDate(2026, 1, 1) << QDate(2025, 12, 22) << QDate(2026, 1, 4);
}

void TestWellbeingScoring::fortnightsStartInEvenIsoWeeks()
{
    QFETCH(QDate, day);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const Period p = periodOf(PeriodKind::Fortnight, day);
    QCOMPARE(p.start, start);
    QCOMPARE(p.end, end);
}

void TestWellbeingScoring::periodsTileTheCalendar()
{
    // Ten years of days: every day in exactly one period, periods back to back, in step.
    for (PeriodKind kind : { PeriodKind::Week, PeriodKind::Fortnight }) {
        Period previous = periodOf(kind, QDate(2020, 1, 1));
        for (QDate day(2020, 1, 1); day < QDate(2030, 1, 1); day = day.addDays(1)) {
            const Period p = periodOf(kind, day);
            QVERIFY(p.contains(day));
            QCOMPARE(p.start.dayOfWeek(), 1);
            if (p.start != previous.start) {
                QCOMPARE(p.start, previous.end.addDays(1));
                previous = p;
            }
            const qint64 days = p.start.daysTo(p.end) + 1;
            if (kind == PeriodKind::Week)
                QCOMPARE(days, 7);
            else
                QVERIFY2((days == 14 || days == 21) && p.start.weekNumber() % 2 == 0,
                    qPrintable(p.start.toString(Qt::ISODate)));
        }
    }
}

QTEST_GUILESS_MAIN(TestWellbeingScoring)
#include "tst_wellbeing_scoring.moc"
