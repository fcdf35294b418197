#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace kw::sql {

class Statement;

/** Bytes bound as a BLOB (a QByteArray alone would bind as UTF-8 text). */
struct Blob
{
    QByteArray bytes;
};

/** A value bound to a placeholder: an integer, a text (bound as UTF-8) or a blob. */
using Param = std::variant<qint64, QString, Blob>;

/** One schema step: the SQL that brings a database from version N-1 to N. */
struct Migration
{
    int version;
    const char* sql;
};

/** Which database a file holds; a file of another kind is refused. */
struct Schema
{
    std::int32_t applicationId; ///< PRAGMA application_id of this kind of file
    std::span<const Migration> steps; ///< in ascending version order, starting at 1
    /** The page size a new file of this kind gets (0: SQLite's default, 4096). Larger pages
     * keep rows of a few KiB whole (a WITHOUT ROWID row of more than about a quarter page
     * spills to overflow pages); a file's page size is fixed once it is made. */
    int pageSize = 0;
    int latestVersion() const { return steps.empty() ? 0 : steps.back().version; }
};

/**
 * An open SQLite connection (RAII). Opening checks the file's kind and schema version before
 * anything is written: a newer or foreign file is refused and left byte-for-byte untouched.
 * Then WAL, foreign keys and the missing migrations are applied, one transaction per step.
 */
class Database
{
public:
    struct Options
    {
        bool create = true; ///< create the file if it does not exist
        int busyTimeoutMs = 2000; ///< wait this long for another writer before reporting Busy
        int upToVersion = -1; ///< for tests: stop migrating at this version (-1: latest)
    };

    static Result<std::unique_ptr<Database>> open(
        const QString& path, const Schema& schema, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Schema& schema)
    {
        return open(path, schema, Options {});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] Status exec(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);
    /** Prepares @p sql, binds @p params to ?1, ?2, … and steps it to completion (one-shot). */
    [[nodiscard]] Status run(const char* sql, const QList<Param>& params = {});
    /**
     * Prepares @p sql once and runs it for each of @p texts, binding (@p id, text) to ?1, ?2:
     * the rows of a link table for one owner. Stops at the first failure.
     */
    [[nodiscard]] Status runForEach(const char* sql, qint64 id, const QStringList& texts);
    [[nodiscard]] Result<int> userVersion();
    qint64 lastInsertId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /** Turns an SQLite result code into an Error with a message a person understands. */
    Error errorFor(int rc) const;

private:
    Database(sqlite3* db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    { }
    struct Header
    {
        qint64 userVersion = 0;
        qint64 applicationId = 0;
        qint64 objects = 0; ///< tables, indexes, … already in the file
    };
    Result<Header> inspect();
    Status migrate(const Schema& schema, int from, int to);

    sqlite3* m_db = nullptr;
    QString m_path;
};

/** A prepared statement (RAII). Bind indexes start at 1, column indexes at 0. */
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& utf8);
    Statement& bindBlob(int index, QByteArrayView bytes);
    Statement& bindNull(int index);
    /** Binds @p params in order to ?1, ?2, … */
    Statement& bindAll(const QList<Param>& params);

    /** Steps once: true when a row is available, false when done. */
    [[nodiscard]] Result<bool> step();
    /** Steps to completion, for statements that return no rows. */
    [[nodiscard]] Status run();
    /**
     * Steps to completion, calling @p onRow(const Statement&) for each row; stops at the first
     * failed step and returns its error (rows before it have been seen).
     */
    template <typename OnRow> [[nodiscard]] Status forEachRow(OnRow onRow);
    /**
     * Steps to completion and returns what @p readRow(const Statement&) makes of each row, in
     * order; or the error of the first failed step, and no rows.
     */
    template <typename ReadRow>
    [[nodiscard]] auto collect(ReadRow readRow)
        -> Result<QList<std::invoke_result_t<ReadRow&, const Statement&>>>;
    /** What @p readRow makes of the first row; nothing when there is none. */
    template <typename ReadRow>
    [[nodiscard]] auto first(ReadRow readRow)
        -> Result<std::optional<std::invoke_result_t<ReadRow&, const Statement&>>>;
    void reset();

    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(const Database* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }

    const Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

template <typename OnRow> Status Statement::forEachRow(OnRow onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        onRow(std::as_const(*this));
    }
}

template <typename ReadRow>
auto Statement::collect(ReadRow readRow)
    -> Result<QList<std::invoke_result_t<ReadRow&, const Statement&>>>
{
    QList<std::invoke_result_t<ReadRow&, const Statement&>> rows;
    if (Status s = forEachRow([&](const Statement& row) { rows << readRow(row); }); !s)
        return s.error();
    return rows;
}

template <typename ReadRow>
auto Statement::first(ReadRow readRow)
    -> Result<std::optional<std::invoke_result_t<ReadRow&, const Statement&>>>
{
    using Value = std::invoke_result_t<ReadRow&, const Statement&>;
    auto row = step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Value>();
    return std::optional<Value>(readRow(std::as_const(*this)));
}

/** BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit(). */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /** Whether BEGIN succeeded; when false, status() says why. */
    bool began() const { return m_began.ok(); }
    const Status& status() const { return m_began; }
    [[nodiscard]] Status commit();

private:
    Database& m_db;
    Status m_began;
    bool m_done = false;
};

} // namespace kw::sql
