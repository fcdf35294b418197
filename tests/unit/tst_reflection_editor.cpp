// The controller behind quick entry and editing: defaults, the draft that survives a restart,
// the rules a save must pass, and a full disk that must not cost the teacher what was typed.

#include "app_journal.h"
#include "teacher/journal/reflection_editor.h"

#include <QSignalSpy>
#include <QTest>
#include <map>
#include <memory>
#include <sqlite3.h>

using namespace kw;
using kw::test::AppJournal;
using kw::test::strings;

namespace {

const QDate today(2026, 11, 20);

/**
 * A full disk, for SQLite: the default VFS wrapped so that, while on, every write fails with
 * SQLITE_FULL as a real full disk makes it fail (at commit, when the WAL is written).
 */
class FullDisk
{
public:
    static void install()
    {
        s_real = sqlite3_vfs_find(nullptr);
        s_vfs = *s_real;
        s_vfs.zName = "kw-test-full-disk";
        s_vfs.xOpen = &FullDisk::open;
        sqlite3_vfs_register(&s_vfs, 1);
    }
    static void set(bool full) { s_full = full; }

private:
    static int open(
        sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
    {
        const int rc = s_real->xOpen(s_real, name, file, flags, outFlags);
        if (rc == SQLITE_OK && file->pMethods) {
            // The file is the real VFS's own; only its method table is swapped for one that
            // fails writes on demand and otherwise calls the real one.
            auto& wrapped = s_wrapped[file->pMethods];
            if (!wrapped.xWrite) {
                wrapped = *file->pMethods;
                wrapped.xWrite = &FullDisk::write;
                s_realMethods[&wrapped] = file->pMethods;
            }
            file->pMethods = &wrapped;
        }
        return rc;
    }
    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
    {
        return s_full ? SQLITE_FULL
                      : s_realMethods.at(file->pMethods)->xWrite(file, data, amount, offset);
    }

    static inline bool s_full = false;
    static inline sqlite3_vfs* s_real = nullptr;
    static inline sqlite3_vfs s_vfs {};
    static inline std::map<const sqlite3_io_methods*, sqlite3_io_methods> s_wrapped;
    static inline std::map<const sqlite3_io_methods*, const sqlite3_io_methods*> s_realMethods;
};

/** An editor on @p journal as the page makes one, with a spy on what the page listens to. */
struct Editor
{
    std::unique_ptr<ReflectionEditor> editor = std::make_unique<ReflectionEditor>();
    QSignalSpy saved { editor.get(), &ReflectionEditor::saved };

    explicit Editor(AppJournal& journal, bool start = true)
    {
        editor->setJournal(&journal.service());
        if (start)
            editor->startNew();
    }
    ReflectionEditor* operator->() { return editor.get(); }

    /** Everything a valid new reflection needs, as the teacher fills it in. */
    void fillIn(const QString& text)
    {
        editor->setText(text);
        editor->toggleValue(QStringLiteral("verbinding"));
        editor->setOutcome(4);
    }
};

} // namespace

class TestReflectionEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        kw::test::useTestEnvironment();
        FullDisk::install();
    }

    void newReflectionStartsEmptyOnToday()
    {
        AppJournal j;
        Editor e(j);
        QCOMPARE(e->day(), QStringLiteral("2026-11-20"));
        QCOMPARE(e->text(), QString());
        QCOMPARE(e->valueIds(), QStringList());
        QCOMPARE(e->outcome(), 0);
        QVERIFY(!e->editing());
        QVERIFY(!e->restoredDraft());
        QCOMPARE(e->errorText(), QString());
        QCOMPARE(e->createdLabel(), QString());
    }

    void draftIsWrittenWhileTypingAndBackAfterRestart()
    {
        AppJournal j;
        {
            Editor e(j);
            e.fillIn(QStringLiteral("Halverwege het oudergesprek"));
            e->toggleTag(QStringLiteral("ouders"));
            e->setEnergy(2);
            QTRY_VERIFY_WITH_TIMEOUT(j.draft().contains(QStringLiteral("Halverwege")), 2000);
        }
        j.reopen(); // the app is closed and started again

        Editor again(j);
        QVERIFY(again->restoredDraft());
        QCOMPARE(again->text(), QStringLiteral("Halverwege het oudergesprek"));
        QCOMPARE(again->valueIds(), strings({ "verbinding" }));
        QCOMPARE(again->outcome(), 4);
        QCOMPARE(again->energy(), 2);
        QCOMPARE(again->tagIds(), strings({ "ouders" }));
        QCOMPARE(again->day(), QStringLiteral("2026-11-20"));
        QCOMPARE(j.storedCount(), 0); // a draft is not a reflection
    }

    void draftIsWrittenWhenTheEditorCloses()
    {
        AppJournal j;
        auto e = std::make_unique<Editor>(j);
        (*e)->setText(QStringLiteral("Net getypt, meteen weggeklikt"));
        QCOMPARE(j.draft(), QString()); // the 400 ms timer has not fired yet
        e.reset();
        QVERIFY(j.draft().contains(QStringLiteral("meteen weggeklikt")));
        QVERIFY(Editor(j)->restoredDraft());
    }

    void saveRefusesBrokenRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("message");

        const QStringList values { QStringLiteral("vertrouwen") };
        const QString text = QStringLiteral("Een lastig gesprek");
        const QString onToday = today.toString(Qt::ISODate);
        const auto row = [&](const char* name, const QString& t, const QStringList& v,
                             const QString& day, int outcome, const char* message) {
            QTest::newRow(name) << t << v << day << outcome << QString::fromUtf8(message);
        };
        row("no kernwaarde", text, {}, onToday, 3, "Choose at least one kernwaarde.");
        row("empty text", QStringLiteral("   \n "), values, onToday, 3,
            "Write a few words about what happened.");
        row("future day", text, values, QStringLiteral("2026-11-21"), 3,
            "A reflection cannot be dated in the future.");
        row("no outcome", text, values, onToday, 0, "Rate how it went from 1 to 5.");
        row("too long", QString(4001, QLatin1Char('x')), values, onToday, 3,
            "This reflection is 4001 characters long; the limit is 4000. Shorten it before "
            "saving; nothing has been lost.");
    }

    void saveRefusesBrokenRules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, values);
        QFETCH(QString, day);
        QFETCH(int, outcome);
        QFETCH(QString, message);
        AppJournal j;
        Editor e(j);
        QSignalSpy changed(&j.service(), &JournalService::changed);
        e->setText(text);
        e->setValueIds(values);
        e->setDay(day);
        e->setOutcome(outcome);

        QVERIFY(!e->save());
        QCOMPARE(e->errorText(), message);
        QCOMPARE(e->text(), text);
        QCOMPARE(e.saved.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(j.storedCount(), 0);
        QVERIFY2(!j.draft().isEmpty(), "what was typed is kept as a draft");
        QCOMPARE(e->tooLong(), text.size() > e->maxLength());

        e->setText(text + QStringLiteral(" en nog iets")); // any change clears the message
        QCOMPARE(e->errorText(), QString());
    }

    void saveStoresTheReflectionAndDropsTheDraft()
    {
        AppJournal j;
        Editor e(j);
        QSignalSpy changed(&j.service(), &JournalService::changed);
        e.fillIn(QStringLiteral("Ouders bedankten ons voor de excursie"));
        e->setDay(QStringLiteral("2026-11-18"));
        e->toggleValue(QStringLiteral("vertrouwen"));
        e->setEnergy(5);
        e->toggleTag(QStringLiteral("ouders"));

        QVERIFY2(e->save(), qPrintable(e->errorText()));
        QCOMPARE(e->errorText(), QString());
        QCOMPARE(e.saved.count(), 1);
        const qint64 id = e.saved.first().first().toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(j.draft(), QString());

        auto stored = j.store().get(id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("Ouders bedankten ons voor de excursie"));
        QCOMPARE(stored->day, QDate(2026, 11, 18));
        QCOMPARE(stored->valueIds, strings({ "vertrouwen", "verbinding" })); // profile order
        QCOMPARE(stored->outcome, 4);
        QCOMPARE(stored->energy, std::optional<int>(5));
        QCOMPARE(stored->tagIds, strings({ "ouders" }));

        j.reopen();
        QVERIFY(!Editor(j)->restoredDraft());
    }

    void editUpdatesTextButKeepsWhenItWasWritten()
    {
        AppJournal j;
        const QDateTime written = j.clock().now();
        const qint64 id = j.add(QStringLiteral("Eerste versie"), QDate(2026, 11, 19));
        j.clock().advanceMs(3600 * 1000);

        Editor e(j, false);
        QVERIFY(e->edit(id));
        QVERIFY(e->editing());
        QCOMPARE(e->reflectionId(), id);
        QCOMPARE(e->text(), QStringLiteral("Eerste versie"));
        QCOMPARE(e->day(), QStringLiteral("2026-11-19"));
        QVERIFY(!e->createdLabel().isEmpty());
        QCOMPARE(e->editedLabel(), QString()); // never changed yet

        e->setText(QStringLiteral("Tweede versie"));
        QVERIFY2(e->save(), qPrintable(e->errorText()));
        QCOMPARE(e.saved.count(), 1);
        QCOMPARE(e.saved.first().first().toLongLong(), id);

        auto stored = j.store().get(id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("Tweede versie"));
        QCOMPARE(stored->created, written);
        QCOMPARE(stored->edited, j.clock().now());
        QCOMPARE(j.storedCount(), 1);

        e.editor.reset();
        QCOMPARE(j.draft(), QString()); // editing never leaves a draft of a new reflection
    }

    void editOfAMissingReflectionSaysSo()
    {
        AppJournal j;
        Editor e(j, false);
        QVERIFY(!e->edit(4242));
        QCOMPARE(e->errorText(), QStringLiteral("This reflection no longer exists."));
        QVERIFY(!e->editing());
    }

    void discardDropsTheDraft()
    {
        AppJournal j;
        Editor e(j);
        e.fillIn(QStringLiteral("Toch maar niet"));
        QTRY_VERIFY_WITH_TIMEOUT(!j.draft().isEmpty(), 2000);

        e->discard();
        QCOMPARE(j.draft(), QString());
        QCOMPARE(e->text(), QString());
        QCOMPARE(e->valueIds(), QStringList());
        QVERIFY(!e->restoredDraft());
        j.reopen();
        QVERIFY(!Editor(j)->restoredDraft());
    }

    void toggleValuesAndTags()
    {
        AppJournal j;
        Editor e(j);
        QSignalSpy content(e.editor.get(), &ReflectionEditor::contentChanged);
        e->toggleValue(QStringLiteral("vertrouwen"));
        e->toggleValue(QStringLiteral("eigenaarschap"));
        QCOMPARE(e->valueIds(), strings({ "vertrouwen", "eigenaarschap" }));
        e->toggleValue(QStringLiteral("vertrouwen"));
        QCOMPARE(e->valueIds(), strings({ "eigenaarschap" }));
        e->toggleTag(QStringLiteral("les"));
        e->toggleTag(QStringLiteral("team"));
        e->toggleTag(QStringLiteral("les"));
        QCOMPARE(e->tagIds(), strings({ "team" }));
        QCOMPARE(content.count(), 6);
    }

    void fullDiskKeepsTextAndDraft()
    {
        AppJournal j;
        Editor e(j);
        e.fillIn(QStringLiteral("Geschreven op een volle schijf"));
        QTRY_VERIFY_WITH_TIMEOUT(!j.draft().isEmpty(), 2000);

        FullDisk::set(true);
        const bool saved = e->save();
        FullDisk::set(false);
        QVERIFY(!saved);
        QCOMPARE(e->errorText(),
            QStringLiteral("The disk is full: nothing was saved. Free some space and try again."));
        QCOMPARE(e->text(), QStringLiteral("Geschreven op een volle schijf"));
        QCOMPARE(e.saved.count(), 0);
        QCOMPARE(j.storedCount(), 0);
        QVERIFY(j.draft().contains(QStringLiteral("volle schijf")));

        // Space freed: the same save now goes through.
        QVERIFY2(e->save(), qPrintable(e->errorText()));
        QCOMPARE(j.storedCount(), 1);
        QCOMPARE(j.draft(), QString());
    }
};

QTEST_GUILESS_MAIN(TestReflectionEditor)
#include "tst_reflection_editor.moc"
