// The check-in screen's controller over a real journal: answering, refusals that keep the
// answers, the replace notice, and the support contacts shown only for a low WHO-5.
#include "app_journal.h"
#include "teacher/wellbeing/checkin_form.h"

#include <QTest>

using namespace kw;

namespace {

void answerAll(CheckinForm& form, std::initializer_list<int> values)
{
    int item = 0;
    for (int v : values)
        form.setAnswer(item++, v);
}

} // namespace

class TstCheckinForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestEnvironment(); }

    void who5ShowsItsItemsScaleAndPeriod()
    {
        test::AppJournal journal; // Friday 2026-11-20, ISO week 47: fortnight 9–22 November
        CheckinForm form;
        form.setJournal(&journal.service());
        form.setInstrumentId(QStringLiteral("who5"));
        QCOMPARE(form.items().size(), 5);
        QCOMPARE(form.scaleMin(), 0);
        QCOMPARE(form.scaleMax(), 5);
        QVERIFY(!form.lowLabel().isEmpty());
        QVERIFY(form.periodLabel().startsWith(QStringLiteral("9 Nov")));
        QCOMPARE(form.openCount(), 5);
        QVERIFY(!form.answeredBefore());
    }

    void partialWho5IsRefusedAndKeepsTheAnswers()
    {
        test::AppJournal journal;
        CheckinForm form;
        form.setJournal(&journal.service());
        form.setInstrumentId(QStringLiteral("who5"));
        answerAll(form, { 3, 4 });
        QVERIFY(!form.save());
        QVERIFY2(form.errorText().contains(QStringLiteral("3")), qPrintable(form.errorText()));
        QCOMPARE(form.answers().value(0).toInt(), 3);
        QCOMPARE(form.answers().value(2).toInt(), -1);
        QVERIFY(!form.done());
    }

    void lowWho5PointsToSupportOnlyThen()
    {
        test::AppJournal journal;
        CheckinForm low;
        low.setJournal(&journal.service());
        low.setInstrumentId(QStringLiteral("who5"));
        answerAll(low, { 1, 1, 1, 2, 1 }); // raw 6 × 4 = 24: at or below 28
        QVERIFY(low.save());
        QCOMPARE(low.band(), QStringLiteral("advise"));
        QVERIFY(low.scoreText().startsWith(QStringLiteral("24")));
        QVERIFY(low.supportContacts().size() >= 2);
        QVERIFY(low.answeredBefore());

        CheckinForm again; // the same fortnight: answering again replaces
        again.setJournal(&journal.service());
        again.setInstrumentId(QStringLiteral("who5"));
        QVERIFY(again.answeredBefore());
        answerAll(again, { 4, 4, 4, 4, 4 }); // 80
        QVERIFY(again.save());
        QCOMPARE(again.band(), QStringLiteral("ok"));
        QVERIFY(again.supportContacts().isEmpty());
        auto stored = journal.service().checkins()->list({ QStringLiteral("who5"), {}, {}, 10 });
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(qRound(stored->first().score), 80);
    }

    void pulseStoresChoicesAndTappingTwiceClears()
    {
        test::AppJournal journal;
        CheckinForm form;
        form.setJournal(&journal.service());
        form.setInstrumentId(QStringLiteral("pulse"));
        QCOMPARE(form.choiceLists().size(), 2);
        form.setAnswer(0, 4);
        form.setAnswer(0, 4); // same value again: open
        QCOMPARE(form.answers().value(0).toInt(), -1);
        answerAll(form, { 4, 2, 5, 3 });
        form.toggleChoice(QStringLiteral("werkdruk"), QStringLiteral("e-mail"));
        form.toggleChoice(QStringLiteral("werkdruk"), QStringLiteral("administratie"));
        form.toggleChoice(QStringLiteral("werkdruk"), QStringLiteral("administratie"));
        QVERIFY(form.save());
        auto counts = journal.service().checkins()->choiceCounts(
            QStringLiteral("werkdruk"), QDate(2026, 11, 16), QDate(2026, 11, 22));
        QVERIFY(counts.ok());
        int email = -1;
        int admin = -1;
        for (const OptionCount& c : *counts) {
            if (c.optionId == QStringLiteral("e-mail"))
                email = c.count;
            if (c.optionId == QStringLiteral("administratie"))
                admin = c.count;
        }
        QCOMPARE(email, 1);
        QCOMPARE(admin, 0);
    }

    void unknownInstrumentShowsNothing()
    {
        test::AppJournal journal;
        CheckinForm form;
        form.setJournal(&journal.service());
        form.setInstrumentId(QStringLiteral("uwes9"));
        QVERIFY(form.items().isEmpty());
        QVERIFY(!form.save());
    }
};

QTEST_MAIN(TstCheckinForm)
#include "tst_checkin_form.moc"
