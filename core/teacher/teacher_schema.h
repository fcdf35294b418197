#pragma once

#include "storage/database.h"

namespace kw {

/**
 * The teacher's database: reflections (with their kernwaarden, tags and search index), the POP
 * and hours, wellbeing check-ins, the exchange state and the app's own key-value state.
 */
const sql::Schema& teacherSchema();

} // namespace kw
