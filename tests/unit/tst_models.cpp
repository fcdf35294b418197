// The list models behind the journal, kernwaarden and year pages, driven as the views drive them
// while QAbstractItemModelTester (Fatal) checks every signal and index they emit.

#include "app_journal.h"
#include "teacher/journal/kernwaarde_summary_model.h"
#include "teacher/journal/reflection_list_model.h"
#include "teacher/journal/year_cells_model.h"
#include "tested_model.h"

#include <QSignalSpy>
#include <QTest>

using namespace kw;
using kw::test::AppJournal;
using kw::test::reflection;
using kw::test::strings;
using kw::test::Tested;

namespace {

const QDate today(2026, 11, 20); // a Friday; AppJournal's clock stands here

QStringList texts(const ReflectionListModel& m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out << m.data(m.index(row, 0), ReflectionListModel::TextRole).toString();
    return out;
}

/** The row of the kernwaarde summary with @p valueId, or -1. */
int summaryRow(const KernwaardeSummaryModel& m, const QString& valueId)
{
    for (int row = 0; row < m.rowCount(); ++row) {
        if (m.data(m.index(row, 0), KernwaardeSummaryModel::ValueIdRole).toString() == valueId)
            return row;
    }
    return -1;
}

/** The year view's row for a day: 31 columns per month, whether or not the day exists. */
int cellRow(int month, int day)
{
    return (month - 1) * YearCellsModel::columns + (day - 1);
}

/** A journal with six reflections the filter tests know by heart. */
void seedFilterJournal(AppJournal& j)
{
    QVERIFY(j.addAll({
        reflection(QStringLiteral("Gesprek met ouders over het rapport"), QDate(2026, 11, 18),
            { QStringLiteral("verbinding") }),
        reflection(QStringLiteral("Ouders bedankten voor de excursie"), QDate(2026, 11, 10),
            { QStringLiteral("verbinding"), QStringLiteral("vertrouwen") }),
        reflection(QStringLiteral("Leerlingen kozen zelf hun leerdoel"), QDate(2026, 10, 5),
            { QStringLiteral("eigenaarschap") }),
        reflection(QStringLiteral("Nieuwe rekenmethode uitgeprobeerd"), QDate(2026, 9, 14),
            { QStringLiteral("toekomstgericht") }),
        reflection(QStringLiteral("Collega coachte mij bij klassenmanagement"), QDate(2026, 6, 1),
            { QStringLiteral("talentontwikkeling") }),
        reflection(QStringLiteral("Moeilijk oudergesprek, toch vertrouwen gehouden"),
            QDate(2026, 3, 2), { QStringLiteral("vertrouwen") }),
    }));
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kw::test::useTestEnvironment(); }

    void reflectionListIsNewestFirstWithWeekSections()
    {
        AppJournal j;
        j.add(QStringLiteral("week 45"), QDate(2026, 11, 2));
        j.add(QStringLiteral("last year, ISO week 1"), QDate(2025, 12, 31));
        j.add(QStringLiteral("sunday last week"), QDate(2026, 11, 15));
        j.add(QStringLiteral("today, first"), today);
        j.add(QStringLiteral("monday this week"), QDate(2026, 11, 16));
        j.add(QStringLiteral("monday last week"), QDate(2026, 11, 9));
        j.add(QStringLiteral("today, second"), today);
        Tested<ReflectionListModel> t(j);

        QCOMPARE(texts(t.model),
            strings({ "today, second", "today, first", "monday this week", "sunday last week",
                "monday last week", "week 45", "last year, ISO week 1" }));
        const auto week
            = [&](int row) { return t.at(row, ReflectionListModel::WeekLabelRole).toString(); };
        QCOMPARE(week(0), QStringLiteral("This week · 16 Nov – 22 Nov 2026"));
        QCOMPARE(week(2), week(0));
        QCOMPARE(week(3), QStringLiteral("Last week · 9 Nov – 15 Nov 2026"));
        QCOMPARE(week(4), week(3));
        QCOMPARE(week(5), QStringLiteral("Week 45 · 2 Nov – 8 Nov 2026"));
        QCOMPARE(week(6), QStringLiteral("Week 1 · 29 Dec – 4 Jan 2026"));
        QCOMPARE(t.at(0, ReflectionListModel::DayRole).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(
            t.at(0, ReflectionListModel::DayLabelRole).toString(), QStringLiteral("Fri 20 Nov"));
        QCOMPARE(t.model.totalCount(), 7);
        QVERIFY(!t.model.filtered());
        QCOMPARE(t.model.error(), QString());
    }

    void reflectionListShowsNewReflectionsOnJournalChange()
    {
        AppJournal j;
        j.add(QStringLiteral("older"), QDate(2026, 11, 1));
        Tested<ReflectionListModel> t(j);
        QSignalSpy loaded(&t.model, &ReflectionListModel::loaded);

        const qint64 id = j.add(QStringLiteral("just written"), today);
        QVERIFY(id > 0);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(texts(t.model), strings({ "just written", "older" }));
        QCOMPARE(t.at(0, ReflectionListModel::ReflectionIdRole).toLongLong(), id);
        QCOMPARE(t.model.rowOf(id), 0);
        QCOMPARE(t.model.idAt(0), id);
        QCOMPARE(t.model.totalCount(), 2);
    }

    void richTextEscapesHtmlAndBoldsSearchMatches()
    {
        AppJournal j;
        j.add(QStringLiteral("Ouders schreven <b>top</b> & \"dank\"\nTweede regel"), today);
        Tested<ReflectionListModel> t(j);

        QCOMPARE(t.at(0, ReflectionListModel::RichTextRole).toString(),
            QStringLiteral("Ouders schreven &lt;b&gt;top&lt;/b&gt; &amp; &quot;dank&quot;"
                           "<br>Tweede regel"));
        QCOMPARE(t.at(0, ReflectionListModel::TextRole).toString(),
            QStringLiteral("Ouders schreven <b>top</b> & \"dank\"\nTweede regel"));

        t.model.setSearchText(QStringLiteral("ouder"));
        QCOMPARE(t.model.rowCount(), 1);
        const QString rich = t.at(0, ReflectionListModel::RichTextRole).toString();
        QVERIFY2(rich.startsWith(QStringLiteral("<b><font color=\"#b04a00\">Ouders</font></b> "
                                                "schreven &lt;b&gt;top")),
            qPrintable(rich));
        QVERIFY2(!rich.contains(QStringLiteral("<b>top")), qPrintable(rich));

        t.model.setSearchText(QStringLiteral("top"));
        QVERIFY(t.at(0, ReflectionListModel::RichTextRole)
                    .toString()
                    .contains(QStringLiteral(
                        "&lt;b&gt;<b><font color=\"#b04a00\">top</font></b>&lt;/b&gt;")));
    }

    void filtersCombineAndClear()
    {
        AppJournal j;
        seedFilterJournal(j);
        Tested<ReflectionListModel> t(j);
        QSignalSpy filtersChanged(&t.model, &ReflectionListModel::filtersChanged);
        QCOMPARE(t.model.totalCount(), 6);

        t.model.setSearchText(QStringLiteral("ouders"));
        QCOMPARE(texts(t.model),
            strings(
                { "Gesprek met ouders over het rapport", "Ouders bedankten voor de excursie" }));
        QCOMPARE(t.model.totalCount(), 2);
        QVERIFY(t.model.filtered());

        t.model.toggleValue(QStringLiteral("vertrouwen"));
        QCOMPARE(t.model.valueFilter(), strings({ "vertrouwen" }));
        QCOMPARE(texts(t.model), strings({ "Ouders bedankten voor de excursie" }));

        t.model.setSearchText({});
        QCOMPARE(t.model.totalCount(), 2); // both vertrouwen reflections
        t.model.toggleValue(QStringLiteral("eigenaarschap")); // several kernwaarden: any matches
        QCOMPARE(t.model.totalCount(), 3);
        t.model.toggleValue(QStringLiteral("vertrouwen"));
        QCOMPARE(texts(t.model), strings({ "Leerlingen kozen zelf hun leerdoel" }));
        t.model.toggleValue(QStringLiteral("eigenaarschap"));
        QVERIFY(!t.model.filtered());
        QCOMPARE(t.model.totalCount(), 6);

        t.model.setFromDate(QStringLiteral("2026-09-14"));
        t.model.setToDate(QStringLiteral("2026-11-10"));
        QCOMPARE(t.model.fromDate(), QStringLiteral("2026-09-14"));
        QCOMPARE(texts(t.model),
            strings({ "Ouders bedankten voor de excursie", "Leerlingen kozen zelf hun leerdoel",
                "Nieuwe rekenmethode uitgeprobeerd" }));
        QVERIFY(t.model.filtered());

        t.model.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(t.model.rowCount(), 0);
        QCOMPARE(t.model.totalCount(), 0);
        QCOMPARE(t.model.error(), QString());

        filtersChanged.clear();
        t.model.clearFilters();
        QCOMPARE(filtersChanged.count(), 1);
        QCOMPARE(t.model.searchText(), QString());
        QCOMPARE(t.model.fromDate(), QString());
        QCOMPARE(t.model.valueFilter(), QStringList());
        QVERIFY(!t.model.filtered());
        QCOMPARE(t.model.totalCount(), 6);
        QCOMPARE(t.model.rowCount(), 6);
    }

    void searchWithoutWordsIsNoFilter()
    {
        AppJournal j;
        seedFilterJournal(j);
        Tested<ReflectionListModel> t(j);
        t.model.setSearchText(QStringLiteral(" \"* - "));
        QVERIFY(!t.model.filtered());
        QCOMPARE(t.model.rowCount(), 6);
    }

    void longJournalLoadsInPages()
    {
        AppJournal j;
        QList<Reflection> many;
        for (int i = 0; i < 250; ++i)
            many << reflection(QStringLiteral("Reflectie %1").arg(i), today.addDays(-i / 3),
                { i % 2 ? QStringLiteral("vertrouwen") : QStringLiteral("verbinding") });
        QVERIFY(j.addAll(many));
        // No tester here: QAbstractItemModelTester calls fetchMore() itself (see below).
        ReflectionListModel model;
        model.setJournal(&j.service());

        QCOMPARE(model.rowCount(), ReflectionListModel::pageSize);
        QCOMPARE(model.totalCount(), 250);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing left: no rows, no error
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.error(), QString());

        // Newest first across page borders, each reflection once.
        QDate previous = today;
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QDate day = QDate::fromString(
                index.data(ReflectionListModel::DayRole).toString(), Qt::ISODate);
            QVERIFY2(day <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = day;
            ids.insert(index.data(ReflectionListModel::ReflectionIdRole).toLongLong());
        }
        QCOMPARE(ids.size(), 250);

        model.toggleValue(QStringLiteral("vertrouwen"));
        QCOMPARE(model.totalCount(), 125);
        QCOMPARE(model.rowCount(), ReflectionListModel::pageSize);

        // The tester fetches the remaining page itself and checks the rows it inserts. (It cannot
        // watch a reset of a journal longer than a page: on Qt 6.4 it calls fetchMore() while it
        // still handles modelReset and then takes the insert for a change inside the reset.)
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 125);
        QVERIFY(!model.canFetchMore({}));
    }

    void removeAndUndoThroughTheJournal()
    {
        AppJournal j;
        j.add(QStringLiteral("eerste"), QDate(2026, 11, 1));
        const qint64 middle = j.add(QStringLiteral("tweede"), QDate(2026, 11, 2));
        j.add(QStringLiteral("derde"), QDate(2026, 11, 3));
        Tested<ReflectionListModel> t(j);
        QSignalSpy undoChanged(&j.service(), &JournalService::undoChanged);

        QCOMPARE(j.service().remove(middle), QString());
        QCOMPARE(texts(t.model), strings({ "derde", "eerste" }));
        QCOMPARE(t.model.totalCount(), 2);
        QCOMPARE(t.model.rowOf(middle), -1);
        QVERIFY(j.service().canUndoRemove());
        QCOMPARE(undoChanged.count(), 1);

        QCOMPARE(j.service().undoRemove(), QString());
        QCOMPARE(texts(t.model), strings({ "derde", "tweede", "eerste" }));
        QCOMPARE(t.model.rowOf(middle), 1);
        QVERIFY(!j.service().canUndoRemove());

        QCOMPARE(j.service().remove(987654), QStringLiteral("This reflection no longer exists."));
        QCOMPARE(t.model.totalCount(), 3);
    }

    void summaryCountsThisMonthAndYearInProfileOrder()
    {
        AppJournal j;
        j.add(QStringLiteral("deze maand, twee waarden"), QDate(2026, 11, 3),
            { QStringLiteral("vertrouwen"), QStringLiteral("verbinding") });
        j.add(QStringLiteral("vandaag"), today, { QStringLiteral("vertrouwen") });
        j.add(QStringLiteral("in maart"), QDate(2026, 3, 10), { QStringLiteral("vertrouwen") });
        j.add(QStringLiteral("1 januari"), QDate(2026, 1, 1), { QStringLiteral("eigenaarschap") });
        j.add(QStringLiteral("vorig jaar"), QDate(2025, 12, 31),
            { QStringLiteral("toekomstgericht") });
        Tested<KernwaardeSummaryModel> t(j);

        QStringList ids;
        for (int row = 0; row < t.model.rowCount(); ++row)
            ids << t.at(row, KernwaardeSummaryModel::ValueIdRole).toString();
        QCOMPARE(ids,
            strings({ "eigenaarschap", "talentontwikkeling", "vertrouwen", "verbinding",
                "toekomstgericht" }));

        const int vertrouwen = summaryRow(t.model, QStringLiteral("vertrouwen"));
        QCOMPARE(t.at(vertrouwen, KernwaardeSummaryModel::NameRole).toString(),
            QStringLiteral("Vertrouwen"));
        QCOMPARE(t.at(vertrouwen, KernwaardeSummaryModel::ColorRole).toString(),
            QStringLiteral("#C62828"));
        QVERIFY(t.at(vertrouwen, KernwaardeSummaryModel::DescriptionRole)
                    .toString()
                    .startsWith(QStringLiteral("Je bent betrouwbaar")));

        const auto counts = [&](const char* valueId) {
            const int row = summaryRow(t.model, QString::fromLatin1(valueId));
            return QPair<int, int>(t.at(row, KernwaardeSummaryModel::ThisMonthRole).toInt(),
                t.at(row, KernwaardeSummaryModel::ThisYearRole).toInt());
        };
        QCOMPARE(counts("vertrouwen"), qMakePair(2, 3));
        QCOMPARE(counts("verbinding"), qMakePair(1, 1));
        QCOMPARE(counts("eigenaarschap"), qMakePair(0, 1));
        QCOMPARE(counts("toekomstgericht"), qMakePair(0, 0)); // last year does not count
        QCOMPARE(counts("talentontwikkeling"), qMakePair(0, 0));
        QCOMPARE(t.model.totalThisYear(), 5);
        QCOMPARE(t.model.error(), QString());
    }

    void summaryFollowsJournalChanges()
    {
        AppJournal j;
        Tested<KernwaardeSummaryModel> t(j);
        QSignalSpy refreshed(&t.model, &KernwaardeSummaryModel::refreshed);
        const int row = summaryRow(t.model, QStringLiteral("verbinding"));
        QCOMPARE(t.model.totalThisYear(), 0);

        const qint64 id = j.add(QStringLiteral("nieuw"), today, { QStringLiteral("verbinding") });
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(t.at(row, KernwaardeSummaryModel::ThisMonthRole).toInt(), 1);
        QCOMPARE(t.model.totalThisYear(), 1);

        QCOMPARE(j.service().remove(id), QString());
        QCOMPARE(t.at(row, KernwaardeSummaryModel::ThisMonthRole).toInt(), 0);
        QCOMPARE(t.model.totalThisYear(), 0);
    }

    void yearCellsAreATwelveBy31Grid()
    {
        AppJournal j;
        Tested<YearCellsModel> t(j);
        QCOMPARE(t.model.year(), 2026); // the clock's year until one is chosen
        QCOMPARE(t.model.rowCount(), 12 * 31);

        const auto real = [&](int month, int day) {
            return t.at(cellRow(month, day), YearCellsModel::RealRole).toBool();
        };
        QVERIFY(real(1, 1));
        QVERIFY(real(2, 28));
        QVERIFY(!real(2, 29)); // 2026 is no leap year
        QVERIFY(!real(2, 30));
        QVERIFY(!real(4, 31));
        QVERIFY(real(12, 31));
        QCOMPARE(t.at(cellRow(2, 30), YearCellsModel::DayRole).toString(), QString());
        QCOMPARE(t.at(cellRow(4, 31), YearCellsModel::ColorRole).toString(), QString());
        QCOMPARE(t.at(cellRow(12, 31), YearCellsModel::DayRole).toString(),
            QStringLiteral("2026-12-31"));
        QVERIFY(t.at(cellRow(12, 31), YearCellsModel::FutureRole).toBool());
        QVERIFY(!t.at(cellRow(11, 20), YearCellsModel::FutureRole).toBool());

        t.model.setYear(2024);
        QVERIFY(real(2, 29));
        QVERIFY(!real(2, 30));
        QCOMPARE(t.model.monthLabels().size(), 12);
        QCOMPARE(t.model.monthLabels().first(), QStringLiteral("Jan"));
    }

    void yearCellsColourEachDayByItsDominantValue()
    {
        AppJournal j;
        const QDate busy(2026, 3, 10);
        j.add(QStringLiteral("a"), busy, { QStringLiteral("vertrouwen") });
        j.add(QStringLiteral("b"), busy,
            { QStringLiteral("vertrouwen"), QStringLiteral("verbinding") });
        j.add(QStringLiteral("c"), QDate(2026, 3, 11),
            { QStringLiteral("verbinding"), QStringLiteral("eigenaarschap") });
        j.add(QStringLiteral("d"), QDate(2025, 6, 1), { QStringLiteral("talentontwikkeling") });
        Tested<YearCellsModel> t(j);
        const auto cell
            = [&](int month, int day, int role) { return t.at(cellRow(month, day), role); };

        QCOMPARE(cell(3, 10, YearCellsModel::ValueIdRole).toString(), QStringLiteral("vertrouwen"));
        QCOMPARE(cell(3, 10, YearCellsModel::ColorRole).toString(), QStringLiteral("#C62828"));
        QCOMPARE(cell(3, 10, YearCellsModel::MentionsRole).toInt(), 3);
        QCOMPARE(cell(3, 10, YearCellsModel::LabelRole).toString(),
            QStringLiteral("Tue 10 Mar: Vertrouwen"));
        // A tie goes to the kernwaarde the school lists first.
        QCOMPARE(
            cell(3, 11, YearCellsModel::ValueIdRole).toString(), QStringLiteral("eigenaarschap"));
        QCOMPARE(cell(3, 11, YearCellsModel::ColorRole).toString(), QStringLiteral("#1565C0"));
        QCOMPARE(cell(3, 12, YearCellsModel::ColorRole).toString(), QString());
        QCOMPARE(cell(3, 12, YearCellsModel::MentionsRole).toInt(), 0);
        QCOMPARE(t.model.daysWithReflection(), 2);

        QSignalSpy yearChanged(&t.model, &YearCellsModel::yearChanged);
        t.model.setYear(2025);
        QCOMPARE(yearChanged.count(), 1);
        QCOMPARE(t.model.daysWithReflection(), 1);
        QCOMPARE(cell(6, 1, YearCellsModel::ColorRole).toString(), QStringLiteral("#2E7D32"));
        QCOMPARE(cell(3, 10, YearCellsModel::ColorRole).toString(), QString());
        t.model.setYear(1999); // out of range: ignored
        QCOMPARE(t.model.year(), 2025);
        QCOMPARE(yearChanged.count(), 1);

        t.model.setYear(2026);
        t.model.setValueId(QStringLiteral("verbinding"));
        QCOMPARE(t.model.daysWithReflection(), 2);
        QCOMPARE(cell(3, 10, YearCellsModel::ValueIdRole).toString(), QStringLiteral("verbinding"));
        QCOMPARE(cell(3, 10, YearCellsModel::MentionsRole).toInt(), 1);
        QCOMPARE(cell(3, 11, YearCellsModel::ColorRole).toString(), QStringLiteral("#6A1B9A"));
        t.model.setValueId(QStringLiteral("toekomstgericht"));
        QCOMPARE(t.model.daysWithReflection(), 0);
        QCOMPARE(cell(3, 10, YearCellsModel::ColorRole).toString(), QString());
    }

    void yearCellsFollowJournalChanges()
    {
        AppJournal j;
        Tested<YearCellsModel> t(j);
        QCOMPARE(t.model.daysWithReflection(), 0);
        const qint64 id
            = j.add(QStringLiteral("vandaag"), today, { QStringLiteral("toekomstgericht") });
        QCOMPARE(t.model.daysWithReflection(), 1);
        QCOMPARE(
            t.at(cellRow(11, 20), YearCellsModel::ColorRole).toString(), QStringLiteral("#E65100"));
        QCOMPARE(j.service().remove(id), QString());
        QCOMPARE(t.model.daysWithReflection(), 0);
        QCOMPARE(t.at(cellRow(11, 20), YearCellsModel::ColorRole).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
