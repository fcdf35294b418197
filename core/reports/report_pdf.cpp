#include "reports/report_pdf.h"

#include "reports/report_charts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Reports)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/** How wide a chart is painted, in pixels: about 230 dpi across an A4 page's text width. */
constexpr int kChartPixels = 1600;
/** How wide it is laid out in the document, in its pixels (96 a inch): the text width. */
constexpr int kChartWidth = 500;

QString chartName(qsizetype section, qsizetype chart)
{
    return QStringLiteral("kwchart:%1-%2").arg(section).arg(chart);
}

QString chartHtml(const ReportChart& c, const QString& name)
{
    QString html = QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>").arg(esc(c.title));
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(name).arg(kChartWidth);
    for (const QString& note : c.notes)
        html += QStringLiteral("<p style=\"color:#5F6368; font-size:small; margin-top:0\">%1</p>")
                    .arg(esc(note));
    return html;
}

} // namespace

QString reportHtml(const ReportDocument& d)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif;\">");
    html += QStringLiteral("<h1 style=\"color:#1F4E79\">%1</h1>").arg(esc(d.title));
    if (!d.subtitle.isEmpty())
        html += QStringLiteral("<p style=\"color:#5F6368\">%1</p>").arg(esc(d.subtitle));
    for (qsizetype i = 0; i < d.sections.size(); ++i) {
        const ReportSection& s = d.sections[i];
        html += QStringLiteral("<h2 style=\"color:#1F4E79%2\">%1</h2>")
                    .arg(esc(s.heading),
                        s.newPage ? QStringLiteral("; page-break-before:always") : QString());
        for (const QString& p : s.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(esc(p));
        for (qsizetype c = 0; c < s.charts.size(); ++c)
            html += chartHtml(s.charts[c], chartName(i, c));
        if (s.table.header.isEmpty() && s.table.rows.isEmpty())
            continue;
        html += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
            "style=\"border-color:#DADCE0; border-collapse:collapse\">");
        if (!s.table.header.isEmpty()) {
            html += QStringLiteral("<tr style=\"background-color:#F1F3F4\">");
            for (const QString& h : s.table.header)
                html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
            html += QStringLiteral("</tr>");
        }
        for (const QStringList& row : s.table.rows) {
            html += QStringLiteral("<tr>");
            for (const QString& cell : row)
                html += QStringLiteral("<td>%1</td>").arg(esc(cell));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (!d.footer.isEmpty())
        html += QStringLiteral("<p style=\"color:#5F6368; font-size:small\">%1</p>")
                    .arg(esc(d.footer));
    return html + QStringLiteral("</body></html>");
}

namespace {

/** Lays @p document out as an A4 PDF into @p device (open for writing). */
void printReport(const ReportDocument& document, QIODevice* device)
{
    QPdfWriter pdf(device);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Kernwijzer"));
    QTextDocument text;
    for (qsizetype i = 0; i < document.sections.size(); ++i) {
        for (qsizetype c = 0; c < document.sections[i].charts.size(); ++c)
            text.addResource(QTextDocument::ImageResource, QUrl(chartName(i, c)),
                paintChart(document.sections[i].charts[c], kChartPixels));
    }
    text.setHtml(reportHtml(document));
    text.print(&pdf);
}

} // namespace

QByteArray reportPdfBytes(const ReportDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    printReport(document, &buffer);
    buffer.close();
    return bytes;
}

Status writeReportPdf(const ReportDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            Error::Code::Io,
            Text::tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString())
        };
    printReport(document, &file);
    if (!file.commit())
        return Error { file.error() == QFileDevice::ResourceError ? Error::Code::DiskFull
                                                                  : Error::Code::Io,
            Text::tr("%1 could not be saved: %2. Nothing was changed.")
                .arg(QFileInfo(path).fileName(), file.errorString()) };
    return {};
}

} // namespace kw
