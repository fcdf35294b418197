#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <memory>

namespace kw::sql {

/** What openExisting() says when a file is missing or of another kind, in the caller's words. */
struct ExistingMessages
{
    QString missing; ///< "There is no HR database at …"
    QString otherKind; ///< "… is not a Kernwijzer HR database."
};

/**
 * Opens the database of @p schema at @p path only when it is one: a missing file, an empty one,
 * an SQLite file of no kind, a file of another kind and one written by a newer Kernwijzer are
 * refused with a one-line reason, and nothing is created or changed (what a report needs). An
 * older database of the kind is migrated.
 */
[[nodiscard]] Result<std::unique_ptr<Database>> openExisting(
    const QString& path, const Schema& schema, const ExistingMessages& messages);

} // namespace kw::sql
