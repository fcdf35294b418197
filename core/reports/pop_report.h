#pragma once

#include "pop/pop_year.h"
#include "profile/school_profile.h"
#include "reports/report_document.h"

#include <QDate>
#include <QLocale>

namespace kw {

/** What the teacher chooses to put into the POP report. */
struct PopReportOptions
{
    /**
     * Whether the text of reflections linked as evidence goes into the report. Off by default:
     * the journal is the teacher's own; the dossier shows only that a reflection exists (its
     * day and kernwaarden) unless the teacher decides otherwise.
     */
    bool includeReflectionText = false;
};

/**
 * The POP and professionaliseringsuren of one school year as a printable document for the
 * bekwaamheidsdossier: each goal with its why, success criteria, target date, progress, actions
 * and evidence, then the hours budget, balance, expiry and entries.
 *
 * It reads only a PopYear, which holds no wellbeing data, and never shows a reflection's outcome
 * or energy: those scores stay personal. Dates and hours follow @p locale; @p today goes into the
 * footer.
 */
ReportDocument popReport(const PopYear& year, const SchoolProfile& profile,
    const PopReportOptions& options, QDate today, const QLocale& locale);

} // namespace kw
