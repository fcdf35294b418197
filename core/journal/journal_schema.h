#pragma once

#include "storage/database.h"

namespace kw {

/** The teacher's journal database: reflections, their kernwaarden and tags, search, app state. */
const sql::Schema& journalSchema();

} // namespace kw
