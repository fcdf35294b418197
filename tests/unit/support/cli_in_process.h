#pragma once

#include "test_support.h"

namespace kw::test {

/**
 * Runs kernwijzer-cli in this process (kw::cli::run) with @p args after the program name, at
 * "now" for the tests (defaultNow()), and returns its exit code and what it printed.
 */
CliRun runCliInProcess(const QStringList& args);

} // namespace kw::test
