#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <optional>

namespace kw {

/**
 * Small persistent app state as keys and values: the reflection draft, the reminder settings,
 * the exchange's opt-in and cohort, the teacher's birth year. It lives in the `app_state` table
 * that a role's schema provides (the teacher's has one). Each write is one statement, so it is
 * atomic on its own and joins the caller's transaction when there is one.
 */
class AppStateStore
{
public:
    explicit AppStateStore(sql::Database& db);

    /** The value under @p key; nothing when it was never set or was removed. */
    [[nodiscard]] Result<std::optional<QString>> value(const QString& key);
    [[nodiscard]] Status setValue(const QString& key, const QString& value);
    [[nodiscard]] Status remove(const QString& key);

private:
    sql::Database& m_db;
};

} // namespace kw
