// Kernwaarde statistics: the month/year counts and the year view of dominant values.
#include "journal/value_stats.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using kw::test::TempJournal;

namespace {

const QString eigenaarschap = QStringLiteral("eigenaarschap");
const QString talentontwikkeling = QStringLiteral("talentontwikkeling");
const QString vertrouwen = QStringLiteral("vertrouwen");
const QString verbinding = QStringLiteral("verbinding");
const QString toekomstgericht = QStringLiteral("toekomstgericht");

/** "month/year" per kernwaarde in profile order, e.g. "1/3 0/1 0/0 0/0 0/0": easy to compare. */
QString summaryLine(const QList<ValueSummary>& summaries)
{
    QStringList parts;
    for (const ValueSummary& s : summaries)
        parts << QStringLiteral("%1/%2").arg(s.thisMonth).arg(s.thisYear);
    return parts.join(QLatin1Char(' '));
}

const DayCell& cellOn(const QList<DayCell>& cells, QDate day)
{
    return cells.at(int(QDate(day.year(), 1, 1).daysTo(day)));
}

} // namespace

class TestValueStats : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void summaryHasEveryValueInProfileOrder();
    void summaryCountsAroundMonthAndYearBoundaries_data();
    void summaryCountsAroundMonthAndYearBoundaries();
    void yearHasOneCellPerDay_data();
    void yearHasOneCellPerDay();
    void dayShowsTheValueReflectedOnMost();
    void tieGoesToTheValueFirstInTheProfile();
    void onlyValueIdShowsThatValueAlone();
    void removedReflectionsAreNotCounted();
    void monthsRunOldestFirstAcrossTheYearEnd();

private:
    void add(QDate day, const QStringList& values, bool removed = false);

    std::unique_ptr<TempJournal> m_journal;
};

void TestValueStats::init()
{
    // The clock is late enough that every hand-built day is in the past.
    m_journal = std::make_unique<TempJournal>(test::localTime(QDate(2027, 6, 1)));
    QVERIFY(m_journal->open().ok());
}

void TestValueStats::add(QDate day, const QStringList& values, bool removed)
{
    const qint64 id = m_journal->add(
        QStringLiteral("Reflectie van %1").arg(day.toString(Qt::ISODate)), day, values);
    QVERIFY(id > 0);
    if (removed)
        QVERIFY(m_journal->store().remove(id).ok());
}

void TestValueStats::summaryHasEveryValueInProfileOrder()
{
    auto summaries = summarizeValues(m_journal->store(), QDate(2026, 11, 20));
    QVERIFY(summaries.ok());
    QStringList ids;
    for (const ValueSummary& s : *summaries)
        ids << s.valueId;
    QCOMPARE(ids,
        (QStringList {
            eigenaarschap, talentontwikkeling, vertrouwen, verbinding, toekomstgericht }));
    QCOMPARE(summaryLine(*summaries), QStringLiteral("0/0 0/0 0/0 0/0 0/0"));
}

void TestValueStats::summaryCountsAroundMonthAndYearBoundaries_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected"); ///< month/year per kernwaarde, in profile order
    QTest::newRow("first of March") << QDate(2026, 3, 1) << QStringLiteral("1/3 0/0 0/1 1/1 1/1");
    QTest::newRow("last of February")
        << QDate(2026, 2, 28) << QStringLiteral("2/2 0/0 0/1 0/0 0/0");
    QTest::newRow("New Year's Day") << QDate(2026, 1, 1) << QStringLiteral("0/0 0/0 1/1 0/0 0/0");
    QTest::newRow("New Year's Eve") << QDate(2025, 12, 31) << QStringLiteral("0/1 0/0 1/1 0/0 0/0");
    QTest::newRow("end of March") << QDate(2026, 3, 31) << QStringLiteral("1/3 0/0 0/1 2/2 1/1");
}

void TestValueStats::summaryCountsAroundMonthAndYearBoundaries()
{
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    add(QDate(2025, 3, 1), { eigenaarschap }); // same day, a year earlier
    add(QDate(2025, 12, 31), { vertrouwen });
    add(QDate(2026, 1, 1), { vertrouwen });
    add(QDate(2026, 2, 1), { eigenaarschap });
    add(QDate(2026, 2, 28), { eigenaarschap });
    add(QDate(2026, 3, 1), { eigenaarschap });
    add(QDate(2026, 3, 1), { verbinding, toekomstgericht }); // counts for both
    add(QDate(2026, 3, 1), { talentontwikkeling }, true); // removed
    add(QDate(2026, 3, 2), { verbinding }); // after the first of March
    auto summaries = summarizeValues(m_journal->store(), today);
    QVERIFY(summaries.ok());
    QCOMPARE(summaryLine(*summaries), expected);
}

void TestValueStats::yearHasOneCellPerDay_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("days");
    QTest::newRow("2026") << 2026 << 365;
    QTest::newRow("leap year 2024") << 2024 << 366;
}

void TestValueStats::yearHasOneCellPerDay()
{
    QFETCH(int, year);
    QFETCH(int, days);
    add(QDate(year - 1, 12, 31), { vertrouwen });
    add(QDate(year, 12, 31), { verbinding });
    add(QDate(year + 1, 1, 1), { vertrouwen });
    auto cells = yearCells(m_journal->store(), year);
    QVERIFY(cells.ok());
    QCOMPARE(cells->size(), days);
    for (int i = 0; i < days; ++i)
        QCOMPARE(cells->at(i).day, QDate(year, 1, 1).addDays(i));
    QCOMPARE(cells->first().valueId, QString());
    QCOMPARE(cells->first().mentions, 0);
    QCOMPARE(cells->last().valueId, verbinding);
    QCOMPARE(cells->last().mentions, 1);
}

void TestValueStats::dayShowsTheValueReflectedOnMost()
{
    const QDate day(2026, 5, 12);
    add(day, { verbinding });
    add(day, { toekomstgericht, vertrouwen });
    add(day, { toekomstgericht });
    auto cells = yearCells(m_journal->store(), 2026);
    QVERIFY(cells.ok());
    QCOMPARE(cellOn(*cells, day).valueId, toekomstgericht);
    QCOMPARE(cellOn(*cells, day).mentions, 4);
    QCOMPARE(cellOn(*cells, day.addDays(1)).valueId, QString());
}

void TestValueStats::tieGoesToTheValueFirstInTheProfile()
{
    // Alphabetical order and the order of writing both point the other way than profile order.
    const QDate first(2026, 4, 1);
    add(first, { verbinding });
    add(first, { vertrouwen });
    const QDate second(2026, 4, 2);
    add(second, { toekomstgericht });
    add(second, { verbinding });
    const QDate third(2026, 4, 3);
    add(third, { toekomstgericht, talentontwikkeling });
    auto cells = yearCells(m_journal->store(), 2026);
    QVERIFY(cells.ok());
    QCOMPARE(cellOn(*cells, first).valueId, vertrouwen);
    QCOMPARE(cellOn(*cells, second).valueId, verbinding);
    QCOMPARE(cellOn(*cells, third).valueId, talentontwikkeling);
}

void TestValueStats::onlyValueIdShowsThatValueAlone()
{
    const QDate mixed(2026, 9, 1);
    add(mixed, { vertrouwen });
    add(mixed, { vertrouwen });
    add(mixed, { verbinding });
    const QDate other(2026, 9, 2);
    add(other, { vertrouwen });
    auto cells = yearCells(m_journal->store(), 2026, verbinding);
    QVERIFY(cells.ok());
    QCOMPARE(cellOn(*cells, mixed).valueId, verbinding);
    QCOMPARE(cellOn(*cells, mixed).mentions, 1);
    QCOMPARE(cellOn(*cells, other).valueId, QString());
    QCOMPARE(cellOn(*cells, other).mentions, 0);
}

void TestValueStats::removedReflectionsAreNotCounted()
{
    const QDate onlyRemoved(2026, 2, 10);
    add(onlyRemoved, { vertrouwen }, true);
    const QDate changesWinner(2026, 2, 11);
    add(changesWinner, { verbinding });
    add(changesWinner, { toekomstgericht });
    add(changesWinner, { toekomstgericht }, true);
    auto cells = yearCells(m_journal->store(), 2026);
    QVERIFY(cells.ok());
    QCOMPARE(cellOn(*cells, onlyRemoved).valueId, QString());
    QCOMPARE(cellOn(*cells, onlyRemoved).mentions, 0);
    QCOMPARE(cellOn(*cells, changesWinner).valueId, verbinding);
    QCOMPARE(cellOn(*cells, changesWinner).mentions, 2);
}

void TestValueStats::monthsRunOldestFirstAcrossTheYearEnd()
{
    add(QDate(2026, 10, 31), { vertrouwen }); // before the window: not counted
    add(QDate(2026, 11, 1), { vertrouwen, verbinding });
    add(QDate(2026, 12, 31), { eigenaarschap });
    add(QDate(2027, 1, 1), { eigenaarschap });
    add(QDate(2027, 1, 15), { toekomstgericht }, true); // removed
    auto months = countsPerMonth(m_journal->store(), QDate(2027, 1, 20), 3);
    QVERIFY(months.ok());
    QCOMPARE(months->size(), 3);
    QCOMPARE(months->at(0).month, QDate(2026, 11, 1));
    QCOMPARE(months->at(2).month, QDate(2027, 1, 1));
    // Profile order: eigenaarschap, talentontwikkeling, vertrouwen, verbinding, toekomstgericht.
    QCOMPARE(months->at(0).perValue, QList<int>({ 0, 0, 1, 1, 0 }));
    QCOMPARE(months->at(1).perValue, QList<int>({ 1, 0, 0, 0, 0 }));
    QCOMPARE(months->at(2).perValue, QList<int>({ 1, 0, 0, 0, 0 }));
}

QTEST_GUILESS_MAIN(TestValueStats)
#include "tst_value_stats.moc"
