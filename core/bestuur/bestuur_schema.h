#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <memory>

namespace kw::bestuur {

/**
 * The bestuur's database: per school the HR sign key it first came with (pinned), the co-signed
 * profiles its aggregates carried, and per school and period the aggregate that counts with
 * every figure of it. A withheld figure's count and sums are never stored.
 */
const sql::Schema& bestuurSchema();

/**
 * Opens the bestuur database at @p path only when it is one (sql::openExisting()): a missing
 * file, a file of another kind and one written by a newer Kernwijzer are refused with a one-line
 * reason, and nothing is created or changed.
 */
[[nodiscard]] Result<std::unique_ptr<sql::Database>> openExistingBestuurDatabase(
    const QString& path);

} // namespace kw::bestuur
