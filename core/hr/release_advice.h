#pragma once

#include "common/result.h"

#include <QString>

namespace kw::hr {

/**
 * What HR can do next about a release importRelease() refused with @p refusal, in one plain
 * line for the desktop and the CLI: fetch the profile it names, import a period's releases in
 * order, ask the custodian for a new copy of a file that does not check, or free the database.
 */
QString whatToDoNext(const Error& refusal);

} // namespace kw::hr
