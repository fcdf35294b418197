#pragma once

#include "hr/hr_report.h"
#include "profile/school_profile.h"

#include <QLocale>
#include <QString>
#include <optional>

// A released figure as people read it, in the UI language: one copy for HR's PDF report and the
// app's bestuur page. A withheld row gives no number: empty text and no value.

namespace kw::hr {

/** Whether @p row is read as a share (a cut-off indicator or a choice), else as a mean. */
bool isShareFigure(const ReportRow& row);
/** The number a released row is read by: its mean, or its share (0–1) for an indicator or a
 * choice; nothing for a withheld row. */
std::optional<double> figureValue(const ReportRow& row);
/** The 95% interval of figureValue(); nothing for a withheld row or where none is known. */
std::optional<Interval> figureInterval(const ReportRow& row);
/** figureValue() as text: "62,4" (a mean, one decimal) or "34%" (a share); empty when withheld. */
QString figureText(const ReportRow& row, const QLocale& locale);
/** figureInterval() as text: "58,1 – 66,7" or "28% – 41%"; empty when there is none. */
QString figureIntervalText(const ReportRow& row, const QLocale& locale);
/** The range a figure of @p row lies in: its instrument's scale for a score (WHO-5 0–100, a pulse
 * item 1–5; 0–100 for an instrument @p profile lacks), 0–1 for a share, 0–1 too for a count. */
std::pair<double, double> figureRange(const SchoolProfile& profile, const ReportRow& row);
/** A share (0–1) as a whole percentage: "34%". */
QString percentText(double share, const QLocale& locale);

} // namespace kw::hr
