#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sqlite3.h>

namespace kw::sql {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Storage)
};

Error error(Error::Code code, const QString& message)
{
    return Error { code, message };
}

} // namespace

Error Database::errorFor(int rc) const
{
    const QString file = QFileInfo(m_path).fileName();
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return error(Error::Code::Busy,
            Text::tr("The database is in use by another program. Close it and try again."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return error(Error::Code::ReadOnly,
            Text::tr("%1 is read-only: nothing can be saved to it.").arg(file));
    case SQLITE_FULL:
        return error(Error::Code::DiskFull,
            Text::tr("The disk is full: nothing was saved. Free some space and try again."));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return error(Error::Code::Corrupt,
            Text::tr("%1 is not a Kernwijzer database or it is damaged.").arg(file));
    case SQLITE_CANTOPEN:
        return error(Error::Code::Io,
            Text::tr("%1 cannot be opened: check that the folder exists "
                     "and may be written.")
                .arg(file));
    case SQLITE_CONSTRAINT:
        return error(Error::Code::InvalidInput,
            Text::tr("The data breaks a rule of the database (%1).")
                .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    default:
        return error(Error::Code::Io,
            Text::tr("Storage failed (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
}

Result<std::unique_ptr<Database>> Database::open(
    const QString& path, const Schema& schema, const Options& options)
{
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->errorFor(rc);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    if (sqlite3_db_readonly(raw, "main") == 1)
        return db->errorFor(SQLITE_READONLY);

    // Look before writing anything: a newer or foreign file must stay untouched.
    auto found = db->inspect();
    if (!found)
        return found.error();
    const QString file = QFileInfo(path).fileName();
    const bool foreign = found->applicationId == 0 ? found->objects > 0
                                                   : found->applicationId != schema.applicationId;
    if (foreign)
        return error(Error::Code::Corrupt,
            Text::tr("%1 is not a Kernwijzer database of this kind.").arg(file));
    if (found->userVersion > schema.latestVersion()) {
        return error(Error::Code::NewerSchema,
            Text::tr("%1 was written by a newer version of Kernwijzer (schema %2; this app "
                     "knows up to %3). Update the app; the file was not changed.")
                .arg(file)
                .arg(found->userVersion)
                .arg(schema.latestVersion()));
    }

    // Only an empty file takes a page size, and it must be set before WAL mode writes it.
    if (schema.pageSize > 0 && found->objects == 0) {
        const QByteArray pageSize = "PRAGMA page_size=" + QByteArray::number(schema.pageSize);
        if (Status s = db->exec(pageSize.constData()); !s)
            return s.error();
    }
    if (auto wal = db->prepare("PRAGMA journal_mode=WAL"); !wal) {
        return wal.error();
    } else if (auto row = wal->step(); !row) {
        return row.error();
    }
    // FULL: a committed reflection survives power loss, not only a killed process.
    if (Status s = db->exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"); !s)
        return s.error();

    const int target = options.upToVersion < 0 ? schema.latestVersion() : options.upToVersion;
    if (Status s = db->migrate(schema, found->userVersion, target); !s)
        return s.error();
    return db;
}

Result<Database::Header> Database::inspect()
{
    Header header;
    for (auto [sqlText, field] : { std::pair { "PRAGMA user_version", &header.userVersion },
             { "PRAGMA application_id", &header.applicationId },
             { "SELECT count(*) FROM sqlite_schema", &header.objects } }) {
        auto stmt = prepare(sqlText);
        if (!stmt)
            return stmt.error();
        if (auto row = stmt->step(); !row)
            return row.error();
        *field = stmt->columnInt64(0);
    }
    return header;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Status Database::migrate(const Schema& schema, int from, int to)
{
    for (const Migration& step : schema.steps) {
        if (step.version <= from || step.version > to)
            continue;
        Transaction tx(*this);
        if (!tx.began())
            return tx.status();
        if (Status s = exec(step.sql); !s)
            return s;
        const QByteArray bump = QByteArray("PRAGMA user_version=")
            + QByteArray::number(step.version)
            + "; PRAGMA application_id=" + QByteArray::number(schema.applicationId) + ";";
        if (Status s = exec(bump.constData()); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status Database::exec(const char* sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return Statement(this, stmt);
}

Status Database::run(const char* sql, const QList<Param>& params)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    return stmt->bindAll(params).run();
}

Status Database::runForEach(const char* sql, qint64 id, const QStringList& texts)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    for (const QString& text : texts) {
        if (Status s = stmt->bind(1, id).bind(2, text).run(); !s)
            return s;
        stmt->reset();
    }
    return {};
}

Result<int> Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->columnInt(0);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// --- Statement

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bind(index, value.toUtf8());
}

Statement& Statement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob64(
        m_stmt, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindAll(const QList<Param>& params)
{
    for (int i = 0; i < params.size(); ++i)
        std::visit(
            [&](const auto& value) {
                if constexpr (std::is_same_v<std::decay_t<decltype(value)>, Blob>)
                    bindBlob(i + 1, value.bytes);
                else
                    bind(i + 1, value);
            },
            params[i]);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->errorFor(rc);
}

Status Statement::run()
{
    return forEachRow([](const Statement&) {});
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QByteArray Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

// --- Transaction

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_began(db.exec("BEGIN IMMEDIATE"))
{ }

Transaction::~Transaction()
{
    if (m_began.ok() && !m_done)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    m_done = true;
    Status s = m_db.exec("COMMIT");
    if (!s)
        (void)m_db.exec("ROLLBACK");
    return s;
}

} // namespace kw::sql
