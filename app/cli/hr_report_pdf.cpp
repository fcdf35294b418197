#include "cli/hr_report_pdf.h"

#include "reports/report_pdf.h"
#include "reports/vitality_report.h"

#include <QJsonObject>

namespace kw::cli {

const QCommandLineOption& reportPdfOption()
{
    static const QCommandLineOption option({ QStringLiteral("pdf") },
        QStringLiteral("Write HR's A4 report for the MR and the bestuur (charts, participation, "
                       "the privacy rules) of --period (default: the latest) to this PDF."),
        QStringLiteral("OUT"));
    return option;
}

int writeHrReportPdf(const CommandArgs& args, hr::HrStore& store, const QString& period)
{
    auto input = readVitalityReport(store, period);
    if (!input)
        return args.failed(input.error());
    const ReportDocument document = vitalityReport(*input, args.ctx().clock.today(), QLocale());
    const QString out = args.value(reportPdfOption());
    if (Status s = writeReportPdf(document, out); !s)
        return args.failed(s.error());
    const QString written = input->periods.last().period;
    return args.print(
        QJsonObject { { QStringLiteral("path"), out }, { QStringLiteral("period"), written },
            { QStringLiteral("periods"), int(input->periods.size()) } },
        QStringLiteral("Wrote %1: HR's report of period %2 (trend over %3 period(s)).")
            .arg(out, written)
            .arg(input->periods.size()));
}

} // namespace kw::cli
