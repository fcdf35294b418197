// Where the device secret that submission ids come from lives (core/teacher/device_secret.h):
// in the system's key store, with only its entry's name in the journal, or in the journal where
// no key store can be reached. The real key store cannot run on a headless machine, so an
// in-memory vault stands in for it here; tst_keychain_vault checks the real one there.
#include "exchange/crypto.h"
#include "exchange/shares.h"
#include "fake_vault.h"
#include "teacher/device_secret.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kw;
using namespace kw::exchange;
using kw::test::codeOf;
using kw::test::FakeVault;

namespace {

/** Every byte of the journal as it lies on disk, WAL included. */
QByteArray bytesOnDisk(const QString& journal)
{
    QByteArray all;
    for (const QString& path : { journal, journal + QStringLiteral("-wal") }) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

qint64 rows(test::TempTeacher& t, const char* table)
{
    return test::scalar(t.db(), (QByteArray("SELECT count(*) FROM ") + table).constData());
}

} // namespace

class TestDeviceSecret : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keychainKeepsTheSecretOutOfTheJournal();
    void copiedJournalAloneCarriesNoSecret();
    void unreachableKeychainIsAnErrorNotANewSecret();
    void fallbackKeepsTheSecretInTheJournal();
    void journalSecretMovesToTheKeychainOnlyWhenReadBack();
    void journalFromBeforeTheKeychainKeepsItsSecret();
    void damagedKeychainEntryIsAnError();
    void aJournalNeverHoldsBoth();

private:
    /** Opens the teacher's journal with @p vault and prepares the demo school for sharing. */
    void openWith(std::shared_ptr<SecretVault> vault);
    /** Exports the last closed period; the contribution's submission id, or the error. */
    Result<QByteArray> exportLast();

    std::unique_ptr<test::TempTeacher> m_teacher;
    std::shared_ptr<FakeVault> m_vault;
    int m_exports = 0;
};

void TestDeviceSecret::init()
{
    m_teacher = std::make_unique<test::TempTeacher>();
    m_vault = std::make_shared<FakeVault>();
    m_exports = 0;
}

void TestDeviceSecret::cleanup()
{
    m_teacher.reset();
    m_vault.reset();
}

void TestDeviceSecret::openWith(std::shared_ptr<SecretVault> vault)
{
    m_teacher->setVault(std::move(vault));
    QVERIFY(m_teacher->open().ok());
    TeacherSession& session = m_teacher->session();
    if (!*session.exchangeStore().isDemoJournal())
        QVERIFY(session.installDemoSchool().ok());
    QVERIFY(session.exchangeStore().setSettings({ true, {} }).ok());
}

Result<QByteArray> TestDeviceSecret::exportLast()
{
    TeacherSession& session = m_teacher->session();
    const auto periods = session.exchange().exportablePeriods(session.profile());
    if (periods.isEmpty())
        return Error { Error::Code::NotFound, QStringLiteral("no closed period") };
    auto preview = session.exchange().preview(session.profile(), periods.first());
    if (!preview)
        return preview.error();
    const QString path
        = m_teacher->folder() + QStringLiteral("/export-%1.kwbijdrage").arg(++m_exports);
    auto part = session.exchange().exportTo(session.profile(), *preview, path, systemRandom());
    if (!part)
        return part.error();
    return part->submissionId;
}

void TestDeviceSecret::keychainKeepsTheSecretOutOfTheJournal()
{
    openWith(m_vault);
    ExchangeStore& store = m_teacher->session().exchangeStore();
    QCOMPARE(*store.deviceSecretPlace(), SecretPlace::None);
    auto id = exportLast();
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QCOMPARE(*store.deviceSecretPlace(), SecretPlace::Keychain);

    // The key store holds the secret; the journal holds only the name of its entry.
    QCOMPARE(m_vault->entries.size(), 1);
    const QString entry = m_vault->entries.firstKey();
    const QByteArray secret = m_vault->entries.first();
    QCOMPARE(secret.size(), 32);
    QVERIFY(entry.startsWith(QStringLiteral("kernwijzer/device-secret/")));
    QCOMPARE(rows(*m_teacher, "exchange_secret"), 0);
    QCOMPARE(rows(*m_teacher, "exchange_secret_keychain"), 1);
    QCOMPARE(*store.deviceSecret(), secret);

    // A re-export, also after reopening, derives the same id from the key store's secret.
    m_teacher->close();
    openWith(m_vault);
    QCOMPARE(*exportLast(), *id);
    QCOMPARE(m_vault->entries.size(), 1);
    m_teacher->close();
    QVERIFY(!bytesOnDisk(m_teacher->path()).contains(secret));
}

void TestDeviceSecret::copiedJournalAloneCarriesNoSecret()
{
    openWith(m_vault);
    auto id = exportLast();
    QVERIFY(id.ok());
    const QByteArray secret = m_vault->entries.first();
    m_teacher->close();

    // Someone copies the journal file to a device of their own, whose keychain is empty.
    test::TempTeacher copy;
    QVERIFY(QFile::copy(m_teacher->path(), copy.path()));
    QVERIFY(!bytesOnDisk(copy.path()).contains(secret));
    auto otherKeychain = std::make_shared<FakeVault>();
    copy.setVault(otherKeychain);
    QVERIFY(copy.open().ok());
    ExchangeStore& store = copy.session().exchangeStore();
    auto refused = store.deviceSecret();
    QCOMPARE(codeOf(refused), "NotFound");
    QVERIFY2(refused.error().message.contains(QStringLiteral("has no entry")),
        qPrintable(refused.error().message));
    // No secret was made in its place: the copy cannot sign in this teacher's name.
    QVERIFY(otherKeychain->entries.isEmpty());
    QCOMPARE(otherKeychain->writes, 0);
    QCOMPARE(*store.deviceSecretPlace(), SecretPlace::Keychain);
    QCOMPARE(test::scalar(copy.db(), "SELECT count(*) FROM exchange_secret"), 0);

    // Without any key store, the same.
    copy.setVault(nullptr);
    QVERIFY(copy.open().ok());
    auto noKeychain = copy.session().exchangeStore().deviceSecret();
    QCOMPARE(codeOf(noKeychain), "Io");
    QVERIFY(noKeychain.error().message.contains(QStringLiteral("cannot be reached now")));
}

void TestDeviceSecret::unreachableKeychainIsAnErrorNotANewSecret()
{
    openWith(m_vault);
    auto first = exportLast();
    QVERIFY(first.ok());
    ExchangeStore& store = m_teacher->session().exchangeStore();
    const auto entries = m_vault->entries;
    const QString period = m_teacher->session()
                               .exchange()
                               .exportablePeriods(m_teacher->session().profile())
                               .first()
                               .id();
    const QString schoolId = m_teacher->session().profile().schoolId;
    const quint32 nextRevision = *store.nextRevision(schoolId, period);
    const int writes = m_vault->writes;

    m_vault->reachable = false;
    auto refused = exportLast();
    QCOMPARE(codeOf(refused), "Io");
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("kept in your system's keychain, which cannot be reached now")),
        qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("the fake keychain is locked")));
    // Nothing new: no secret, no revision used up, the secret still where it was.
    QCOMPARE(m_vault->writes, writes);
    QCOMPARE(m_vault->entries, entries);
    QCOMPARE(rows(*m_teacher, "exchange_secret"), 0);
    QCOMPARE(*store.deviceSecretPlace(), SecretPlace::Keychain);
    QCOMPARE(*store.nextRevision(schoolId, period), nextRevision);

    m_vault->reachable = true; // unlocked again
    QCOMPARE(*exportLast(), *first);
}

void TestDeviceSecret::fallbackKeepsTheSecretInTheJournal()
{
    m_vault->reachable = false; // a headless machine: no Secret Service
    openWith(m_vault);
    ExchangeStore& store = m_teacher->session().exchangeStore();
    auto first = exportLast();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(*store.deviceSecretPlace(), SecretPlace::Journal);
    QCOMPARE(rows(*m_teacher, "exchange_secret"), 1);
    QCOMPARE(rows(*m_teacher, "exchange_secret_keychain"), 0);
    QVERIFY(m_vault->entries.isEmpty());

    // Today's behaviour: the same id on a re-export, after reopening too, with or without vault.
    QCOMPARE(*exportLast(), *first);
    m_teacher->close();
    openWith(nullptr);
    QCOMPARE(*m_teacher->session().exchangeStore().deviceSecretPlace(), SecretPlace::Journal);
    QCOMPARE(*exportLast(), *first);
}

void TestDeviceSecret::journalSecretMovesToTheKeychainOnlyWhenReadBack()
{
    openWith(nullptr);
    auto first = exportLast();
    QVERIFY(first.ok());
    const QByteArray secret = *m_teacher->session().exchangeStore().deviceSecret();
    m_teacher->close();
    QVERIFY(bytesOnDisk(m_teacher->path()).contains(secret)); // the fallback, as documented

    // A key store that does not give back what was written: the secret stays in the journal,
    // and no entry is left behind in the key store.
    m_vault->garbleReads = true;
    openWith(m_vault);
    QCOMPARE(*exportLast(), *first);
    QCOMPARE(*m_teacher->session().exchangeStore().deviceSecretPlace(), SecretPlace::Journal);
    QCOMPARE(rows(*m_teacher, "exchange_secret"), 1);
    QVERIFY(m_vault->writes > 0);
    QVERIFY(m_vault->entries.isEmpty());

    // One that works: the secret moves, and the journal's copy is overwritten in the file.
    m_vault->garbleReads = false;
    QCOMPARE(*exportLast(), *first);
    QCOMPARE(*m_teacher->session().exchangeStore().deviceSecretPlace(), SecretPlace::Keychain);
    QCOMPARE(m_vault->entries.size(), 1);
    QCOMPARE(m_vault->entries.first(), secret);
    QCOMPARE(rows(*m_teacher, "exchange_secret"), 0);
    QVERIFY(!bytesOnDisk(m_teacher->path()).contains(secret)); // while open
    m_teacher->close();
    QVERIFY(!bytesOnDisk(m_teacher->path()).contains(secret));
    openWith(m_vault);
    QCOMPARE(*exportLast(), *first);
}

void TestDeviceSecret::journalFromBeforeTheKeychainKeepsItsSecret()
{
    // A journal of schema 7 (before the key store was used) with a secret of its own.
    {
        sql::Database::Options options;
        options.upToVersion = 7;
        auto db = sql::Database::open(m_teacher->path(), teacherSchema(), options);
        QVERIFY(db.ok());
    }
    const QByteArray secret = crypto::randomBytes(32);
    QCOMPARE(test::rawExec(m_teacher->path(),
                 QStringLiteral("INSERT INTO exchange_secret (id, secret) VALUES (1, x'%1')")
                     .arg(QString::fromLatin1(secret.toHex()))),
        QString());
    QVERIFY(m_teacher->open().ok());
    ExchangeStore& store = m_teacher->session().exchangeStore();
    QCOMPARE(*store.deviceSecretPlace(), SecretPlace::Journal);
    QCOMPARE(*store.deviceSecret(), secret);
}

void TestDeviceSecret::damagedKeychainEntryIsAnError()
{
    openWith(m_vault);
    QVERIFY(exportLast().ok());
    m_vault->entries.first() = QByteArray(16, 'x');
    auto refused = m_teacher->session().exchangeStore().deviceSecret();
    QCOMPARE(codeOf(refused), "Corrupt");
    QCOMPARE(m_vault->entries.first(), QByteArray(16, 'x')); // not replaced either
}

void TestDeviceSecret::aJournalNeverHoldsBoth()
{
    openWith(m_vault);
    QVERIFY(exportLast().ok());
    // Whatever a later version (or a bug) tries, the secret cannot land in the journal as well.
    QVERIFY(!m_teacher->db()
                 .run("INSERT INTO exchange_secret (id, secret) VALUES (1, zeroblob(32))")
                 .ok());
    QCOMPARE(rows(*m_teacher, "exchange_secret"), 0);
}

QTEST_GUILESS_MAIN(TestDeviceSecret)
#include "tst_device_secret.moc"
