#pragma once

#include "common/clock.h"

#include <QStringList>
#include <QTextStream>

namespace kw::cli {

/** Runs one kernwijzer-cli command line (@p args includes the program name); returns the exit code.
 */
int run(const QStringList& args, QTextStream& out, QTextStream& err, const Clock& clock);

} // namespace kw::cli
