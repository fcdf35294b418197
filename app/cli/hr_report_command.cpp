// kernwijzer-cli report --hr-db: HR's released figures per period, cell and metric, and the reason
// for each withheld one. Reads the HR database only; never creates or changes it.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/hr_report_pdf.h"
#include "cli/report_options.h"
#include "cli/report_table.h"
#include "hr/hr_report.h"
#include "hr/hr_schema.h"
#include "hr/hr_store.h"
#include "hr/report_csv.h"
#include "hr/report_history.h"

#include <QJsonArray>

namespace kw::cli {

namespace {

/** --by takes the CLI's spelling; the rest of the report uses hr::dimensionKey(). */
std::optional<hr::Dimension> dimensionFromOption(const QString& text)
{
    if (text == QStringLiteral("age-band"))
        return hr::Dimension::AgeBand;
    return hr::dimensionFromKey(text);
}

} // namespace

int runHrReport(const Context& ctx)
{
    const QCommandLineOption hrDbOption(
        { QStringLiteral("hr-db") }, QStringLiteral("HR's database."), QStringLiteral("FILE"));
    const QCommandLineOption byOption({ QStringLiteral("by") },
        QStringLiteral("Only the school, or only one breakdown: school, team, role or age-band."),
        QStringLiteral("DIM"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "HR's figures: per period, cell and metric the released figure (n, mean, standard "
              "deviation and 95% interval, or a share), and for a withheld one the reason. Reads "
              "the HR database only."),
            .options = { hrDbOption, reportPeriodOption(), byOption, reportMetricOption(),
                reportCsvOption(), reportPdfOption() },
            .required = { &hrDbOption },
            .db = DbOption::None,
            .jsonDescription
            = QStringLiteral("Print JSON: {\"figures\": [...]}, see docs/cli.md.") });
    if (p.finished)
        return *p.finished;
    if (const auto misused = reportOptionsMisused(p))
        return *misused;
    std::optional<hr::Dimension> by;
    if (p.isSet(byOption)) {
        by = dimensionFromOption(p.value(byOption));
        if (!by)
            return p.usage(QStringLiteral("--by takes school, team, role or age-band."));
    }
    const QString metric = p.value(reportMetricOption());
    const bool pdf = p.isSet(reportPdfOption());
    if (pdf && (p.json() || p.isSet(reportCsvOption()) || by || !metric.isEmpty()))
        return p.usage(QStringLiteral("--pdf writes the whole report of one period: it takes "
                                      "--period only."));

    auto db = hr::openExistingHrDatabase(p.value(hrDbOption));
    if (!db)
        return p.failed(db.error());
    hr::HrStore store(**db, ctx.clock);
    if (pdf)
        return writeHrReportPdf(p, store, p.value(reportPeriodOption()));
    auto periods = store.periods();
    if (!periods)
        return p.failed(periods.error());
    if (const auto missing = keepReportPeriod(
            p, *periods, QStringLiteral("This HR database has no release of period %1.")))
        return *missing;
    auto history = hr::reportHistory(
        store, { *periods, by, metric.isEmpty() ? QStringList() : QStringList { metric } });
    if (!history)
        return p.failed(history.error());
    QList<hr::ReportRow> rows;
    for (hr::PeriodReport& report : *history)
        rows << std::move(report.rows);
    if (!metric.isEmpty() && rows.isEmpty())
        return p.failed(QStringLiteral("This HR database has no figure of metric %1.").arg(metric));

    if (p.isSet(reportCsvOption()))
        return p.print({}, hr::reportCsv(rows));
    if (p.json()) {
        QJsonArray json;
        for (const hr::ReportRow& row : std::as_const(rows))
            json << hr::reportRowJson(row);
        return p.print(QJsonObject { { QStringLiteral("figures"), json } }, QStringList());
    }
    if (!rows.isEmpty())
        return p.print({}, reportTable(rows));
    return p.print({},
        periods->isEmpty() ? QStringLiteral("No releases in this HR database yet.")
                           : QStringLiteral("No figures of this breakdown in this HR database."));
}

} // namespace kw::cli
