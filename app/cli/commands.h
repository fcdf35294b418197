#pragma once

#include "cli/cli_context.h"

namespace kw::cli {

// Each command's entry point; run() in run_cli.h picks one by its name.
int runJournal(const Context& ctx);
int runCheckin(const Context& ctx);
int runPop(const Context& ctx);
int runDemo(const Context& ctx);
int runKeys(const Context& ctx);
int runProfile(const Context& ctx);
int runExport(const Context& ctx);
int runImport(const Context& ctx);
int runInspect(const Context& ctx);
int runReport(const Context& ctx);
int runRelease(const Context& ctx);
int runAggregate(const Context& ctx);

// `import` for HR (--hr-db), the custodian (--custodian-db) and the bestuur (--bestuur-db).
int runHrImport(const Context& ctx);
int runCustodianImport(const Context& ctx);
int runRelease(const Context& ctx);
int runValidate(const Context& ctx);
int runBestuurImport(const Context& ctx);

// `report` for HR (--hr-db) and the bestuur (--bestuur-db).
int runHrReport(const Context& ctx);
int runBestuurReport(const Context& ctx);

// The `pop` subcommands that live outside pop_command.cpp.
int runPopHoursAdd(const Context& ctx);
int runPopHoursList(const Context& ctx);
int runPopHoursBalance(const Context& ctx);
int runPopSettings(const Context& ctx);
int runPopExport(const Context& ctx);

} // namespace kw::cli
