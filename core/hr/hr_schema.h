#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <memory>

namespace kw::hr {

/**
 * HR's database: the co-signed school profiles HR works with, the releases it imported, its own
 * opened parts of the contributions in them (kept for re-releases, never shown) and the figures
 * of every released or withheld cell. A withheld figure's count and sums are never stored.
 */
const sql::Schema& hrSchema();

/**
 * Opens the HR database at @p path only when it is one: a missing file, an empty one, a file of
 * another kind and one written by a newer Kernwijzer are refused with a one-line reason, and
 * nothing is created or changed (what a report needs; the importer creates the database with
 * sql::Database::open(path, hrSchema())). An older HR database is migrated.
 */
[[nodiscard]] Result<std::unique_ptr<sql::Database>> openExistingHrDatabase(const QString& path);

} // namespace kw::hr
