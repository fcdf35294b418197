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
// backup_command.cpp: the journal's encrypted backup, and restoring it.
int runBackup(const Context& ctx);
int runRestore(const Context& ctx);

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

// kernwijzer-cli gesprek (gesprek_command.cpp) and its subcommands: the leader's
// (gesprek_leader_commands.cpp), the teacher's (gesprek_teacher_commands.cpp) and the PDF
// (gesprek_pdf_command.cpp).
int runGesprek(const Context& ctx);
int runGesprekLeaderProfile(const Context& ctx);
int runGesprekLeaderImport(const Context& ctx);
int runGesprekVerslag(const Context& ctx);
int runGesprekLeaderShow(const Context& ctx);
int runGesprekTeachers(const Context& ctx);
int runGesprekLeft(const Context& ctx);
int runGesprekTeacherImport(const Context& ctx);
int runGesprekTeacherShow(const Context& ctx);
int runGesprekPrepare(const Context& ctx);
int runGesprekRespond(const Context& ctx);
int runGesprekTeacherPdf(const Context& ctx);
int runGesprekLeaderPdf(const Context& ctx);

} // namespace kw::cli
