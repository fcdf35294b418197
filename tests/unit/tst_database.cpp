// The journal database: migrations, files it must refuse untouched, and storage failures
// (busy, full disk, read-only) that must leave the journal whole and explain themselves.
#include "storage/app_state_store.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <unistd.h>

using namespace kw;
using kw::test::TempJournal;

namespace {

const int latest = teacherSchema().latestVersion();

QString textPragma(sql::Database& db, const char* pragma)
{
    auto stmt = db.prepare(pragma);
    if (!stmt)
        return {};
    auto row = stmt->step();
    return row && *row ? stmt->columnText(0) : QString();
}

QByteArray pragmaSet(const char* name, qint64 value)
{
    return QByteArray("PRAGMA ") + name + '=' + QByteArray::number(value);
}

/** Opens the journal as the app does and expects it refused with @p code, the folder untouched. */
void expectRefusedUntouched(TempJournal& journal, const char* code)
{
    const auto before = test::folderSnapshot(journal.folder());
    QVERIFY(!before.isEmpty());
    const Status opened = journal.open();
    QCOMPARE(test::codeOf(opened), code);
    QVERIFY(!opened.error().message.isEmpty());
    QVERIFY(!opened.error().message.contains(QLatin1Char('\n')));
    QCOMPARE(test::folderSnapshot(journal.folder()), before);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileMigratesToLatest();
    void emptyFileMigratesToLatest();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void garbageFileIsCorrupt();
    void missingFolderIsClearError();
    void otherWriterGivesBusyAndWritesNothing();
    void fullDiskKeepsJournalWhole();
    void readOnlyFileIsRefused();
    void transactionRollsBackWhenDestroyed();
    void bindAllBindsIntegersAndTexts();
    void collectReadsEveryRowInOrder();
    void failedStepStopsWithItsError();
    void runBindsAndReportsFailure();
};

void TestDatabase::newFileMigratesToLatest()
{
    TempJournal journal;
    QVERIFY(!QFile::exists(journal.path()));
    QVERIFY(journal.open().ok());
    QCOMPARE(test::scalar(journal.db(), "PRAGMA user_version"), latest);
    QCOMPARE(test::scalar(journal.db(), "PRAGMA application_id"), teacherSchema().applicationId);
    QCOMPARE(textPragma(journal.db(), "PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(test::scalar(journal.db(), "PRAGMA foreign_keys"), 1);
    QVERIFY(journal.add(QStringLiteral("Eerste reflectie"), QDate(2026, 11, 20)) > 0);
    QCOMPARE(test::integrityCheck(journal.db()), QStringLiteral("ok"));
}

void TestDatabase::emptyFileMigratesToLatest()
{
    // A zero-byte file is what some tools leave when they "create" a database.
    TempJournal journal;
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(journal.open().ok());
    QCOMPARE(test::scalar(journal.db(), "PRAGMA user_version"), latest);
    QVERIFY(journal.add(QStringLiteral("Na lege file"), QDate(2026, 11, 20)) > 0);
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < latest; ++version)
        QTest::addRow("v%d", version) << version;
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    const qint64 createdMs = test::localTime(QDate(2026, 3, 2)).toMSecsSinceEpoch();
    TempJournal journal;
    {
        sql::Database::Options old;
        old.upToVersion = from;
        QVERIFY(journal.open(old).ok());
        QCOMPARE(test::scalar(journal.db(), "PRAGMA user_version"), from);
        // Rows as the app at that version wrote them: one live reflection and one removed.
        const QByteArray rows
            = QByteArray(
                  "INSERT INTO reflection (id, body, day, outcome, energy, created_ms, edited_ms) "
                  "VALUES (7, 'Oudergesprek over de reünie van groep 8', '2026-03-02', 4, 2, ")
            + QByteArray::number(createdMs) + ", " + QByteArray::number(createdMs) + R"sql();
            INSERT INTO reflection_value VALUES (7, 'verbinding'), (7, 'vertrouwen');
            INSERT INTO reflection_tag VALUES (7, 'ouders');
            INSERT INTO reflection (id, body, day, outcome, created_ms, edited_ms, deleted_ms)
            VALUES (8, 'Weggegooide notitie', '2026-03-01', 3, 1, 1, 1);
            INSERT INTO reflection_value VALUES (8, 'vertrouwen');
        )sql";
        QVERIFY(journal.db().exec(rows.constData()).ok());
        journal.close();
    }

    QVERIFY(journal.open().ok());
    QCOMPARE(test::scalar(journal.db(), "PRAGMA user_version"), latest);

    auto kept = journal.store().get(7);
    QVERIFY(kept.ok());
    QCOMPARE(kept->text, QStringLiteral("Oudergesprek over de reünie van groep 8"));
    QCOMPARE(kept->day, QDate(2026, 3, 2));
    QCOMPARE(kept->outcome, 4);
    QCOMPARE(kept->energy, std::optional<int>(2));
    QCOMPARE(kept->valueIds,
        (QStringList { QStringLiteral("vertrouwen"), QStringLiteral("verbinding") }));
    QCOMPARE(kept->tagIds, QStringList { QStringLiteral("ouders") });
    QCOMPARE(kept->created.toMSecsSinceEpoch(), createdMs);
    QCOMPARE(journal.store().count({}).value(), 1);

    // Rows written before search existed must be found, and the removed one must not.
    for (const char* words : { "reunie", "oudergesprek groep" }) {
        JournalQuery q;
        q.search = QString::fromUtf8(words);
        auto found = journal.store().list(q);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().reflection.id, 7);
    }
    JournalQuery removed;
    removed.search = QStringLiteral("weggegooide");
    QCOMPARE(journal.store().count(removed).value(), 0);

    // The newest step works too: the draft state table.
    QVERIFY(AppStateStore(journal.db())
                .setValue(QStringLiteral("draft"), QStringLiteral("half af"))
                .ok());
    QVERIFY(journal.add(QStringLiteral("Na de migratie"), QDate(2026, 11, 20)) > 7);
    QCOMPARE(test::integrityCheck(journal.db()), QStringLiteral("ok"));
    QVERIFY(test::ftsIndexAgrees(journal.db()));
}

void TestDatabase::newerSchemaIsRefusedUntouched_data()
{
    // A newer app may leave its file in WAL mode or in rollback mode; neither may be touched.
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("wal") << QStringLiteral("wal");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    QFETCH(QString, journalMode);
    TempJournal journal;
    QVERIFY(journal.open().ok());
    QVERIFY(journal.add(QStringLiteral("Geschreven door de nieuwe app"), QDate(2026, 11, 20)) > 0);
    journal.close();
    QCOMPARE(test::rawExec(journal.path(),
                 QStringLiteral("PRAGMA journal_mode=%1; PRAGMA user_version=%2; "
                                "CREATE TABLE future_feature (x);")
                     .arg(journalMode)
                     .arg(latest + 1)),
        QString());

    expectRefusedUntouched(journal, "NewerSchema");
    const Status again = journal.open();
    QVERIFY(again.error().message.contains(QStringLiteral("newer")));
    QVERIFY(!again.error().message.contains(QStringLiteral("Geschreven")));
}

void TestDatabase::foreignDatabaseIsRefusedUntouched()
{
    TempJournal journal;
    QCOMPARE(test::rawExec(journal.path(),
                 QStringLiteral("CREATE TABLE contacts (name TEXT); "
                                "INSERT INTO contacts VALUES ('Anna');")),
        QString());
    expectRefusedUntouched(journal, "Corrupt");
}

void TestDatabase::garbageFileIsCorrupt()
{
    TempJournal journal;
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QRandomGenerator rng(20261120);
    QByteArray bytes(8192, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    file.write(bytes);
    file.close();
    expectRefusedUntouched(journal, "Corrupt");
}

void TestDatabase::missingFolderIsClearError()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("bestaat-niet"));
    auto db = sql::Database::open(folder + QStringLiteral("/journal.sqlite"), teacherSchema());
    QCOMPARE(test::codeOf(db), "Io");
    QVERIFY(db.error().message.contains(QStringLiteral("journal.sqlite")));
    QVERIFY(db.error().message.contains(QStringLiteral("folder")));
    QVERIFY(!QFile::exists(folder));
}

void TestDatabase::otherWriterGivesBusyAndWritesNothing()
{
    TempJournal journal;
    sql::Database::Options impatient;
    impatient.busyTimeoutMs = 50;
    QVERIFY(journal.open(impatient).ok());
    QVERIFY(journal.add(QStringLiteral("Voor de blokkade"), QDate(2026, 11, 19)) > 0);

    test::RawConnection other(journal.path());
    QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());

    QElapsedTimer waited;
    waited.start();
    auto blocked
        = journal.store().add(test::reflection(QStringLiteral("Tijdens"), QDate(2026, 11, 20)));
    QCOMPARE(test::codeOf(blocked), "Busy");
    QVERIFY2(waited.elapsed() < 1500, "the busy timeout of 50 ms was not honoured");
    QVERIFY(blocked.error().message.contains(QStringLiteral("another program")));
    {
        sql::Transaction tx(journal.db());
        QVERIFY(!tx.began());
        QCOMPARE(test::codeOf(tx.status()), "Busy");
    }

    QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
    QCOMPARE(journal.store().count({}).value(), 1);
    QVERIFY(journal.add(QStringLiteral("Na de blokkade"), QDate(2026, 11, 20)) > 0);
    QCOMPARE(journal.store().count({}).value(), 2);
    QCOMPARE(test::integrityCheck(journal.db()), QStringLiteral("ok"));
}

void TestDatabase::fullDiskKeepsJournalWhole()
{
    TempJournal journal;
    QVERIFY(journal.open().ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(journal.add(QStringLiteral("Gewone dag %1").arg(i), QDate(2026, 11, 18 + i)) > 0);
    sql::Database& db = journal.db();
    const qint64 pages = test::scalar(db, "PRAGMA page_count");
    QVERIFY(db.exec(pragmaSet("max_page_count", pages).constData()).ok());

    // Long texts with many distinct words: the rows and the search index need new pages.
    QList<Reflection> batch;
    for (int i = 0; i < 10; ++i) {
        QString text;
        for (int w = 0; text.size() < 3800; ++w)
            text += QStringLiteral("woord%1x%2 ").arg(i).arg(w);
        Reflection r = test::reflection(text, QDate(2026, 11, 20),
            { QStringLiteral("vertrouwen"), QStringLiteral("verbinding") });
        r.tagIds = { QStringLiteral("team") };
        batch << r;
    }
    auto all = journal.store().addAll(batch);
    QCOMPARE(test::codeOf(all), "DiskFull");
    QVERIFY(all.error().message.contains(QStringLiteral("nothing was saved")));

    QCOMPARE(test::scalar(db, "SELECT count(*) FROM reflection"), 3);
    QCOMPARE(test::scalar(db, "SELECT count(*) FROM reflection_value"), 3);
    QCOMPARE(test::scalar(db, "SELECT count(*) FROM reflection_tag"), 0);
    QVERIFY(test::ftsIndexHits(db, QStringLiteral("woord0x1")).isEmpty());
    QCOMPARE(test::integrityCheck(db), QStringLiteral("ok"));
    QVERIFY(test::ftsIndexAgrees(db));

    // The first of the batch fits on its own: the batch failed part-way, and was undone whole.
    QVERIFY(journal.store().add(batch.first()).ok());
    QCOMPARE(test::scalar(db, "SELECT count(*) FROM reflection"), 4);

    QVERIFY(db.exec(pragmaSet("max_page_count", 1'000'000'000).constData()).ok());
    auto ids = journal.store().addAll(batch);
    QVERIFY(ids.ok());
    QCOMPARE(journal.store().count({}).value(), 14);
    QCOMPARE(test::scalar(db, "SELECT count(*) FROM reflection_value"), 25);
    QCOMPARE(test::integrityCheck(db), QStringLiteral("ok"));
}

void TestDatabase::readOnlyFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root ignores file modes; tst_cli_roundtrip covers this as user nobody");
    TempJournal journal;
    QVERIFY(journal.open().ok());
    QVERIFY(journal.add(QStringLiteral("Alleen lezen"), QDate(2026, 11, 20)) > 0);
    journal.close();
    QVERIFY(QFile::setPermissions(journal.path(), QFile::ReadOwner | QFile::ReadGroup));
    expectRefusedUntouched(journal, "ReadOnly");
    QVERIFY(journal.open().error().message.contains(QStringLiteral("read-only")));
}

void TestDatabase::transactionRollsBackWhenDestroyed()
{
    TempJournal journal;
    QVERIFY(journal.open().ok());
    const auto insert = "INSERT INTO app_state (key, value) VALUES ('k', 'v')";
    {
        sql::Transaction tx(journal.db());
        QVERIFY(tx.began());
        QVERIFY(journal.db().exec(insert).ok());
        QCOMPARE(test::scalar(journal.db(), "SELECT count(*) FROM app_state"), 1);
    }
    QCOMPARE(test::scalar(journal.db(), "SELECT count(*) FROM app_state"), 0);
    {
        sql::Transaction tx(journal.db());
        QVERIFY(journal.db().exec(insert).ok());
        QVERIFY(tx.commit().ok());
    }
    journal.close();
    QVERIFY(journal.open().ok());
    QCOMPARE(AppStateStore(journal.db()).value(QStringLiteral("k")).value(),
        std::optional(QStringLiteral("v")));
}

void TestDatabase::bindAllBindsIntegersAndTexts()
{
    TempJournal journal;
    QVERIFY(journal.open().ok());
    auto stmt = journal.db().prepare("SELECT typeof(?1), ?1 + 1, typeof(?2), ?2 || '!'");
    QVERIFY(stmt.ok());
    auto row = stmt->bindAll({ qint64(41), QStringLiteral("reünie") }).step();
    QVERIFY(row.ok() && *row);
    QCOMPARE(stmt->columnText(0), QStringLiteral("integer"));
    QCOMPARE(stmt->columnInt64(1), 42);
    QCOMPARE(stmt->columnText(2), QStringLiteral("text"));
    QCOMPARE(stmt->columnText(3), QStringLiteral("reünie!"));
}

void TestDatabase::collectReadsEveryRowInOrder()
{
    TempJournal journal;
    QVERIFY(journal.open().ok());
    auto stmt = journal.db().prepare("WITH RECURSIVE n(i) AS (SELECT ?1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < ?2) SELECT i, ?3 || i FROM n");
    QVERIFY(stmt.ok());
    auto rows = stmt->bindAll({ qint64(3), qint64(6), QStringLiteral("n") })
                    .collect([](const sql::Statement& row) {
                        return std::pair { row.columnInt64(0), row.columnText(1) };
                    });
    QVERIFY(rows.ok());
    const QList<std::pair<qint64, QString>> expected { { 3, QStringLiteral("n3") },
        { 4, QStringLiteral("n4") }, { 5, QStringLiteral("n5") }, { 6, QStringLiteral("n6") } };
    QCOMPARE(*rows, expected);

    auto none = journal.db().prepare("SELECT key FROM app_state");
    QVERIFY(none.ok());
    auto empty = none->collect([](const sql::Statement& row) { return row.columnText(0); });
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestDatabase::failedStepStopsWithItsError()
{
    TempJournal journal;
    QVERIFY(journal.open().ok());
    // abs() of the smallest integer overflows: the third row fails after two good ones.
    const char* sqlText = "WITH t(x) AS (VALUES (1), (2), (-9223372036854775807 - 1), (4)) "
                          "SELECT abs(x) FROM t";
    auto stmt = journal.db().prepare(sqlText);
    QVERIFY(stmt.ok());
    QList<qint64> seen;
    const Status walked
        = stmt->forEachRow([&](const sql::Statement& row) { seen << row.columnInt64(0); });
    QCOMPARE(test::codeOf(walked), "Io");
    QVERIFY(!walked.error().message.isEmpty());
    QCOMPARE(seen, (QList<qint64> { 1, 2 }));

    auto again = journal.db().prepare(sqlText);
    QVERIFY(again.ok());
    auto rows = again->collect([](const sql::Statement& row) { return row.columnInt64(0); });
    QCOMPARE(test::codeOf(rows), "Io");
}

void TestDatabase::runBindsAndReportsFailure()
{
    TempJournal journal;
    QVERIFY(journal.open().ok());
    const char* insert = "INSERT INTO app_state (key, value) VALUES (?, ?)";
    QVERIFY(journal.db().run(insert, { QStringLiteral("k"), QStringLiteral("v") }).ok());
    QCOMPARE(AppStateStore(journal.db()).value(QStringLiteral("k")).value(),
        std::optional(QStringLiteral("v")));
    // The same key again breaks the primary key: the step's error comes back, nothing changes.
    const Status twice = journal.db().run(insert, { QStringLiteral("k"), QStringLiteral("w") });
    QCOMPARE(test::codeOf(twice), "InvalidInput");
    QCOMPARE(AppStateStore(journal.db()).value(QStringLiteral("k")).value(),
        std::optional(QStringLiteral("v")));
    QVERIFY(!journal.db().run("INSERT INTO no_such_table VALUES (1)").ok());
    QVERIFY(journal.db().run("DELETE FROM app_state WHERE key = ?", { QStringLiteral("k") }).ok());
    QCOMPARE(journal.db().changes(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
