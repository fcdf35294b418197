// The check-in store over a real journal database: replace-per-period, round trips, trends,
// the step-4 migration, and the profile rules for instruments a school loads itself.
#include "storage/app_state_store.h"
#include "test_support.h"
#include "wellbeing/builtin_instruments.h"
#include "wellbeing/checkin_store.h"

#include <QTest>
#include <functional>

using namespace kw;
using kw::test::TempJournal;

namespace {

using Edit = std::function<void(SchoolProfile&)>;

CheckinInput who5(QDate day, const Answers& answers)
{
    return { QStringLiteral("who5"), day, answers, {} };
}

CheckinInput pulse(QDate day, const Answers& answers, const Selections& choices = {})
{
    return { QStringLiteral("pulse"), day, answers, choices };
}

const QString blij = QStringLiteral("blij");
const QString werkdruk = QStringLiteral("werkdruk");

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestCheckinStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answersAndChoicesRoundTrip();
    void secondCheckinForThePeriodReplacesTheFirst();
    void differentPeriodsKeepBoth();
    void refusedInputChangesNothing_data();
    void refusedInputChangesNothing();
    void failedReplaceKeepsTheEarlierCheckin();
    void listFiltersByInstrumentAndOverlappingPeriods();
    void latestAndDue();
    void scoresPerPeriodOldestFirst();
    void pulseItemMeansPerWeek();
    void choiceCountsInProfileOrderWithZeros();
    void migratesFromVersion3KeepingReflections();
    void profileRefusesBrokenInstruments_data();
    void profileRefusesBrokenInstruments();
    void aSchoolsOwnInstrumentWorks();

private:
    CheckinStore& store() { return *m_store; }
    qint64 rows(const char* table);
    SavedCheckin added(const CheckinInput& input);

    std::unique_ptr<TempJournal> m_journal;
    std::unique_ptr<CheckinStore> m_store;
};

void TestCheckinStore::init()
{
    m_journal = std::make_unique<TempJournal>();
    QVERIFY(m_journal->open().ok());
    m_store
        = std::make_unique<CheckinStore>(m_journal->db(), m_journal->profile(), m_journal->clock());
}

void TestCheckinStore::cleanup()
{
    m_store.reset();
    m_journal.reset();
}

qint64 TestCheckinStore::rows(const char* table)
{
    return test::scalar(m_journal->db(), QByteArray("SELECT count(*) FROM ") + table);
}

SavedCheckin TestCheckinStore::added(const CheckinInput& input)
{
    auto saved = store().add(input);
    if (!saved) {
        qWarning() << saved.error().message;
        return {};
    }
    return *saved;
}

void TestCheckinStore::answersAndChoicesRoundTrip()
{
    const SavedCheckin saved = added(pulse(QDate(2026, 11, 18), { 4, 2, std::nullopt, 5 },
        { { blij, { QStringLiteral("collegas"), QStringLiteral("waardering") } },
            { werkdruk, { QStringLiteral("e-mail") } } }));
    QVERIFY(saved.checkin.id > 0);
    QVERIFY(!saved.replaced);

    const auto listed = store().list({});
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    const Checkin& c = listed->first();
    QCOMPARE(c.id, saved.checkin.id);
    QCOMPARE(c.instrumentId, QStringLiteral("pulse"));
    QCOMPARE(c.instrumentVersion, 1);
    QCOMPARE(c.period.start, QDate(2026, 11, 16));
    QCOMPARE(c.period.end, QDate(2026, 11, 22));
    QCOMPARE(c.answered, test::defaultNow());
    QCOMPARE(c.score, 3.67); // 11 / 3, kept in hundredths
    QCOMPARE(c.band, Band::Ok);
    const QMap<QString, int> expectedAnswers { { QStringLiteral("energie"), 4 },
        { QStringLiteral("werkdruk"), 2 }, { QStringLiteral("balans"), 5 } };
    QCOMPARE(c.answers, expectedAnswers);
    QCOMPARE(c.choices.value(blij),
        (QStringList { QStringLiteral("collegas"), QStringLiteral("waardering") }));
    QCOMPARE(c.choices.value(werkdruk), QStringList { QStringLiteral("e-mail") });
    QCOMPARE(c.answers, saved.checkin.answers);
    QCOMPARE(c.choices, saved.checkin.choices);
}

void TestCheckinStore::secondCheckinForThePeriodReplacesTheFirst()
{
    // 10 and 20 November are in the same WHO-5 fortnight (9–22 November).
    const SavedCheckin first = added(who5(QDate(2026, 11, 10), { 3, 4, 2, 5, 1 }));
    QCOMPARE(first.checkin.score, 60.0);
    m_journal->clock().advanceMs(60'000);
    const SavedCheckin second = added(who5(QDate(2026, 11, 20), { 1, 1, 2, 1, 2 }));
    QVERIFY(second.replaced);
    QCOMPARE(second.checkin.band, Band::Advise);

    const auto listed = store().list({});
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().score, 28.0);
    QCOMPARE(listed->first().answers.value(QStringLiteral("opgewekt")), 1);
    QCOMPARE(listed->first().answered, test::defaultNow().addSecs(60));
    QCOMPARE(rows("checkin_answer"), 5);

    // The pulse: the replaced check-in's choices go with it.
    added(pulse(QDate(2026, 11, 16), { 3 }, { { blij, { QStringLiteral("collegas") } } }));
    QVERIFY(added(pulse(QDate(2026, 11, 19), { 4 }, { { werkdruk, { QStringLiteral("ict") } } }))
                .replaced);
    QCOMPARE(rows("checkin_choice"), 1);
    const auto counts = store().choiceCounts(blij, {}, {});
    QVERIFY(counts.ok());
    for (const OptionCount& c : *counts)
        QCOMPARE(c.count, 0);
    QCOMPARE(rows("checkin"), 2);
}

void TestCheckinStore::differentPeriodsKeepBoth()
{
    // Sunday 15 and Monday 16 November: two pulse weeks. 22 and 23 November: two fortnights.
    QVERIFY(!added(pulse(QDate(2026, 11, 15), { 3 })).replaced);
    QVERIFY(!added(pulse(QDate(2026, 11, 16), { 4 })).replaced);
    m_journal->clock().set(test::localTime(QDate(2026, 11, 24)));
    QVERIFY(!added(who5(QDate(2026, 11, 22), { 3, 3, 3, 3, 3 })).replaced);
    QVERIFY(!added(who5(QDate(2026, 11, 23), { 4, 4, 4, 4, 4 })).replaced);
    QCOMPARE(rows("checkin"), 4);
}

void TestCheckinStore::refusedInputChangesNothing_data()
{
    QTest::addColumn<CheckinInput>("input");
    QTest::addColumn<QString>("mentions");
    const QDate day(2026, 11, 18);
    QTest::newRow("partial WHO-5") << who5(day, { 3, 4, 2 }) << "2 unanswered";
    QTest::newRow("WHO-5 answer 6") << who5(day, { 3, 4, 2, 5, 6 }) << "out of range";
    QTest::newRow("pulse answer 0") << pulse(day, { 0 }) << "out of range";
    QTest::newRow("unknown instrument")
        << CheckinInput { QStringLiteral("uwes9"), day, { 3 }, {} } << "uwes9";
    QTest::newRow("tomorrow") << who5(QDate(2026, 11, 21), { 3, 3, 3, 3, 3 }) << "future";
    QTest::newRow("no day") << who5(QDate(), { 3, 3, 3, 3, 3 }) << "2000";
    QTest::newRow("unknown option")
        << pulse(day, { 3 }, { { werkdruk, { QStringLiteral("weer") } } }) << "weer";
}

void TestCheckinStore::refusedInputChangesNothing()
{
    QFETCH(CheckinInput, input);
    QFETCH(QString, mentions);
    // An earlier check-in of the same period must survive a refused second one.
    added(who5(QDate(2026, 11, 10), { 3, 4, 2, 5, 1 }));
    added(pulse(QDate(2026, 11, 16), { 3 }, { { blij, { QStringLiteral("collegas") } } }));
    const auto saved = store().add(input);
    QCOMPARE(test::codeOf(saved), "InvalidInput");
    QVERIFY2(saved.error().message.contains(mentions), qPrintable(saved.error().message));
    QCOMPARE(rows("checkin"), 2);
    QCOMPARE(rows("checkin_answer"), 6);
    QCOMPARE(rows("checkin_choice"), 1);
}

void TestCheckinStore::failedReplaceKeepsTheEarlierCheckin()
{
    added(pulse(QDate(2026, 11, 16), { 2, 3 }, { { blij, { QStringLiteral("collegas") } } }));
    // Storage fails half-way through the replacement: after the delete and the new row.
    QVERIFY(m_journal->db()
                .exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON checkin_choice BEGIN "
                      "SELECT RAISE(ABORT, 'boom'); END;")
                .ok());
    const auto failed = store().add(
        pulse(QDate(2026, 11, 18), { 5, 5 }, { { werkdruk, { QStringLiteral("ict") } } }));
    QVERIFY(!failed.ok());
    const auto listed = store().list({});
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().score, 2.5);
    QCOMPARE(listed->first().choices.value(blij), QStringList { QStringLiteral("collegas") });
}

void TestCheckinStore::listFiltersByInstrumentAndOverlappingPeriods()
{
    added(pulse(QDate(2026, 11, 2), { 1 })); // week 2–8 Nov
    added(pulse(QDate(2026, 11, 9), { 2 })); // week 9–15 Nov
    added(pulse(QDate(2026, 11, 16), { 3 })); // week 16–22 Nov
    added(who5(QDate(2026, 10, 30), { 3, 3, 3, 3, 3 })); // fortnight 26 Oct – 8 Nov
    added(who5(QDate(2026, 11, 9), { 4, 4, 4, 4, 4 })); // fortnight 9–22 Nov

    const auto scoresOf = [this](const CheckinQuery& q) {
        QList<double> scores;
        const auto listed = store().list(q);
        for (const Checkin& c : listed.value())
            scores << c.score;
        return scores;
    };
    QCOMPARE(scoresOf({}), (QList<double> { 3, 80, 2, 1, 60 }));
    QCOMPARE(scoresOf({ QStringLiteral("pulse"), {}, {}, 1000 }), (QList<double> { 3, 2, 1 }));
    // From Wednesday 11 to Thursday 12 November: the periods that overlap those days.
    QCOMPARE(scoresOf({ {}, QDate(2026, 11, 11), QDate(2026, 11, 12), 1000 }),
        (QList<double> { 80, 2 }));
    QCOMPARE(scoresOf({ QStringLiteral("who5"), QDate(2026, 11, 8), {}, 1000 }),
        (QList<double> { 80, 60 }));
    QCOMPARE(scoresOf({ {}, {}, {}, 2 }), (QList<double> { 3, 80 }));
}

void TestCheckinStore::latestAndDue()
{
    auto none = store().latest(QStringLiteral("who5"));
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());

    added(pulse(QDate(2026, 11, 20), { 4 }));
    added(who5(QDate(2026, 10, 30), { 3, 3, 3, 3, 3 }));
    auto latest = store().latest(QStringLiteral("who5"));
    QVERIFY(latest.ok() && latest->has_value());
    QCOMPARE((*latest)->period.start, QDate(2026, 10, 26));

    auto due = store().due();
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).instrumentId, QStringLiteral("who5"));
    QCOMPARE(due->at(0).period.start, QDate(2026, 11, 9));
    QVERIFY(!due->at(0).answered);
    QCOMPARE(due->at(1).instrumentId, QStringLiteral("pulse"));
    QCOMPARE(due->at(1).period.start, QDate(2026, 11, 16));
    QVERIFY(due->at(1).answered);

    added(who5(QDate(2026, 11, 20), { 3, 3, 3, 3, 3 }));
    QVERIFY(store().due()->at(0).answered);
}

void TestCheckinStore::scoresPerPeriodOldestFirst()
{
    m_journal->clock().set(test::localTime(QDate(2026, 12, 31)));
    added(who5(QDate(2026, 12, 31), { 1, 1, 1, 1, 1 })); // 20, three-week period from 21 Dec
    added(who5(QDate(2026, 11, 25), { 3, 3, 3, 3, 3 })); // 60
    added(who5(QDate(2026, 11, 10), { 3, 3, 2, 2, 2 })); // 48
    added(pulse(QDate(2026, 11, 10), { 5 }));

    const auto scores = store().scores(QStringLiteral("who5"), QDate(2026, 11, 1), {});
    QVERIFY(scores.ok());
    QCOMPARE(scores->size(), 3);
    QCOMPARE(scores->at(0).period.start, QDate(2026, 11, 9));
    QCOMPARE(scores->at(0).score, 48.0);
    QCOMPARE(scores->at(0).band, Band::Low);
    QCOMPARE(scores->at(1).score, 60.0);
    QCOMPARE(scores->at(1).band, Band::Ok);
    QCOMPARE(scores->at(2).period.start, QDate(2026, 12, 21));
    QCOMPARE(scores->at(2).period.end, QDate(2027, 1, 10));
    QCOMPARE(scores->at(2).band, Band::Advise);

    const auto fromDecember = store().scores(QStringLiteral("who5"), QDate(2026, 12, 7), {});
    QCOMPARE(fromDecember->size(), 1);
}

void TestCheckinStore::pulseItemMeansPerWeek()
{
    added(pulse(QDate(2026, 11, 9), { 4, 2, std::nullopt, 5 }));
    added(pulse(QDate(2026, 11, 16), { 1, 3, 4 }));
    added(pulse(QDate(2026, 11, 2), { 5, 5, 5, 5 }));

    const auto means = store().itemMeans(QStringLiteral("pulse"), QDate(2026, 11, 9), {});
    QVERIFY(means.ok());
    QCOMPARE(means->size(), 2);
    QCOMPARE(means->at(0).period.start, QDate(2026, 11, 9));
    const QMap<QString, double> week46 { { QStringLiteral("energie"), 4 },
        { QStringLiteral("werkdruk"), 2 }, { QStringLiteral("balans"), 5 } };
    QCOMPARE(means->at(0).means, week46);
    QCOMPARE(means->at(1).period.start, QDate(2026, 11, 16));
    QCOMPARE(means->at(1).means.value(QStringLiteral("werkplezier")), 4.0);
    QVERIFY(!means->at(1).means.contains(QStringLiteral("balans")));
}

void TestCheckinStore::choiceCountsInProfileOrderWithZeros()
{
    const QString email = QStringLiteral("e-mail");
    const QString ict = QStringLiteral("ict");
    added(pulse(QDate(2026, 11, 2), { 3 }, { { werkdruk, { email, ict } } }));
    added(pulse(QDate(2026, 11, 9), { 3 },
        { { werkdruk, { email } }, { blij, { QStringLiteral("collegas") } } }));
    added(pulse(QDate(2026, 11, 16), { 3 }, { { werkdruk, { email, QStringLiteral("ouders") } } }));

    const auto counts = store().choiceCounts(werkdruk, QDate(2026, 11, 9), QDate(2026, 11, 22));
    QVERIFY(counts.ok());
    QStringList order;
    QMap<QString, int> byOption;
    for (const OptionCount& c : *counts) {
        order << c.optionId;
        byOption.insert(c.optionId, c.count);
    }
    QStringList profileOrder;
    const QList<ChoiceList> lists = defaultChoiceLists(); // the loop must not outlive a temporary
    for (const ChoiceOption& o : lists[1].options)
        profileOrder << o.id;
    QCOMPARE(order, profileOrder);
    QCOMPARE(byOption.value(email), 2);
    QCOMPARE(byOption.value(QStringLiteral("ouders")), 1);
    QCOMPARE(byOption.value(ict), 0); // only in the week before the range
    QCOMPARE(byOption.value(QStringLiteral("administratie")), 0);

    const auto all = store().choiceCounts(werkdruk, {}, {});
    QCOMPARE(all->at(profileOrder.indexOf(email)).count, 3);
    QCOMPARE(all->at(profileOrder.indexOf(ict)).count, 1);
}

void TestCheckinStore::migratesFromVersion3KeepingReflections()
{
    m_store.reset();
    TempJournal journal;
    sql::Database::Options v3;
    v3.upToVersion = 3;
    QVERIFY(journal.open(v3).ok());
    const qint64 id = journal.add(QStringLiteral("Mooi gesprek met Noor"), QDate(2026, 11, 2));
    QVERIFY(id > 0);
    QVERIFY(AppStateStore(journal.db())
                .setValue(QStringLiteral("draft"), QStringLiteral("half af"))
                .ok());
    QCOMPARE(test::scalar(journal.db(),
                 "SELECT count(*) FROM sqlite_schema WHERE name = "
                 "'checkin'"),
        0);
    journal.close();

    QVERIFY(journal.open().ok());
    QVERIFY(test::scalar(journal.db(), "PRAGMA user_version") >= 4);
    QCOMPARE(journal.store().get(id)->text, QStringLiteral("Mooi gesprek met Noor"));
    QCOMPARE(AppStateStore(journal.db()).value(QStringLiteral("draft"))->value(),
        QStringLiteral("half af"));
    QCOMPARE(test::integrityCheck(journal.db()), QStringLiteral("ok"));
    CheckinStore store(journal.db(), journal.profile(), journal.clock());
    QVERIFY(store.add(who5(QDate(2026, 11, 20), { 5, 4, 4, 3, 5 })).ok());
    QCOMPARE(store.list({ QStringLiteral("who5"), {}, {}, 10 })->first().score, 84.0);
}

void TestCheckinStore::profileRefusesBrokenInstruments_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("mentions");
    const auto who5Of = [](SchoolProfile& p) -> Instrument& { return p.instruments[0]; };
    QTest::newRow("cut-off above 100")
        << Edit([=](SchoolProfile& p) { who5Of(p).cutOffs[0].atMost = 101; })
        << QStringLiteral("101");
    QTest::newRow("cut-off below 0")
        << Edit([=](SchoolProfile& p) { who5Of(p).cutOffs[1].atMost = -4; })
        << QStringLiteral("-4");
    QTest::newRow("advise above low")
        << Edit([=](SchoolProfile& p) { who5Of(p).cutOffs[1].atMost = 60; })
        << QStringLiteral("lower one");
    QTest::newRow("two low cut-offs")
        << Edit([=](SchoolProfile& p) { who5Of(p).cutOffs[1].band = Band::Low; })
        << QStringLiteral("at most one");
    QTest::newRow("pulse cut-off at 6") << Edit([](SchoolProfile& p) {
        p.instruments[1].cutOffs = { { 6, Band::Low } };
    }) << QStringLiteral("from 1 to 5");
    QTest::newRow("no items") << Edit([=](SchoolProfile& p) { who5Of(p).items.clear(); })
                              << QStringLiteral("0 items");
    QTest::newRow("duplicate item id")
        << Edit([=](SchoolProfile& p) { who5Of(p).items[1].id = who5Of(p).items[0].id; })
        << QStringLiteral("opgewekt");
    QTest::newRow("item without English")
        << Edit([=](SchoolProfile& p) { who5Of(p).items[2].text.en.clear(); })
        << QStringLiteral("actief");
    QTest::newRow("duplicate instrument id")
        << Edit([](SchoolProfile& p) { p.instruments[1].id = QStringLiteral("who5"); })
        << QStringLiteral("who5");
    QTest::newRow("instrument id with capitals")
        << Edit([=](SchoolProfile& p) { who5Of(p).id = QStringLiteral("WHO5"); })
        << QStringLiteral("WHO5");
    QTest::newRow("one-point scale")
        << Edit([=](SchoolProfile& p) { who5Of(p).scale.max = 0; }) << QStringLiteral("scale");
    QTest::newRow("sum with optional items")
        << Edit([=](SchoolProfile& p) { who5Of(p).allItemsRequired = false; })
        << QStringLiteral("required");
    QTest::newRow("version 0") << Edit([=](SchoolProfile& p) { who5Of(p).version = 0; })
                               << QStringLiteral("version");
    QTest::newRow("unknown choice list")
        << Edit([](SchoolProfile& p) { p.choiceLists.removeAt(1); }) << QStringLiteral("werkdruk");
    QTest::newRow("duplicate option")
        << Edit([](SchoolProfile& p) { p.choiceLists[0].options << p.choiceLists[0].options[0]; })
        << QStringLiteral("leerlingen-groei");
    QTest::newRow("support contact without reach")
        << Edit([](SchoolProfile& p) { p.supportContacts[0].reach = QStringLiteral(" "); })
        << QStringLiteral("reach");
}

void TestCheckinStore::profileRefusesBrokenInstruments()
{
    QFETCH(Edit, edit);
    QFETCH(QString, mentions);
    SchoolProfile p = demoProfile();
    QVERIFY(p.validate().ok());
    edit(p);
    const Status s = p.validate();
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void TestCheckinStore::aSchoolsOwnInstrumentWorks()
{
    // A school loads a three-item, 1–7 instrument of its own, fortnightly, with a low cut-off.
    SchoolProfile profile = demoProfile();
    Instrument own;
    own.id = QStringLiteral("teamklimaat");
    own.version = 2;
    own.name = { QStringLiteral("Teamklimaat"), QStringLiteral("Team climate") };
    for (const char* id : { "steun", "ruimte", "erkenning" })
        own.items << InstrumentItem { QString::fromUtf8(id),
            { QStringLiteral("Vraag %1").arg(QString::fromUtf8(id)),
                QStringLiteral("Question %1").arg(QString::fromUtf8(id)) } };
    own.scale = { 1, 7, {} };
    own.allItemsRequired = true;
    own.period = PeriodKind::Fortnight;
    own.scoring = { ScoringRule::Kind::ItemMean, 1 };
    own.cutOffs = { { 3, Band::Low } };
    profile.instruments << own;
    QVERIFY(profile.validate().ok());

    m_store = std::make_unique<CheckinStore>(m_journal->db(), profile, m_journal->clock());
    const SavedCheckin saved
        = added({ QStringLiteral("teamklimaat"), QDate(2026, 11, 20), { 2, 3, 4 }, {} });
    QCOMPARE(saved.checkin.score, 3.0);
    QCOMPARE(saved.checkin.band, Band::Low);
    QCOMPARE(saved.checkin.instrumentVersion, 2);
    QCOMPARE(saved.checkin.period.start, QDate(2026, 11, 9));
    QCOMPARE(test::codeOf(store().add(
                 { QStringLiteral("teamklimaat"), QDate(2026, 11, 20), { 2, 3, 8 }, {} })),
        "InvalidInput");
}

QTEST_GUILESS_MAIN(TestCheckinStore)
#include "tst_checkin_store.moc"
