#include "storage/app_state_store.h"

namespace kw {

AppStateStore::AppStateStore(sql::Database& db)
    : m_db(db)
{ }

Result<std::optional<QString>> AppStateStore::value(const QString& key)
{
    auto stmt = m_db.prepare("SELECT value FROM app_state WHERE key = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, key).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(stmt->columnText(0));
}

Status AppStateStore::setValue(const QString& key, const QString& value)
{
    return m_db.run("INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                    "SET value = excluded.value",
        { key, value });
}

Status AppStateStore::remove(const QString& key)
{
    return m_db.run("DELETE FROM app_state WHERE key = ?", { key });
}

} // namespace kw
