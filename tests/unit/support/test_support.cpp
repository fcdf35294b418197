#include "test_support.h"

#include "teacher/teacher_schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <sqlite3.h>

namespace kw::test {

QDateTime localTime(QDate day, QTime time)
{
    return QDateTime(day, time);
}

QDateTime defaultNow()
{
    return localTime(QDate(2026, 11, 20));
}

const char* codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput:
        return "InvalidInput";
    case Error::Code::NotFound:
        return "NotFound";
    case Error::Code::Busy:
        return "Busy";
    case Error::Code::ReadOnly:
        return "ReadOnly";
    case Error::Code::DiskFull:
        return "DiskFull";
    case Error::Code::NewerSchema:
        return "NewerSchema";
    case Error::Code::Corrupt:
        return "Corrupt";
    case Error::Code::Io:
        return "Io";
    case Error::Code::Untrusted:
        return "Untrusted";
    case Error::Code::Expired:
        return "Expired";
    }
    return "unknown";
}

Reflection reflection(const QString& text, QDate day, const QStringList& valueIds)
{
    Reflection r;
    r.text = text;
    r.day = day;
    r.valueIds = valueIds;
    r.outcome = 3;
    return r;
}

TempJournal::TempJournal(const QDateTime& now)
    : m_clock(now)
    , m_profile(demoProfile())
{ }

TempJournal::~TempJournal() = default;

Status TempJournal::open(const sql::Database::Options& options)
{
    close();
    auto db = sql::Database::open(path(), teacherSchema(), options);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    m_store = std::make_unique<JournalStore>(*m_db, m_profile, m_clock);
    return {};
}

void TempJournal::close()
{
    m_store.reset();
    m_db.reset();
}

QString TempJournal::path() const
{
    return m_dir.filePath(QStringLiteral("journal.sqlite"));
}

qint64 TempJournal::add(const QString& text, QDate day, const QStringList& valueIds)
{
    auto id = m_store->add(reflection(text, day, valueIds));
    return id ? *id : 0;
}

TempTeacher::TempTeacher(const QDateTime& now)
    : m_clock(now)
{ }

TempTeacher::~TempTeacher() = default;

Status TempTeacher::open()
{
    close();
    auto session = TeacherSession::open(
        path(), m_clock, {}, TeacherSession::RemovedReflections::Erase, m_vault);
    if (!session)
        return session.error();
    m_session = std::move(session).value();
    return {};
}

QString TempTeacher::path() const
{
    return m_dir.filePath(QStringLiteral("journal.sqlite"));
}

qint64 TempTeacher::add(const QString& text, QDate day, const QStringList& valueIds)
{
    auto id = m_session->journal().add(reflection(text, day, valueIds));
    return id ? *id : 0;
}

qint64 scalar(sql::Database& db, const char* sqlText)
{
    auto stmt = db.prepare(sqlText);
    if (!stmt)
        return -1;
    auto row = stmt->step();
    return row && *row ? stmt->columnInt64(0) : -1;
}

QString tableDump(sql::Database& db, const QList<const char*>& tables)
{
    QString out;
    for (const char* table : tables) {
        auto stmt = db.prepare(
            QByteArray("SELECT * FROM ").append(table).append(" ORDER BY 1, 2").constData());
        if (!stmt)
            return stmt.error().message;
        auto rows = stmt->collect([](const sql::Statement& row) {
            QString line;
            for (int c = 0; c < row.columnCount(); ++c)
                line += QString::fromLatin1(row.columnBlob(c).toHex()) + QLatin1Char('|');
            return line;
        });
        if (!rows)
            return rows.error().message;
        out += QString::fromLatin1(table) + QLatin1Char('\n') + rows->join(QLatin1Char('\n'));
    }
    return out;
}

QString integrityCheck(sql::Database& db)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error().message;
    QStringList lines;
    for (auto row = stmt->step(); row && *row; row = stmt->step())
        lines << stmt->columnText(0);
    return lines.join(QLatin1Char('\n'));
}

bool ftsIndexAgrees(sql::Database& db)
{
    return db.exec("INSERT INTO reflection_fts(reflection_fts) VALUES('integrity-check')").ok();
}

QList<qint64> ftsIndexHits(sql::Database& db, const QString& ftsQuery)
{
    QList<qint64> ids;
    auto stmt = db.prepare("SELECT rowid FROM reflection_fts WHERE reflection_fts MATCH ? "
                           "ORDER BY rowid");
    if (!stmt)
        return ids;
    stmt->bind(1, ftsQuery);
    for (auto row = stmt->step(); row && *row; row = stmt->step())
        ids << stmt->columnInt64(0);
    return ids;
}

QString oneLineFailureProblem(const CliRun& run, int code)
{
    if (code == -1 ? run.code <= 0 : run.code != code)
        return QStringLiteral("exit code %1; stderr: %2").arg(run.code).arg(run.err);
    if (!run.err.startsWith(QStringLiteral("kernwijzer-cli: "))
        || run.err.count(QLatin1Char('\n')) != 1 || !run.err.endsWith(QLatin1Char('\n')))
        return QStringLiteral("stderr is not one reason line: ") + run.err;
    if (!run.out.isEmpty())
        return QStringLiteral("stdout is not empty: ") + run.out;
    return {};
}

bool spoilJournal(const QString& path, const QString& how)
{
    if (how == QStringLiteral("newer")) {
        return rawExec(
            path, QStringLiteral("PRAGMA user_version=%1").arg(teacherSchema().latestVersion() + 1))
            .isEmpty();
    }
    QFile file(path);
    return how == QStringLiteral("garbage") && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QByteArray(8192, '\xa5')) == 8192;
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QMap<QString, QByteArray> folderSnapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, fileSha256(dir.filePath(name)));
    return files;
}

RawConnection::RawConnection(const QString& path)
{
    if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawConnection::~RawConnection()
{
    sqlite3_close(m_db);
}

QString RawConnection::exec(const QString& sqlText)
{
    if (!m_db)
        return QStringLiteral("not open");
    char* message = nullptr;
    if (sqlite3_exec(m_db, sqlText.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return error.isEmpty() ? QStringLiteral("unknown error") : error;
}

QString rawExec(const QString& path, const QString& sqlText)
{
    RawConnection connection(path);
    return connection.exec(sqlText);
}

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral(
            "<pdftotext missing: scripts/install-deps.sh installs poppler-utils>");
    QProcess p;
    p.start(tool, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    p.waitForFinished(30'000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

CliRun runCliProcess(const QString& cliPath, const QStringList& args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KERNWIJZER_NOW"), QString::fromLatin1(nowForExecutables));
    env.insert(QStringLiteral("KERNWIJZER_KEYCHAIN"), QStringLiteral("off"));
    process.setProcessEnvironment(env);
    process.start(cliPath, args);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace kw::test
