#pragma once

#include "common/result.h"
#include "reports/report_document.h"

namespace kw {

/**
 * Writes @p document as an A4 PDF with Qt's own PDF writer. Needs a QGuiApplication (fonts).
 * Writes to a temporary file next to @p path and renames it, so a full disk or a crash never
 * leaves a half-written PDF where the old one was.
 */
[[nodiscard]] Status writeReportPdf(const ReportDocument& document, const QString& path);

/**
 * @p document as the bytes of an A4 PDF, for a caller that writes the file its own way (a new
 * file only, never over an existing one). Needs a QGuiApplication, as writeReportPdf() does.
 */
QByteArray reportPdfBytes(const ReportDocument& document);

/** The HTML the PDF is laid out from (escaped; exposed for tests). */
QString reportHtml(const ReportDocument& document);

} // namespace kw
