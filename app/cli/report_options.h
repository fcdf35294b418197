#pragma once

#include "cli/command_args.h"

#include <optional>

namespace kw::cli {

/** --period P, --metric M and --csv: the filters and format every report takes. */
const QCommandLineOption& reportPeriodOption();
const QCommandLineOption& reportMetricOption();
const QCommandLineOption& reportCsvOption();

/**
 * The usage mistakes in those options, printed: --json with --csv, or a --period that is not a
 * period id. The exit code to return, or nothing when they are fine.
 */
[[nodiscard]] std::optional<int> reportOptionsMisused(const CommandArgs& args);

/**
 * Keeps of @p periods (what a database holds, oldest first) only --period, when it is given.
 * When the database has no such period, prints @p noSuchPeriod (its %1 the period) and returns
 * the exit code.
 */
[[nodiscard]] std::optional<int> keepReportPeriod(
    const CommandArgs& args, QStringList& periods, const QString& noSuchPeriod);

} // namespace kw::cli
