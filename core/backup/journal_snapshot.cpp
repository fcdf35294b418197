#include "backup/journal_snapshot.h"

#include "backup/journal_backup.h"
#include "exchange/crypto.h"
#include "storage/database.h"
#include "teacher/teacher_schema.h"
#include "teacher/teacher_session.h"

#include <QFile>
#include <QFileInfo>

namespace kw::backup {

bool removeDatabaseFiles(const QString& path)
{
    bool gone = true;
    for (const QString& suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            gone = false;
    }
    return gone;
}

namespace {

/** Puts @p secret in the snapshot's own place for it, instead of the name of a keychain entry. */
Status keepSecretInJournal(sql::Database& db, const QByteArray& secret)
{
    sql::Transaction tx(db);
    if (!tx.began())
        return tx.status();
    if (Status s = db.run("DELETE FROM exchange_secret_keychain"); !s)
        return s;
    if (Status s = db.run(
            "INSERT INTO exchange_secret (id, secret) VALUES (1, ?)", { sql::Blob { secret } });
        !s)
        return s;
    return tx.commit();
}

Result<qint64> count(sql::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->columnInt64(0);
}

} // namespace

Result<JournalSnapshot> JournalSnapshot::take(TeacherSession& session)
{
    const QFileInfo journal(session.path());
    JournalSnapshot snapshot(journal.absolutePath() + QStringLiteral("/.") + journal.fileName()
        + QStringLiteral(".backup-") + QString::fromLatin1(crypto::randomBytes(8).toHex())
        + QStringLiteral(".sqlite"));

    removeLeftovers(session.path()); // an earlier backup killed half-way
    // Made empty and private first: VACUUM INTO fills an empty file, with SQLite's default mode
    // (readable by all) only when it creates one.
    {
        QFile empty(snapshot.m_path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error { Error::Code::ReadOnly, empty.errorString() };
    }
    // Read from the session's own connection in one read transaction: what was committed
    // before it, whatever the app writes meanwhile.
    auto vacuum = session.database().prepare("VACUUM INTO ?1");
    if (!vacuum)
        return vacuum.error();
    if (Status s = vacuum->bind(1, snapshot.m_path).run(); !s)
        return s.error();

    auto place = session.exchangeStore().deviceSecretPlace();
    if (!place)
        return place.error();
    QByteArray secret;
    if (*place == exchange::SecretPlace::Keychain) {
        auto kept = session.exchangeStore().deviceSecret();
        if (!kept)
            return kept.error(); // a backup without it would give new submission ids
        secret = *kept;
    }

    sql::Database::Options options;
    options.create = false;
    auto db = sql::Database::open(snapshot.m_path, teacherSchema(), options);
    if (!db)
        return db.error();
    if (!secret.isEmpty()) {
        Status kept = keepSecretInJournal(**db, secret);
        crypto::wipe(secret);
        if (!kept)
            return kept.error();
    }
    auto version = (*db)->userVersion();
    if (!version)
        return version.error();
    snapshot.m_schemaVersion = *version;
    auto reflections = count(**db, "SELECT count(*) FROM reflection WHERE deleted_ms IS NULL");
    if (!reflections)
        return reflections.error();
    snapshot.m_reflections = int(*reflections);
    // Back to a single file: the stream reads the file alone, so nothing may stay in a WAL.
    if (Status s = (*db)->exec("PRAGMA journal_mode=DELETE"); !s)
        return s.error();
    return snapshot;
}

JournalSnapshot::JournalSnapshot(JournalSnapshot&& other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
    , m_schemaVersion(other.m_schemaVersion)
    , m_reflections(other.m_reflections)
{ }

JournalSnapshot::~JournalSnapshot()
{
    if (!m_path.isEmpty())
        removeDatabaseFiles(m_path);
}

} // namespace kw::backup
