// The journal store: saving, validating, listing, filtering, searching, removing reflections.
#include "demo/demo_journal.h"
#include "journal/journal_store.h"
#include "storage/app_state_store.h"
#include "test_support.h"

#include <QTest>
#include <functional>

using namespace kw;
using kw::test::TempJournal;

namespace {

using Edit = std::function<void(Reflection&)>;
using Ids = QList<qint64>;

const QDate today(2026, 11, 20);
const QString vertrouwen = QStringLiteral("vertrouwen");
const QString verbinding = QStringLiteral("verbinding");
const QString eigenaarschap = QStringLiteral("eigenaarschap");

/** The ids a query lists, in order; {-1} when the store failed (so a comparison shows it). */
Ids idsOf(JournalStore& store, const JournalQuery& q)
{
    auto entries = store.list(q);
    if (!entries) {
        qWarning() << "list failed:" << entries.error().message;
        return { -1 };
    }
    Ids ids;
    for (const JournalEntry& e : *entries)
        ids << e.reflection.id;
    return ids;
}

JournalQuery searchFor(const QString& words)
{
    JournalQuery q;
    q.search = words;
    return q;
}

/** Texts to search in, one per letter A…D, all on different days (A newest). */
const QStringList searchTexts {
    QStringLiteral("Oudergesprek liep stroef; de vader was boos."),
    QStringLiteral("Voorbereiding reünie oud-leerlingen"),
    QStringLiteral("Reunie met collega's van vroeger"),
    QStringLiteral("Gesprek met Noor over haar rekendoel"),
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestJournalStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripKeepsEveryField();
    void rejectsInvalidInputAndWritesNothing_data();
    void rejectsInvalidInputAndWritesNothing();
    void acceptsTheLimits();
    void listsNewestDayFirstThenNewestId();
    void filtersByAnyOfTheKernwaarden();
    void filtersByDateRangeWithInclusiveBounds();
    void filtersCombineWithSearch();
    void searchFindsPrefixesDiacriticsAndAllWords_data();
    void searchFindsPrefixesDiacriticsAndAllWords();
    void typedSearchOperatorsNeverFail_data();
    void typedSearchOperatorsNeverFail();
    void searchHighlightsMatches();
    void updatedTextIsFoundByItsNewWordsOnly();
    void removeRestoreAndPurge();
    void purgeLeavesNoTraceOfTheText();
    void countEqualsListSize_data();
    void countEqualsListSize();
    void addAllIsAllOrNothing();
    void appStateSurvivesReopening();

private:
    /** Adds searchTexts A…D (A newest) and returns their ids in that order. */
    Ids addSearchTexts();
    JournalStore& store() { return m_journal->store(); }

    std::unique_ptr<TempJournal> m_journal;
};

void TestJournalStore::init()
{
    m_journal = std::make_unique<TempJournal>();
    QVERIFY(m_journal->open().ok());
}

void TestJournalStore::cleanup()
{
    // Whatever a test did, the file and its search index must still be whole.
    QCOMPARE(test::integrityCheck(m_journal->db()), QStringLiteral("ok"));
    QVERIFY(test::ftsIndexAgrees(m_journal->db()));
    m_journal.reset();
}

Ids TestJournalStore::addSearchTexts()
{
    Ids ids;
    for (int i = 0; i < searchTexts.size(); ++i)
        ids << m_journal->add(searchTexts[i], today.addDays(-i));
    return ids;
}

void TestJournalStore::roundTripKeepsEveryField()
{
    Reflection r
        = test::reflection(QStringLiteral("  Goed gesprek met Lotte.\nMorgen volg ik het op.  "),
            QDate(2026, 11, 18), { verbinding, eigenaarschap });
    r.outcome = 4;
    r.energy = 2;
    r.tagIds = { QStringLiteral("leerling"), QStringLiteral("ouders") };
    auto id = store().add(r);
    QVERIFY(id.ok());
    const QDateTime addedAt = m_journal->clock().now();

    auto saved = store().get(*id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->id, *id);
    QCOMPARE(saved->text, QStringLiteral("Goed gesprek met Lotte.\nMorgen volg ik het op."));
    QCOMPARE(saved->day, QDate(2026, 11, 18));
    QCOMPARE(saved->valueIds, (QStringList { eigenaarschap, verbinding })); // profile order
    QCOMPARE(saved->outcome, 4);
    QCOMPARE(saved->energy, std::optional<int>(2));
    QCOMPARE(saved->tagIds, (QStringList { QStringLiteral("leerling"), QStringLiteral("ouders") }));
    QCOMPARE(saved->created, addedAt);
    QCOMPARE(saved->edited, addedAt);

    m_journal->clock().advanceMs(90 * 60 * 1000);
    Reflection changed = *saved;
    changed.text = QStringLiteral("Toch een lastig gesprek.");
    changed.day = QDate(2026, 11, 19);
    changed.valueIds = { vertrouwen };
    changed.outcome = 2;
    changed.energy.reset();
    changed.tagIds.clear();
    QVERIFY(store().update(changed).ok());

    auto edited = store().get(*id);
    QVERIFY(edited.ok());
    QCOMPARE(edited->text, changed.text);
    QCOMPARE(edited->day, changed.day);
    QCOMPARE(edited->valueIds, QStringList { vertrouwen });
    QCOMPARE(edited->outcome, 2);
    QCOMPARE(edited->energy, std::nullopt);
    QCOMPARE(edited->tagIds, QStringList());
    QCOMPARE(edited->created, addedAt);
    QCOMPARE(edited->edited, addedAt.addSecs(90 * 60));
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM reflection_value"), 1);

    QCOMPARE(test::codeOf(store().get(*id + 1)), "NotFound");
    changed.id = *id + 1;
    QCOMPARE(test::codeOf(store().update(changed)), "NotFound");
}

void TestJournalStore::rejectsInvalidInputAndWritesNothing_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("mentions"); ///< a word the message must contain

    const auto text = [](QString t) { return Edit([t](Reflection& r) { r.text = t; }); };
    QTest::newRow("empty text") << text(QString()) << QStringLiteral("words");
    QTest::newRow("whitespace text") << text(QStringLiteral(" \n\t  ")) << QStringLiteral("words");
    QTest::newRow("4001 characters")
        << text(QString(4001, QLatin1Char('x'))) << QStringLiteral("4000");
    QTest::newRow("100 000-character paste")
        << text(QString(100'000, QLatin1Char('p'))) << QStringLiteral("100000");
    QTest::newRow("no kernwaarde")
        << Edit([](Reflection& r) { r.valueIds.clear(); }) << QStringLiteral("kernwaarde");
    QTest::newRow("unknown kernwaarde")
        << Edit([](Reflection& r) { r.valueIds << QStringLiteral("moed"); })
        << QStringLiteral("moed");
    QTest::newRow("tomorrow") << Edit([](Reflection& r) { r.day = today.addDays(1); })
                              << QStringLiteral("future");
    QTest::newRow("no day") << Edit([](Reflection& r) { r.day = QDate(); })
                            << QStringLiteral("day");
    QTest::newRow("before 2000") << Edit([](Reflection& r) { r.day = QDate(1999, 12, 31); })
                                 << QStringLiteral("2000");
    QTest::newRow("outcome 0") << Edit([](Reflection& r) { r.outcome = 0; })
                               << QStringLiteral("1 to 5");
    QTest::newRow("outcome 6") << Edit([](Reflection& r) { r.outcome = 6; })
                               << QStringLiteral("1 to 5");
    QTest::newRow("energy 0") << Edit([](Reflection& r) { r.energy = 0; })
                              << QStringLiteral("energy");
    QTest::newRow("energy 6") << Edit([](Reflection& r) { r.energy = 6; })
                              << QStringLiteral("energy");
    QTest::newRow("unknown tag") << Edit([](Reflection& r) {
        r.tagIds = { QStringLiteral("les"), QStringLiteral("sport") };
    }) << QStringLiteral("sport");
}

void TestJournalStore::rejectsInvalidInputAndWritesNothing()
{
    QFETCH(Edit, edit);
    QFETCH(QString, mentions);
    Reflection bad = test::reflection(QStringLiteral("Een gewone dag"), today);
    edit(bad);

    auto added = store().add(bad);
    QCOMPARE(test::codeOf(added), "InvalidInput");
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    QVERIFY(!added.error().message.contains(QLatin1Char('\n')));
    for (const char* table : { "SELECT count(*) FROM reflection",
             "SELECT count(*) FROM reflection_value", "SELECT count(*) FROM reflection_tag" })
        QCOMPARE(test::scalar(m_journal->db(), table), 0);

    // The same edit on a saved reflection is refused and leaves it as it was.
    const qint64 id = m_journal->add(QStringLiteral("Zoals het was"), today);
    bad.id = id;
    QCOMPARE(test::codeOf(store().update(bad)), "InvalidInput");
    auto kept = store().get(id);
    QCOMPARE(kept->text, QStringLiteral("Zoals het was"));
    QCOMPARE(kept->valueIds, QStringList { vertrouwen });
}

void TestJournalStore::acceptsTheLimits()
{
    Reflection longest = test::reflection(QString(4000, QLatin1Char('y')), today);
    longest.outcome = 1;
    longest.energy = 5;
    QVERIFY(store().add(longest).ok());
    Reflection padded = test::reflection(
        QStringLiteral("  ") + QString(4000, QLatin1Char('z')) + QStringLiteral("\n"),
        QDate(2000, 1, 1));
    padded.outcome = 5;
    padded.energy = 1;
    QVERIFY(store().add(padded).ok());
    QCOMPARE(store().count({}).value(), 2);
}

void TestJournalStore::listsNewestDayFirstThenNewestId()
{
    const qint64 a = m_journal->add(QStringLiteral("a"), QDate(2026, 11, 10));
    const qint64 b = m_journal->add(QStringLiteral("b"), QDate(2026, 11, 12));
    const qint64 c = m_journal->add(QStringLiteral("c"), QDate(2026, 11, 10));
    const qint64 d = m_journal->add(QStringLiteral("d"), QDate(2025, 12, 31));
    const qint64 e = m_journal->add(QStringLiteral("e"), QDate(2026, 11, 12));
    QCOMPARE(idsOf(store(), {}), (Ids { e, b, c, a, d }));

    JournalQuery page;
    page.offset = 1;
    page.limit = 2;
    QCOMPARE(idsOf(store(), page), (Ids { b, c }));
}

void TestJournalStore::filtersByAnyOfTheKernwaarden()
{
    const qint64 a = m_journal->add(QStringLiteral("a"), QDate(2026, 11, 1), { vertrouwen });
    const qint64 b = m_journal->add(QStringLiteral("b"), QDate(2026, 11, 2), { verbinding });
    const qint64 both
        = m_journal->add(QStringLiteral("c"), QDate(2026, 11, 3), { vertrouwen, verbinding });
    const qint64 other = m_journal->add(QStringLiteral("d"), QDate(2026, 11, 4), { eigenaarschap });

    JournalQuery q;
    q.valueIds = { vertrouwen };
    QCOMPARE(idsOf(store(), q), (Ids { both, a }));
    q.valueIds = { verbinding, vertrouwen };
    QCOMPARE(idsOf(store(), q), (Ids { both, b, a })); // one reflection on two values: listed once
    QCOMPARE(store().count(q).value(), 3);
    q.valueIds = { eigenaarschap };
    QCOMPARE(idsOf(store(), q), Ids { other });
    q.valueIds = { QStringLiteral("toekomstgericht") };
    QCOMPARE(idsOf(store(), q), Ids());
}

void TestJournalStore::filtersByDateRangeWithInclusiveBounds()
{
    Ids ids; // November 1st … 5th
    for (int day = 1; day <= 5; ++day)
        ids << m_journal->add(QStringLiteral("dag %1").arg(day), QDate(2026, 11, day));

    JournalQuery q;
    q.from = QDate(2026, 11, 2);
    q.to = QDate(2026, 11, 4);
    QCOMPARE(idsOf(store(), q), (Ids { ids[3], ids[2], ids[1] }));
    q.to = q.from;
    QCOMPARE(idsOf(store(), q), Ids { ids[1] });
    q.to = QDate();
    QCOMPARE(idsOf(store(), q), (Ids { ids[4], ids[3], ids[2], ids[1] }));
    q.from = QDate();
    q.to = QDate(2026, 11, 1);
    QCOMPARE(idsOf(store(), q), Ids { ids[0] });
}

void TestJournalStore::filtersCombineWithSearch()
{
    const qint64 match
        = m_journal->add(QStringLiteral("Gesprek met ouders"), QDate(2026, 11, 5), { vertrouwen });
    m_journal->add(QStringLiteral("Gesprek met ouders"), QDate(2026, 11, 5), { verbinding });
    m_journal->add(QStringLiteral("Gesprek met ouders"), QDate(2026, 10, 31), { vertrouwen });
    m_journal->add(QStringLiteral("Rekenles"), QDate(2026, 11, 5), { vertrouwen });

    JournalQuery q = searchFor(QStringLiteral("gesprek"));
    q.valueIds = { vertrouwen };
    q.from = QDate(2026, 11, 1);
    q.to = QDate(2026, 11, 30);
    QCOMPARE(idsOf(store(), q), Ids { match });
    QCOMPARE(store().count(q).value(), 1);
}

void TestJournalStore::searchFindsPrefixesDiacriticsAndAllWords_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("found"); ///< letters of searchTexts, in list order
    QTest::newRow("prefix") << QStringLiteral("ouder") << QStringLiteral("A");
    QTest::newRow("capitals") << QStringLiteral("OUDERGESPREK") << QStringLiteral("A");
    QTest::newRow("prefix of two words") << QStringLiteral("oud") << QStringLiteral("AB");
    QTest::newRow("without diacritics") << QStringLiteral("reunie") << QStringLiteral("BC");
    QTest::newRow("with diacritics") << QStringLiteral("reünie") << QStringLiteral("BC");
    QTest::newRow("only whole-word prefixes") << QStringLiteral("gesprek") << QStringLiteral("D");
    QTest::newRow("all words") << QStringLiteral("noor rekendoel") << QStringLiteral("D");
    QTest::newRow("all words, any order")
        << QStringLiteral("rekendoel Noor") << QStringLiteral("D");
    QTest::newRow("not every word") << QStringLiteral("noor vader") << QString();
    QTest::newRow("absent word") << QStringLiteral("schoolreis") << QString();
}

void TestJournalStore::searchFindsPrefixesDiacriticsAndAllWords()
{
    QFETCH(QString, words);
    QFETCH(QString, found);
    const Ids ids = addSearchTexts();
    Ids expected;
    for (QChar letter : found)
        expected << ids[letter.unicode() - 'A'];
    QCOMPARE(idsOf(store(), searchFor(words)), expected);
}

void TestJournalStore::typedSearchOperatorsNeverFail_data()
{
    // Whatever a person types is searched as words; FTS5 syntax in it has no effect.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected"); ///< how many of searchTexts are found
    QTest::newRow("lone quote") << QStringLiteral("\"") << 4;
    QTest::newRow("empty quotes") << QStringLiteral("\"\"") << 4;
    QTest::newRow("star") << QStringLiteral("*") << 4;
    QTest::newRow("minus") << QStringLiteral("-") << 4;
    QTest::newRow("open NEAR") << QStringLiteral("NEAR(") << 0;
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(ouder vader, 3)") << 0;
    QTest::newRow("OR") << QStringLiteral("ouder OR noor") << 0;
    QTest::newRow("trailing OR") << QStringLiteral("ouder OR") << 0;
    QTest::newRow("AND NOT") << QStringLiteral("AND NOT") << 0;
    QTest::newRow("excluded word") << QStringLiteral("-ouder") << 1;
    QTest::newRow("unclosed quote") << QStringLiteral("\"ouder") << 1;
    QTest::newRow("quoted phrase") << QStringLiteral("\"vader was\"") << 1;
    QTest::newRow("star suffix") << QStringLiteral("ouder*") << 1;
    QTest::newRow("caret") << QStringLiteral("^ouder") << 1;
    QTest::newRow("column filter") << QStringLiteral("body:ouder") << 0;
    QTest::newRow("braces and parens") << QStringLiteral("{body} (ouder)") << 0;
    QTest::newRow("apostrophe") << QStringLiteral("collega's") << 1;
    QTest::newRow("backslash and semicolon")
        << QStringLiteral("\\'; DROP TABLE reflection; --") << 0;
}

void TestJournalStore::typedSearchOperatorsNeverFail()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    addSearchTexts();
    auto entries = store().list(searchFor(typed));
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().message));
    QCOMPARE(entries->size(), expected);
    QCOMPARE(store().count(searchFor(typed)).value(), expected);
    QCOMPARE(store().count({}).value(), 4);
}

void TestJournalStore::searchHighlightsMatches()
{
    addSearchTexts();
    auto found = store().list(searchFor(QStringLiteral("ouder stroef")));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().highlighted,
        QStringLiteral("\u0001Oudergesprek\u0002 liep \u0001stroef\u0002; de vader was boos."));
    QCOMPARE(found->first().reflection.text, searchTexts[0]); // the text itself stays clean

    found = store().list(searchFor(QStringLiteral("reunie")));
    QVERIFY(found.ok());
    QCOMPARE(found->first().highlighted,
        QStringLiteral("Voorbereiding \u0001reünie\u0002 oud-leerlingen"));

    auto plain = store().list({});
    QVERIFY(plain.ok());
    QCOMPARE(plain->first().highlighted, QString());
}

void TestJournalStore::updatedTextIsFoundByItsNewWordsOnly()
{
    const qint64 id = m_journal->add(QStringLiteral("Rekenles over breuken"), today);
    Reflection r = store().get(id).value();
    r.text = QStringLiteral("Taalles over spelling");
    QVERIFY(store().update(r).ok());
    QCOMPARE(idsOf(store(), searchFor(QStringLiteral("breuken"))), Ids());
    QCOMPARE(idsOf(store(), searchFor(QStringLiteral("spelling"))), Ids { id });
    QCOMPARE(test::ftsIndexHits(m_journal->db(), QStringLiteral("breuken")), Ids());
}

void TestJournalStore::removeRestoreAndPurge()
{
    const qint64 gone
        = m_journal->add(QStringLiteral("Geheim verhaal over de directie"), today, { verbinding });
    const qint64 kept = m_journal->add(QStringLiteral("Gewone rekenles"), today, { vertrouwen });
    const JournalQuery secret = searchFor(QStringLiteral("geheim"));
    const auto verbindingThisMonth = [this] {
        return store().countsPerValue(QDate(2026, 11, 1), today).value().value(verbinding);
    };

    QVERIFY(store().remove(gone).ok());
    QCOMPARE(idsOf(store(), {}), Ids { kept });
    QCOMPARE(idsOf(store(), secret), Ids());
    QCOMPARE(store().count({}).value(), 1);
    QCOMPARE(verbindingThisMonth(), 0);
    QCOMPARE(test::codeOf(store().get(gone)), "NotFound");
    QCOMPARE(test::codeOf(store().remove(gone)), "NotFound");

    QVERIFY(store().restore(gone).ok());
    QCOMPARE(idsOf(store(), {}), (Ids { kept, gone }));
    QCOMPARE(idsOf(store(), secret), Ids { gone });
    QCOMPARE(verbindingThisMonth(), 1);
    QCOMPARE(test::codeOf(store().restore(gone)), "NotFound");

    QVERIFY(store().remove(gone).ok());
    QVERIFY(store().purgeDeleted().ok());
    QCOMPARE(test::codeOf(store().get(gone)), "NotFound");
    QCOMPARE(test::codeOf(store().restore(gone)), "NotFound");
    QCOMPARE(test::ftsIndexHits(m_journal->db(), QStringLiteral("geheim")), Ids());
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM reflection"), 1);
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM reflection_value"), 1);
    QCOMPARE(idsOf(store(), {}), Ids { kept });
}

void TestJournalStore::purgeLeavesNoTraceOfTheText()
{
    // "Erased for good": after a purge the words are in none of the journal's files.
    for (int i = 0; i < 20; ++i)
        m_journal->add(
            QStringLiteral("Gewone dag nummer %1 met rekenles").arg(i), today.addDays(-i));
    const qint64 gone = m_journal->add(QStringLiteral("Zwartboekje over collega Pietersen"), today);
    QVERIFY(store().remove(gone).ok());
    QVERIFY(store().purgeDeleted().ok());

    for (const auto& [name, hash] : test::folderSnapshot(m_journal->folder()).asKeyValueRange()) {
        Q_UNUSED(hash);
        QFile file(m_journal->folder() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll().toLower();
        QVERIFY2(!bytes.contains("zwartboekje"), qPrintable(name));
        QVERIFY2(!bytes.contains("pietersen"), qPrintable(name));
    }
    QCOMPARE(store().count({}).value(), 20);
}

void TestJournalStore::countEqualsListSize_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("everything") << QString() << QStringList() << QDate() << QDate();
    QTest::newRow("search") << QStringLiteral("gesprek") << QStringList() << QDate() << QDate();
    QTest::newRow("two values") << QString() << QStringList { vertrouwen, verbinding } << QDate()
                                << QDate();
    QTest::newRow("range") << QString() << QStringList() << QDate(2026, 6, 1) << QDate(2026, 8, 31);
    QTest::newRow("all filters") << QStringLiteral("ouders") << QStringList { vertrouwen }
                                 << QDate(2026, 1, 1) << today;
}

void TestJournalStore::countEqualsListSize()
{
    QFETCH(QString, search);
    QFETCH(QStringList, values);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    auto ids = store().addAll(demoReflections(m_journal->profile(), 300, today, 365, 7));
    QVERIFY(ids.ok());
    for (int i = 0; i < ids->size(); i += 7)
        QVERIFY(store().remove(ids->at(i)).ok());

    const JournalQuery q { search, values, from, to };
    const Ids listed = idsOf(store(), q);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(store().count(q).value(), listed.size());
}

void TestJournalStore::addAllIsAllOrNothing()
{
    QList<Reflection> batch;
    for (int i = 0; i < 5; ++i)
        batch << test::reflection(QStringLiteral("Import %1").arg(i), today.addDays(-i));
    batch[3].outcome = 9;
    QCOMPARE(test::codeOf(store().addAll(batch)), "InvalidInput");
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM reflection"), 0);

    batch[3].outcome = 3;
    auto ids = store().addAll(batch);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(store().get(ids->at(i))->text, batch[i].text);
}

void TestJournalStore::appStateSurvivesReopening()
{
    const QString draft = QStringLiteral("quickEntry/draft");
    QCOMPARE(AppStateStore(m_journal->db()).value(draft).value(), std::nullopt);
    QVERIFY(AppStateStore(m_journal->db()).setValue(draft, QStringLiteral("Half geschreven")).ok());
    QVERIFY(
        AppStateStore(m_journal->db()).setValue(draft, QStringLiteral("Bijna af: reünie")).ok());
    QVERIFY(AppStateStore(m_journal->db()).setValue(QStringLiteral("empty"), QString()).ok());

    QVERIFY(m_journal->open().ok());
    QCOMPARE(AppStateStore(m_journal->db()).value(draft).value(),
        std::optional(QStringLiteral("Bijna af: reünie")));
    QCOMPARE(AppStateStore(m_journal->db()).value(QStringLiteral("empty")).value(),
        std::optional(QString()));

    QVERIFY(AppStateStore(m_journal->db()).remove(draft).ok());
    QVERIFY(AppStateStore(m_journal->db()).remove(QStringLiteral("never-set")).ok());
    QCOMPARE(AppStateStore(m_journal->db()).value(draft).value(), std::nullopt);
    QCOMPARE(AppStateStore(m_journal->db()).value(QStringLiteral("empty")).value(),
        std::optional(QString()));
}

QTEST_GUILESS_MAIN(TestJournalStore)
#include "tst_journal_store.moc"
