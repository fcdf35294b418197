// Backup and restore of a teacher's journal (core/backup): the round trip, and every way a
// backup file can be wrong being refused with its own message and nothing left behind.
#include "backup/backup_file.h"
#include "backup/backup_format.h"
#include "backup/backup_stream.h"
#include "backup/journal_backup.h"
#include "conversation/teacher_conversation_key.h"
#include "demo/demo_teacher.h"
#include "exchange/shares.h"
#include "fake_vault.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace kw;
using namespace kw::backup;

namespace {

const QString kPassphrase = QStringLiteral("paarse olifant op de fiets");

/** The lowest cost a backup accepts: the tests' Argon2 takes a fraction of a second. */
BackupOptions lowCost()
{
    return { crypto::PassphraseCost {
        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE } };
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/** Every table of the file (sqlite_master) with its rows as sorted text, except @p skipped. */
QMap<QString, QStringList> allTables(const QString& path, const QStringList& skipped = {})
{
    sql::Database::Options options;
    options.create = false;
    auto db = sql::Database::open(path, teacherSchema(), options);
    if (!db)
        return { { QStringLiteral("error"), { db.error().message } } };
    auto names = (*db)->prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    const QStringList tables
        = *names->collect([](const sql::Statement& row) { return row.columnText(0); });
    QMap<QString, QStringList> out;
    for (const QString& table : tables) {
        if (skipped.contains(table))
            continue;
        auto rows = (*db)->prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table).toUtf8());
        QStringList lines = *rows->collect([](const sql::Statement& row) {
            QString line;
            for (int c = 0; c < row.columnCount(); ++c)
                line += QString::fromLatin1(row.columnBlob(c).toHex()) + QLatin1Char('|');
            return line;
        });
        lines.sort();
        out.insert(table, lines);
    }
    return out;
}

/** The reflections the search index of the journal at @p path finds for @p word, by row id. */
QStringList searchIds(const QString& path, const QString& word)
{
    sql::Database::Options options;
    options.create = false;
    auto db = sql::Database::open(path, teacherSchema(), options);
    if (!db)
        return { db.error().message };
    auto found = (*db)->prepare(
        QStringLiteral("SELECT rowid FROM reflection_fts WHERE reflection_fts MATCH '%1*' "
                       "ORDER BY rowid")
            .arg(word)
            .toUtf8());
    return *found->collect([](const sql::Statement& row) { return row.columnText(0); });
}

/** Opens @p bytes as a backup in memory with @p key, as decryptBackup() reads a file. */
Result<QByteArray> openInMemory(const QByteArray& bytes, QByteArrayView key, QByteArray* plain)
{
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    auto prefix = readPrefix(in, bytes.size());
    if (!prefix)
        return prefix.error();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto hash = readChunks(in, *prefix, key, &out);
    if (plain)
        *plain = out.data();
    return hash;
}

/** The key of the backup @p bytes (Argon2 once per salt and cost). */
QByteArray keyOf(const QByteArray& bytes, const QString& passphrase = kPassphrase)
{
    static QMap<QByteArray, QByteArray> cache;
    auto prefix = parsePrefix(bytes);
    if (!prefix)
        return {};
    const QByteArray id = prefix->header.salt + QByteArray::number(prefix->header.cost.ops)
        + QByteArray::number(prefix->header.cost.memBytes) + passphrase.toUtf8();
    if (!cache.contains(id))
        cache.insert(id, *backupKey(passphrase, prefix->header));
    return cache.value(id);
}

qint64 reflectionsIn(const QString& path)
{
    sql::Database::Options options;
    options.create = false;
    auto db = sql::Database::open(path, teacherSchema(), options);
    return db ? test::scalar(**db, "SELECT count(*) FROM reflection WHERE deleted_ms IS NULL") : -1;
}

} // namespace

class TestJournalBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripIsEqualTableByTable();
    void passphraseRules();
    void wrongPassphraseChangesNothing();
    void everyTruncationIsRefused();
    void streamRefusesEveryTruncation();
    void bitFlipsAreRefused();
    void appendedBytesAreRefused();
    void newerFormatIsRefused();
    void newerJournalSchemaIsRefused();
    void newerJournalInsideIsRefused();
    void partFileIsNotABackup();
    void existingOutPathIsRefused();
    void restoreOverJournalWithEntriesKeepsIt();
    void restoreIntoEmptyJournalKeepsNothing();
    void journalWithoutReflectionsButASecretIsKept();
    void plainCopiesArePrivateAndSwept();
    void attacksOnTheFileAreRefused();
    void lastBackupAt();

private:
    /** A small journal with three reflections, backed up into the temp folder. */
    QString smallBackup();

    std::unique_ptr<test::TempTeacher> m_teacher;
    QTemporaryDir m_out;
};

void TestJournalBackup::init()
{
    m_teacher = std::make_unique<test::TempTeacher>();
    QVERIFY_RESULT(m_teacher->open());
}

void TestJournalBackup::cleanup()
{
    m_teacher.reset();
    for (const QString& name : QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(m_out.filePath(name));
}

QString TestJournalBackup::smallBackup()
{
    for (int i = 0; i < 3; ++i)
        if (m_teacher->add(QStringLiteral("Een gesprek met ouders dat goed ging, dag %1").arg(i),
                QDate(2026, 11, 10 + i))
            == 0)
            return {};
    const QString out = m_out.filePath(QStringLiteral("klein.kwbackup"));
    auto written = writeBackup(m_teacher->session(), out, kPassphrase, lowCost());
    return written ? out : QString();
}

void TestJournalBackup::roundTripIsEqualTableByTable()
{
    // The secret in a key store, as on a phone: the backup must carry it all the same.
    auto vault = std::make_shared<test::FakeVault>();
    m_teacher->setVault(vault);
    QVERIFY_RESULT(m_teacher->open());
    TeacherSession& session = m_teacher->session();
    auto seeded = seedDemoTeacher(session);
    QVERIFY_RESULT(seeded);
    QVERIFY(seeded->reflections > 100);
    const SchoolProfile profile = session.profile();
    QVERIFY_RESULT(session.exchangeStore().setSettings({ true,
        { profile.teams.first().id, profile.roles.first().id, profile.ageBands.first().id } }));
    const auto period = session.exchange().exportablePeriods(profile).first();
    auto preview = session.exchange().preview(profile, period);
    QVERIFY_RESULT(preview);
    auto exported = session.exchange().exportTo(profile, *preview,
        m_out.filePath(QStringLiteral("voor.kwbijdrage")), exchange::systemRandom());
    QVERIFY_RESULT(exported);
    QCOMPARE(*session.exchangeStore().deviceSecretPlace(), exchange::SecretPlace::Keychain);
    auto keysBefore = conversation::teacherConversationKeys(session.exchangeStore());
    QVERIFY_RESULT(keysBefore);

    const QString out = m_out.filePath(QStringLiteral("journal.kwbackup"));
    auto written = writeBackup(session, out, kPassphrase, lowCost());
    QVERIFY_RESULT(written);
    QCOMPARE(written->path, QFileInfo(out).absoluteFilePath());
    QCOMPARE(written->bytes, QFileInfo(out).size());
    QCOMPARE(written->reflections, seeded->reflections);
    // Nothing of the snapshot stays beside the journal, and the backup holds no plain text.
    QCOMPARE(QDir(m_teacher->folder())
                 .entryList(QDir::Files | QDir::Hidden)
                 .filter(QStringLiteral(".backup-")),
        QStringList());
    QVERIFY(!readAll(out).contains("SQLite format 3"));
    QVERIFY(!readAll(out).contains("gesprek"));
    auto info = readBackupInfo(out);
    QVERIFY_RESULT(info);
    QCOMPARE(info->formatVersion, 1);
    QCOMPARE(info->createdAt, test::defaultNow().toUTC());

    const QString restored = m_out.filePath(QStringLiteral("nieuw.sqlite"));
    auto decrypted = decryptBackup(out, kPassphrase, restored);
    QVERIFY_RESULT(decrypted);
    QCOMPARE(decrypted->reflections, seeded->reflections);
    QVERIFY(decrypted->lastEntry.isValid());
    QCOMPARE(decrypted->info.createdAt, info->createdAt);

    // Table by table, row by row; the secret moved from the key store into the file, and the
    // date of this backup was recorded after its snapshot.
    // The search index's segments (reflection_fts_data, _idx) depend on when it was last merged
    // (closing a session optimises it), not on what it finds: compared by searches below.
    const QStringList secretTables
        = { QStringLiteral("exchange_secret"), QStringLiteral("exchange_secret_keychain"),
              QStringLiteral("reflection_fts_data"), QStringLiteral("reflection_fts_idx") };
    QVERIFY_RESULT(session.appState().remove(QStringLiteral("backup/lastMadeAt")));
    m_teacher->close();
    const auto before = allTables(m_teacher->path(), secretTables);
    const auto after = allTables(restored, secretTables);
    QVERIFY(before.size() > 20);
    QCOMPARE(after.keys(), before.keys());
    for (const QString& table : before.keys())
        QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
    int found = 0;
    for (const QString& word : { QStringLiteral("ouders"), QStringLiteral("leerling"),
             QStringLiteral("gesprek"), QStringLiteral("collega"), QStringLiteral("les") }) {
        const QStringList ids = searchIds(restored, word);
        QCOMPARE(ids, searchIds(m_teacher->path(), word));
        found += int(ids.size());
    }
    QVERIFY(found > 0);
    const QByteArray secret = vault->entries.first();
    QCOMPARE(allTables(restored).value(QStringLiteral("exchange_secret")),
        QStringList(QStringLiteral("31|%1|").arg(QString::fromLatin1(secret.toHex()))));
    QCOMPARE(allTables(restored).value(QStringLiteral("exchange_secret_keychain")), QStringList());

    // On a new phone: the secret goes to its key store, the ids and the key stay the same.
    auto newVault = std::make_shared<test::FakeVault>();
    FixedClock clock(test::defaultNow());
    auto reopened = TeacherSession::open(
        restored, clock, {}, TeacherSession::RemovedReflections::Erase, newVault);
    QVERIFY_RESULT(reopened);
    QVERIFY_RESULT(settleDeviceSecret(**reopened));
    QCOMPARE(*(*reopened)->exchangeStore().deviceSecretPlace(), exchange::SecretPlace::Keychain);
    QCOMPARE(newVault->entries.values(), QList<QByteArray> { secret });
    auto keysAfter = conversation::teacherConversationKeys((*reopened)->exchangeStore());
    QVERIFY_RESULT(keysAfter);
    QCOMPARE(keysAfter->signPublic, keysBefore->signPublic);
    QCOMPARE(keysAfter->boxPublic, keysBefore->boxPublic);
    auto again = (*reopened)->exchange().preview((*reopened)->profile(), period);
    QVERIFY_RESULT(again);
    auto reexported = (*reopened)->exchange().exportTo((*reopened)->profile(), *again,
        m_out.filePath(QStringLiteral("na.kwbijdrage")), exchange::systemRandom());
    QVERIFY_RESULT(reexported);
    QCOMPARE(reexported->submissionId, exported->submissionId);
    QCOMPARE(reexported->revision, exported->revision + 1);
}

void TestJournalBackup::passphraseRules()
{
    QVERIFY(!passphraseProblem(QStringLiteral("kort")).isEmpty());
    QVERIFY(!passphraseProblem(QStringLiteral("          ")).isEmpty());
    QVERIFY(passphraseProblem(kPassphrase).isEmpty());
    const QString out = m_out.filePath(QStringLiteral("kort.kwbackup"));
    auto written = writeBackup(m_teacher->session(), out, QStringLiteral("kort"), lowCost());
    QCOMPARE(test::codeOf(written), "InvalidInput");
    QVERIFY(!QFileInfo::exists(out));
    auto weak = writeBackup(m_teacher->session(), out, kPassphrase,
        { crypto::PassphraseCost { 1, crypto_pwhash_MEMLIMIT_MIN } });
    QCOMPARE(test::codeOf(weak), "InvalidInput");
    QVERIFY(!QFileInfo::exists(out));
}

void TestJournalBackup::wrongPassphraseChangesNothing()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    const QByteArray bytes = readAll(backup);
    const QString target = m_out.filePath(QStringLiteral("doel.sqlite"));
    auto wrong = decryptBackup(backup, QStringLiteral("groene olifant op de fiets"), target);
    QCOMPARE(test::codeOf(wrong), "Untrusted");
    QCOMPARE(wrong.error().message, wrongPassphraseOrDamaged().message);
    QVERIFY(wrong.error().message.contains(QStringLiteral("Wrong passphrase")));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(readAll(backup), bytes);
    // A target that exists is never written over.
    QVERIFY(writeAll(target, "mine"));
    auto over = decryptBackup(backup, kPassphrase, target);
    QCOMPARE(test::codeOf(over), "InvalidInput");
    QCOMPARE(readAll(target), QByteArray("mine"));
}

void TestJournalBackup::everyTruncationIsRefused()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    const QByteArray bytes = readAll(backup);
    const QByteArray key = keyOf(bytes);
    QByteArray plain;
    QVERIFY_RESULT(openInMemory(bytes, key, &plain));
    QVERIFY(plain.startsWith("SQLite format 3"));
    const qsizetype prefixBytes = parsePrefix(bytes)->bytes.size();
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        auto opened = openInMemory(bytes.first(length), key, nullptr);
        QVERIFY2(!opened.ok(), qPrintable(QString::number(length)));
        const Error expected = length < kMagicBytes ? notABackup() : incompleteBackup();
        if (length < kMagicBytes || length >= prefixBytes)
            QVERIFY2(opened.error().message == expected.message,
                qPrintable(QStringLiteral("%1: %2").arg(length).arg(opened.error().message)));
    }
    // As a file: the same message, and the target is not left behind.
    const QString target = m_out.filePath(QStringLiteral("doel.sqlite"));
    for (const qsizetype length : { prefixBytes, bytes.size() / 2, bytes.size() - 1 }) {
        const QString cut = m_out.filePath(QStringLiteral("kort.kwbackup"));
        QVERIFY(writeAll(cut, bytes.first(length)));
        auto restored = decryptBackup(cut, kPassphrase, target);
        QCOMPARE(restored.error().message, incompleteBackup().message);
        QVERIFY(restored.error().message.contains(QStringLiteral("may not have been finished")));
        QVERIFY(!QFileInfo::exists(target));
    }
}

void TestJournalBackup::streamRefusesEveryTruncation()
{
    // The stream alone, without the size in the header: small chunks, every length.
    const QByteArray key = crypto::randomBytes(kStreamKeyBytes);
    const QByteArray additional = "prefix";
    const qsizetype chunk = 64;
    QByteArray plain(5 * chunk + 10, '\0');
    for (int i = 0; i < plain.size(); ++i)
        plain[i] = char(i * 7);
    StreamSealer sealer(key);
    QBuffer in(&plain);
    in.open(QIODevice::ReadOnly);
    QBuffer sealed;
    sealed.open(QIODevice::WriteOnly);
    QVERIFY_RESULT(sealStream(in, sealer, additional, chunk, sealed, nullptr));
    const QByteArray stream = sealed.data();
    QCOMPARE(stream.size(), plain.size() + 6 * kChunkOverhead);
    const auto open = [&](const QByteArray& bytes, QByteArrayView ad = "prefix") {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return openStream(buffer, key, sealer.header(), ad, chunk, nullptr);
    };
    QCOMPARE(open(stream).fault, StreamFault::Ok);
    QCOMPARE(open(stream).plainBytes, quint64(plain.size()));
    for (qsizetype length = 0; length < stream.size(); ++length) {
        const StreamFault fault = open(stream.first(length)).fault;
        QVERIFY2(fault != StreamFault::Ok, qPrintable(QString::number(length)));
        if (length % (chunk + kChunkOverhead) == 0)
            QVERIFY2(fault == StreamFault::Incomplete, qPrintable(QString::number(length)));
    }
    // A byte more joins the short last chunk (fixed framing), which then does not open; the
    // file's size, known from its header, refuses it before this (everyTruncationIsRefused).
    QCOMPARE(open(stream + "x").fault, StreamFault::Damaged);
    QCOMPARE(open(stream, "other").fault, StreamFault::FirstChunk);
    // Two chunks swapped, a chunk dropped from the middle.
    const qsizetype c = chunk + kChunkOverhead;
    QByteArray swapped = stream;
    swapped.replace(c, c, stream.mid(2 * c, c)).replace(2 * c, c, stream.mid(c, c));
    QCOMPARE(open(swapped).fault, StreamFault::Damaged);
    QCOMPARE(open(QByteArray(stream).remove(c, c)).fault, StreamFault::Damaged);
    // An exact multiple of the chunk: the last full chunk is FINAL.
    QByteArray even(3 * chunk, 'a');
    StreamSealer evenSealer(key);
    QBuffer evenIn(&even);
    evenIn.open(QIODevice::ReadOnly);
    QBuffer evenOut;
    evenOut.open(QIODevice::WriteOnly);
    QVERIFY_RESULT(sealStream(evenIn, evenSealer, additional, chunk, evenOut, nullptr));
    QCOMPARE(evenOut.data().size(), even.size() + 3 * kChunkOverhead);
}

void TestJournalBackup::bitFlipsAreRefused()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    const QByteArray bytes = readAll(backup);
    const qsizetype prefixBytes = parsePrefix(bytes)->bytes.size();
    const qsizetype size = bytes.size();
    const qsizetype chunk = kChunkBytes + kChunkOverhead;
    QVERIFY(size > prefixBytes + 2 * chunk); // three chunks at least
    const QList<qsizetype> offsets = { 0, 7, 8, 11, 12, 13, prefixBytes / 2, prefixBytes - 1,
        prefixBytes, prefixBytes + 1, prefixBytes + chunk / 2, prefixBytes + chunk - 1,
        prefixBytes + chunk, prefixBytes + chunk + 1000, prefixBytes + 2 * chunk,
        size - kChunkOverhead - 1, size - kChunkOverhead, size - 16, size - 1 };
    for (const qsizetype offset : offsets) {
        for (const char bit : { char(0x01), char(0x80) }) {
            QByteArray flipped = bytes;
            flipped[offset] = char(flipped[offset] ^ bit);
            QByteArray key = keyOf(bytes);
            if (auto prefix = parsePrefix(flipped); prefix && prefix->header.cost.acceptable())
                key = keyOf(flipped); // a changed salt or cost: the key a reader would derive
            auto opened = openInMemory(flipped, key, nullptr);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("offset %1").arg(offset)));
        }
    }
    // A change in the first chunk reads as a wrong passphrase; one later as damage.
    QByteArray first = bytes;
    first[prefixBytes + 5] = char(first[prefixBytes + 5] ^ 1);
    QCOMPARE(openInMemory(first, keyOf(bytes), nullptr).error().message,
        wrongPassphraseOrDamaged().message);
    QByteArray later = bytes;
    later[size - 1] = char(later[size - 1] ^ 1);
    QCOMPARE(openInMemory(later, keyOf(bytes), nullptr).error().message, damagedBackup().message);
}

void TestJournalBackup::appendedBytesAreRefused()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    const QByteArray bytes = readAll(backup);
    const QByteArray key = keyOf(bytes);
    for (const QByteArray& tail : { QByteArray("x"), QByteArray(kChunkBytes + kChunkOverhead, 'y'),
             bytes.right(kChunkOverhead) }) {
        auto opened = openInMemory(bytes + tail, key, nullptr);
        QCOMPARE(opened.error().message, damagedBackup().message);
    }
}

void TestJournalBackup::newerFormatIsRefused()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    const QByteArray bytes = readAll(backup);
    auto prefix = parsePrefix(bytes);
    QVERIFY_RESULT(prefix);
    BackupHeader header = prefix->header;
    header.formatVersion = kFormatVersion + 1;
    const QByteArray newer = encodePrefix(header) + bytes.mid(prefix->bytes.size());
    const QString path = m_out.filePath(QStringLiteral("nieuwer.kwbackup"));
    QVERIFY(writeAll(path, newer));
    auto info = readBackupInfo(path);
    QCOMPARE(test::codeOf(info), "NewerSchema");
    QVERIFY(info.error().message.contains(QStringLiteral("newer version")));
    const QString target = m_out.filePath(QStringLiteral("doel.sqlite"));
    QCOMPARE(test::codeOf(decryptBackup(path, kPassphrase, target)), "NewerSchema");
    QVERIFY(!QFileInfo::exists(target));
}

void TestJournalBackup::newerJournalSchemaIsRefused()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    const QByteArray bytes = readAll(backup);
    auto prefix = parsePrefix(bytes);
    BackupHeader header = prefix->header;
    header.journalSchemaVersion = quint32(teacherSchema().latestVersion() + 1);
    const QString path = m_out.filePath(QStringLiteral("schema.kwbackup"));
    QVERIFY(writeAll(path, encodePrefix(header) + bytes.mid(prefix->bytes.size())));
    auto info = readBackupInfo(path);
    QCOMPARE(test::codeOf(info), "NewerSchema");
    QVERIFY(info.error().message.contains(
        QStringLiteral("schema %1").arg(header.journalSchemaVersion)));
}

void TestJournalBackup::newerJournalInsideIsRefused()
{
    // A header that claims this app's schema over a journal that is newer (only a forged or
    // buggy file can be like this): opening the written journal refuses it, and it goes.
    m_teacher->add(QStringLiteral("Iets"), QDate(2026, 11, 1));
    m_teacher->close();
    QVERIFY(test::spoilJournal(m_teacher->path(), QStringLiteral("newer")));
    QFile plain(m_teacher->path());
    QVERIFY(plain.open(QIODevice::ReadOnly));
    BackupHeader header;
    header.cost = lowCost().cost;
    header.salt = crypto::randomBytes(crypto::kSaltBytes);
    header.journalSchemaVersion = quint32(teacherSchema().latestVersion());
    header.plainBytes = quint64(plain.size());
    const QByteArray key = *backupKey(kPassphrase, header);
    StreamSealer sealer(key);
    header.streamHeader = sealer.header();
    const QByteArray prefix = encodePrefix(header);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    out.write(prefix);
    QVERIFY_RESULT(sealStream(plain, sealer, prefix, kChunkBytes, out, nullptr));
    const QString path = m_out.filePath(QStringLiteral("binnen.kwbackup"));
    QVERIFY(writeAll(path, out.data()));
    const QString target = m_out.filePath(QStringLiteral("doel.sqlite"));
    auto restored = decryptBackup(path, kPassphrase, target);
    QCOMPARE(test::codeOf(restored), "NewerSchema");
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
}

void TestJournalBackup::partFileIsNotABackup()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    // Nothing but the backup is left in its folder.
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList(QStringLiteral("klein.kwbackup")));
    QVERIFY(isBackupFileName(backup));
    // What a killed backup leaves: never offered, and not readable as a backup either.
    const QString part = backup + QStringLiteral(".part-a1B2c3");
    QVERIFY(writeAll(part, readAll(backup).first(5000)));
    QVERIFY(!isBackupFileName(part));
    QVERIFY(!isBackupFileName(QStringLiteral(".kwbackup")));
    QCOMPARE(readBackupInfo(part).error().message, incompleteBackup().message);
    // A place that cannot be written (a "folder" that is a file: refused even to root, as CI
    // runs): nothing at all is left, beside the journal or there.
    QTemporaryDir locked;
    const QString notAFolder = locked.filePath(QStringLiteral("bestand"));
    QVERIFY(writeAll(notAFolder, "geen map"));
    auto refused = writeBackup(
        m_teacher->session(), notAFolder + QStringLiteral("/x.kwbackup"), kPassphrase, lowCost());
    QVERIFY(!refused.ok());
    QCOMPARE(QDir(locked.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList(QStringLiteral("bestand")));
    QCOMPARE(QDir(m_teacher->folder())
                 .entryList(QDir::Files | QDir::Hidden)
                 .filter(QStringLiteral(".backup-")),
        QStringList());
}

void TestJournalBackup::existingOutPathIsRefused()
{
    const QString out = m_out.filePath(QStringLiteral("bestaat.kwbackup"));
    QVERIFY(writeAll(out, "eerder"));
    auto written = writeBackup(m_teacher->session(), out, kPassphrase, lowCost());
    QCOMPARE(test::codeOf(written), "InvalidInput");
    QCOMPARE(readAll(out), QByteArray("eerder"));
    auto wrongName = writeBackup(m_teacher->session(),
        m_out.filePath(QStringLiteral("journal.zip")), kPassphrase, lowCost());
    QCOMPARE(test::codeOf(wrongName), "InvalidInput");
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("journal.zip"))));
    auto lastAt = backup::lastBackupAt(m_teacher->session());
    QVERIFY(lastAt.ok() && !lastAt->has_value());
}

void TestJournalBackup::restoreOverJournalWithEntriesKeepsIt()
{
    const QString backup = smallBackup(); // three reflections
    QVERIFY(!backup.isEmpty());
    // Another journal on this device, with entries of its own.
    test::TempTeacher other;
    QVERIFY_RESULT(other.open());
    for (int i = 0; i < 5; ++i)
        QVERIFY(other.add(QStringLiteral("Andere %1").arg(i), QDate(2026, 10, 1 + i)) != 0);
    other.close();
    const QByteArray oldBytes = readAll(other.path());
    QCOMPARE(*journalHasEntries(other.path()), true);

    const QString decrypted = other.path() + QStringLiteral(".terugzetten");
    QVERIFY_RESULT(decryptBackup(backup, kPassphrase, decrypted));
    auto kept = replaceJournal(decrypted, other.path(), QDate(2026, 11, 20));
    QVERIFY_RESULT(kept);
    QCOMPARE(*kept, other.folder() + QStringLiteral("/journal-voor-terugzetten-2026-11-20.sqlite"));
    QCOMPARE(readAll(*kept), oldBytes);
    QCOMPARE(reflectionsIn(*kept), 5);
    QCOMPARE(reflectionsIn(other.path()), 3);
    QVERIFY(!QFileInfo::exists(decrypted));

    // Again on the same day: a second kept file, the first one untouched.
    QVERIFY_RESULT(decryptBackup(backup, kPassphrase, decrypted));
    auto second = replaceJournal(decrypted, other.path(), QDate(2026, 11, 20));
    QVERIFY_RESULT(second);
    QVERIFY(second->endsWith(QStringLiteral("-2026-11-20-2.sqlite")));
    QCOMPARE(reflectionsIn(*kept), 5);
    QCOMPARE(reflectionsIn(*second), 3);
}

void TestJournalBackup::restoreIntoEmptyJournalKeepsNothing()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    test::TempTeacher fresh;
    QVERIFY_RESULT(fresh.open()); // made, with nothing in it
    fresh.close();
    QCOMPARE(*journalHasEntries(fresh.path()), false);
    const QString decrypted = fresh.path() + QStringLiteral(".terugzetten");
    QVERIFY_RESULT(decryptBackup(backup, kPassphrase, decrypted));
    auto kept = replaceJournal(decrypted, fresh.path(), QDate(2026, 11, 20));
    QVERIFY_RESULT(kept);
    QCOMPARE(*kept, QString());
    QCOMPARE(reflectionsIn(fresh.path()), 3);
    QCOMPARE(
        QDir(fresh.folder()).entryList(QDir::Files), QStringList(QStringLiteral("journal.sqlite")));
    // No journal at all (a first run): the restored one takes its place.
    const QString missing = fresh.folder() + QStringLiteral("/nieuw.sqlite");
    QCOMPARE(*journalHasEntries(missing), false);
    QVERIFY_RESULT(decryptBackup(backup, kPassphrase, decrypted));
    QCOMPARE(*replaceJournal(decrypted, missing, QDate(2026, 11, 20)), QString());
    QCOMPARE(reflectionsIn(missing), 3);
}

void TestJournalBackup::journalWithoutReflectionsButASecretIsKept()
{
    // An attacker's review found a journal with a conversation and the device secret, but no
    // reflection or goal, overwritten without a question: anything made counts.
    test::TempTeacher other;
    QVERIFY_RESULT(other.open());
    QVERIFY_RESULT(other.session().exchangeStore().deviceSecret()); // made on first use
    other.close();
    QCOMPARE(*journalHasEntries(other.path()), true);
}

void TestJournalBackup::plainCopiesArePrivateAndSwept()
{
    const QString backup = smallBackup();
    QVERIFY(!backup.isEmpty());
    // What a killed backup and a killed restore leave: gone when the next one starts.
    const QString folder = m_teacher->folder();
    const QString snapshot
        = folder + QStringLiteral("/.journal.sqlite.backup-0011223344556677.sqlite");
    const QString restoring = restoringPath(m_teacher->path());
    QVERIFY(QFileInfo(restoring).fileName().startsWith(QStringLiteral(".journal.sqlite.restore-")));
    QVERIFY(writeAll(snapshot, "SQLite format 3 plain text"));
    QVERIFY(writeAll(restoring, "SQLite format 3 plain text"));
    QVERIFY_RESULT(writeBackup(m_teacher->session(),
        m_out.filePath(QStringLiteral("weer.kwbackup")), kPassphrase, lowCost()));
    QCOMPARE(
        QDir(folder).entryList({ QStringLiteral(".journal.sqlite.*") }, QDir::Files | QDir::Hidden),
        QStringList());
    // A restored journal is as private as the backup: only its owner reads it.
    const QString target = m_out.filePath(QStringLiteral("terug.sqlite"));
    QVERIFY_RESULT(decryptBackup(backup, kPassphrase, target));
    QCOMPARE(QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
}

void TestJournalBackup::attacksOnTheFileAreRefused()
{
    // Two backups of the same journal with the same passphrase, one a reflection later.
    const QString a = smallBackup();
    QVERIFY(!a.isEmpty());
    m_teacher->add(QStringLiteral("Nog een"), QDate(2026, 11, 15));
    const QString bPath = m_out.filePath(QStringLiteral("later.kwbackup"));
    QVERIFY_RESULT(writeBackup(m_teacher->session(), bPath, kPassphrase, lowCost()));
    const QByteArray one = readAll(a);
    const QByteArray two = readAll(bPath);
    const qsizetype p1 = parsePrefix(one)->bytes.size();
    const qsizetype p2 = parsePrefix(two)->bytes.size();
    const qsizetype chunk = kChunkBytes + kChunkOverhead;

    // The header of one on the chunks of the other.
    const QByteArray swapped = one.first(p1) + two.mid(p2);
    QVERIFY(!openInMemory(swapped, keyOf(swapped), nullptr).ok());
    // Chunks in another order; the last chunk dropped (and the size in the header lowered to
    // fit, which changes the header every chunk is bound to).
    QByteArray reordered = one;
    reordered.replace(p1, chunk, one.mid(p1 + chunk, chunk))
        .replace(p1 + chunk, chunk, one.mid(p1, chunk));
    QVERIFY(!openInMemory(reordered, keyOf(one), nullptr).ok());
    const qsizetype lastStart = p1 + ((one.size() - p1 - 1) / chunk) * chunk;
    QVERIFY(!openInMemory(one.first(lastStart), keyOf(one), nullptr).ok());
    BackupHeader shorter = parsePrefix(one)->header;
    shorter.plainBytes
        = quint64(lastStart - p1) - quint64((lastStart - p1) / chunk) * kChunkOverhead;
    const QByteArray dropped = encodePrefix(shorter) + one.mid(p1, lastStart - p1);
    QCOMPARE(openInMemory(dropped, keyOf(dropped), nullptr).error().message,
        wrongPassphraseOrDamaged().message);
    // The Argon2 cost lowered (to the floor) or raised in the plain header.
    BackupHeader cheaper = parsePrefix(one)->header;
    cheaper.cost.memBytes = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    cheaper.cost.ops = crypto_pwhash_OPSLIMIT_INTERACTIVE + 1;
    const QByteArray weakened = encodePrefix(cheaper) + one.mid(p1);
    QVERIFY(!openInMemory(weakened, keyOf(weakened), nullptr).ok());
    cheaper.cost = { 1, 8192 };
    QCOMPARE(test::codeOf(parsePrefix(encodePrefix(cheaper))), "Corrupt");
    // A chunk of the older backup replayed into the newer one (same passphrase, same place).
    QByteArray replayed = two;
    replayed.replace(p2 + chunk, chunk, one.mid(p1 + chunk, chunk));
    QVERIFY(!openInMemory(replayed, keyOf(two), nullptr).ok());
    // The originals still open.
    QVERIFY_RESULT(openInMemory(one, keyOf(one), nullptr));
    QVERIFY_RESULT(openInMemory(two, keyOf(two), nullptr));
}

void TestJournalBackup::lastBackupAt()
{
    auto none = backup::lastBackupAt(m_teacher->session());
    QVERIFY_RESULT(none);
    QVERIFY(!none->has_value());
    m_teacher->clock().set(QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC));
    QVERIFY(!smallBackup().isEmpty());
    auto made = backup::lastBackupAt(m_teacher->session());
    QVERIFY_RESULT(made);
    QCOMPARE(**made, QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC));
    QCOMPARE(**m_teacher->session().appState().value(QStringLiteral("backup/lastMadeAt")),
        QStringLiteral("2026-11-21T09:30:00Z"));
}

QTEST_GUILESS_MAIN(TestJournalBackup)
#include "tst_journal_backup.moc"
