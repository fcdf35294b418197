#pragma once

#include "common/result.h"
#include "hr/hr_store.h"
#include "hr/participation.h"
#include "hr/report_history.h"
#include "reports/report_document.h"

#include <QDate>
#include <QLocale>
#include <optional>

namespace kw {

/** What HR's report for the MR and the bestuur is made of. */
struct VitalityReportInput
{
    /** HR's report per period, oldest first; the last is the period the report is about, the
     * ones before it make the trend. */
    QList<hr::PeriodReport> periods;
    /** The report's period: its contributions against the profile's staff. */
    std::optional<hr::Participation> participation;
};

/**
 * What vitalityReport() needs from HR's database: the report of @p period (empty: the latest)
 * and of every period before it, and its participation. Refused when the store has no release
 * of that period, or none at all.
 */
[[nodiscard]] Result<VitalityReportInput> readVitalityReport(
    hr::HrStore& store, const QString& period = {});

/**
 * HR's report of one period for the MR and the bestuur, in the UI language: the school, the
 * period and the day it was made; the privacy rules the figures passed; participation; the
 * WHO-5 trend with its 95% band (a withheld period a gap); the pulse questions; heatmaps of
 * teams, roles and age bands × questions; the sources of werkdruk and of werkplezier; the
 * kernwaarden; and a table of every school figure. Only released figures carry a number; a
 * withheld one shows the rule that withheld it. Refuses nothing: an empty input says so.
 */
ReportDocument vitalityReport(const VitalityReportInput& input, QDate today, const QLocale& locale);

} // namespace kw
