#pragma once

#include "cli/command_args.h"
#include "hr/hr_store.h"

namespace kw::cli {

/** --pdf OUT: where `report --hr-db` writes HR's A4 report for the MR and the bestuur. */
const QCommandLineOption& reportPdfOption();

/**
 * `report --hr-db F --pdf OUT [--period P]`: writes HR's report of period P (default: the
 * latest) with the trend up to it (reports/vitality_report.h), and prints what it wrote.
 */
int writeHrReportPdf(const CommandArgs& args, hr::HrStore& store, const QString& period);

} // namespace kw::cli
