#pragma once

#include "common/clock.h"
#include "journal/journal_store.h"
#include "journal/reflection.h"
#include "profile/school_profile.h"
#include "storage/database.h"
#include "teacher/teacher_session.h"

#include <QByteArray>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct sqlite3;

/** Helpers shared by the unit and e2e tests; every test runs against files in its own folder. */
namespace kw::test {

/** 10:00 local time on a day: the tests run in Europe/Amsterdam (see kw_add_qtest). */
QDateTime localTime(QDate day, QTime time = QTime(10, 0));
/** "Now" for the tests: 2026-11-20 10:00, the same moment as KERNWIJZER_NOW in the e2e tests. */
QDateTime defaultNow();
inline constexpr char nowForExecutables[] = "2026-11-20T10:00:00";

/** "ok" for a success, else the error's code ("Busy", "NewerSchema", …), for QCOMPARE. */
const char* codeName(Error::Code code);
template <typename R> const char* codeOf(const R& result)
{
    return result.ok() ? "ok" : codeName(result.error().code);
}

/** A reflection that passes every rule: @p text on @p day, outcome 3, the given kernwaarden. */
Reflection reflection(
    const QString& text, QDate day, const QStringList& valueIds = { QStringLiteral("vertrouwen") });

/** A journal database (demo profile, FixedClock) in a temporary folder of its own. */
class TempJournal
{
public:
    explicit TempJournal(const QDateTime& now = defaultNow());
    ~TempJournal();

    /** Opens (or reopens) journal.sqlite in the folder; the store is ready when it returns ok. */
    [[nodiscard]] Status open(const sql::Database::Options& options = {});
    void close();

    QString path() const;
    QString folder() const { return m_dir.path(); }
    sql::Database& db() { return *m_db; }
    JournalStore& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    const SchoolProfile& profile() const { return m_profile; }

    /** Adds a valid reflection and returns its id, or 0 when the store refused it. */
    qint64 add(const QString& text, QDate day,
        const QStringList& valueIds = { QStringLiteral("vertrouwen") });

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    SchoolProfile m_profile;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<JournalStore> m_store;
};

/**
 * A teacher's session as the app and the CLI open it (TeacherSession: every store, the installed
 * school profile) over journal.sqlite in a temporary folder of its own, with a FixedClock.
 */
class TempTeacher
{
public:
    explicit TempTeacher(const QDateTime& now = defaultNow());
    ~TempTeacher();

    /** Opens (or reopens) the session; ready when it returns ok. */
    [[nodiscard]] Status open();
    void close() { m_session.reset(); }
    /** The key store the next open() passes (none by default: the secret stays in the journal). */
    void setVault(std::shared_ptr<SecretVault> vault) { m_vault = std::move(vault); }

    QString path() const;
    QString folder() const { return m_dir.path(); }
    TeacherSession& session() { return *m_session; }
    sql::Database& db() { return m_session->database(); }
    JournalStore& store() { return m_session->journal(); }
    FixedClock& clock() { return m_clock; }
    const SchoolProfile& profile() const { return m_session->profile(); }

    /** Adds a valid reflection and returns its id, or 0 when the store refused it. */
    qint64 add(const QString& text, QDate day,
        const QStringList& valueIds = { QStringLiteral("vertrouwen") });

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::shared_ptr<SecretVault> m_vault;
    std::unique_ptr<TeacherSession> m_session;
};

/** The first column of the first row of @p sql (a count, a PRAGMA); -1 when it fails. */
qint64 scalar(sql::Database& db, const char* sql);
/** Every row of each of @p tables as text (hex per column), to see that a refusal changed
 * nothing. */
QString tableDump(sql::Database& db, const QList<const char*>& tables);
/** What PRAGMA integrity_check says ("ok" for a healthy file). */
QString integrityCheck(sql::Database& db);
/** Whether the full-text index agrees with the reflections it indexes. */
bool ftsIndexAgrees(sql::Database& db);
/** Reflection ids the full-text index alone holds for @p ftsQuery (without the content table). */
QList<qint64> ftsIndexHits(sql::Database& db, const QString& ftsQuery);

/** What a kernwijzer-cli command returned and printed. */
struct CliRun
{
    int code = -1; ///< -1: it did not start or did not finish normally
    QString out;
    QString err;
};
/**
 * Runs the built kernwijzer-cli at @p cliPath as a separate process with @p args, at the tests'
 * fixed time (nowForExecutables) and without the system's keychain; waits at most @p timeoutMs.
 */
CliRun runCliProcess(const QString& cliPath, const QStringList& args, int timeoutMs);
/**
 * Empty when @p run failed as the CLI promises (exit code @p code, or any non-zero code for -1;
 * one line "kernwijzer-cli: <reason>" on stderr; nothing on stdout), else what was wrong.
 */
QString oneLineFailureProblem(const CliRun& run, int code = -1);

/** Empty for a successful Result or Status, else its message: for QVERIFY2, which reads its
 * message eagerly. */
template <typename R> QString problemOf(const R& result)
{
    return result.ok() ? QString() : result.error().message;
}

/** Fails the test unless the Result or Status @p r (evaluated once) is a success; shows why. */
#define QVERIFY_RESULT(r)                                                                          \
    do {                                                                                           \
        const QString kwProblem_ = ::kw::test::problemOf(r);                                       \
        QVERIFY2(kwProblem_.isEmpty(), qPrintable(kwProblem_));                                    \
    } while (false)

/** Fails the test unless the CliRun @p run (evaluated once) exited 0; shows its stderr. */
#define QVERIFY_OK(run)                                                                            \
    do {                                                                                           \
        const ::kw::test::CliRun kwRun_ = (run);                                                   \
        QVERIFY2(kwRun_.code == 0, qPrintable(kwRun_.err));                                        \
    } while (false)
/** Fails the test unless the CliRun (evaluated once) failed as oneLineFailureProblem() says; takes
 * the run and optionally the exit code. */
#define QVERIFY_ONE_LINE_REASON(...)                                                               \
    do {                                                                                           \
        const QString kwProblem_ = ::kw::test::oneLineFailureProblem(__VA_ARGS__);                 \
        QVERIFY2(kwProblem_.isEmpty(), qPrintable(kwProblem_));                                    \
    } while (false)

/** Spoils the journal at @p path: "garbage" overwrites it, "newer" marks it as a newer schema. */
bool spoilJournal(const QString& path, const QString& how);

QByteArray fileSha256(const QString& path);
/** Every file in @p folder with its SHA-256: equal snapshots mean nothing was created or changed.
 */
QMap<QString, QByteArray> folderSnapshot(const QString& folder);

/**
 * A plain SQLite connection outside the app's wrapper: another program holding a lock, an older
 * or newer Kernwijzer writing its own schema, or a file that is not a journal at all.
 */
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    /** Runs @p sql; returns an empty string on success, else SQLite's message. */
    QString exec(const QString& sql);

private:
    sqlite3* m_db = nullptr;
};

/** Runs @p sql on @p path in a connection of its own; empty string on success. */
QString rawExec(const QString& path, const QString& sql);

/** The text of a PDF as pdftotext reads it (whitespace simplified), or a note that it is missing.
 */
QString pdfText(const QString& path);

} // namespace kw::test
