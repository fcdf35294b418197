#pragma once

#include "reports/report_document.h"

#include <QImage>

namespace kw {

/**
 * Draws @p chart with QPainter, @p width pixels wide (the height follows from what it shows),
 * for a printed report. A withheld value is drawn as a grey gap with its mark, never as a bar,
 * point or colour of a number. Needs a QGuiApplication (fonts).
 */
QImage paintChart(const ReportChart& chart, int width);

} // namespace kw
