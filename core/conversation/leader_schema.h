#pragma once

#include "storage/database.h"

namespace kw::conversation {

/**
 * The leader's database, leider.sqlite (application id "KWL1"): the installed school profile and
 * which of its leaders this database belongs to, the teachers the leader holds conversations
 * with, and each conversation's signed files and the leader's working notes.
 */
const sql::Schema& leaderSchema();

} // namespace kw::conversation
