// kernwijzer-cli report --bestuur-db: the bestuur's figures per period: merged over its schools
// and each school's own, as the schools' aggregates released them. Reads the bestuur database
// only; never creates or changes it.
#include "bestuur/bestuur_report.h"
#include "bestuur/bestuur_schema.h"
#include "bestuur/bestuur_store.h"
#include "bestuur/period_schools.h"
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/report_options.h"
#include "cli/report_table.h"
#include "hr/metric_kind.h"
#include "hr/report_csv.h"

#include <QJsonArray>

namespace kw::cli {

namespace {

const QStringList kLeadColumns { QStringLiteral("level"), QStringLiteral("school"),
    QStringLiteral("school_name"), QStringLiteral("schools"), QStringLiteral("schools_with_figure"),
    QStringLiteral("schools_in_period") };

/** HR's keys of the row, and which school or how many schools it is of. */
QJsonObject rowJson(const bestuur::BestuurRow& r, int schoolsInPeriod)
{
    QJsonObject json = hr::reportRowJson(r.row);
    const bool merged = r.level == bestuur::Level::Bestuur;
    const auto mergedOnly = [&](int n) { return merged ? QJsonValue(n) : QJsonValue(); };
    json.insert(QStringLiteral("level"), bestuur::levelKey(r.level));
    json.insert(QStringLiteral("school"), r.schoolId);
    json.insert(QStringLiteral("school_name"), r.schoolName);
    json.insert(QStringLiteral("schools"), mergedOnly(r.schools));
    json.insert(QStringLiteral("schools_with_figure"), mergedOnly(r.schoolsWithFigure));
    json.insert(QStringLiteral("schools_in_period"), schoolsInPeriod);
    if (merged)
        json.insert(QStringLiteral("release_number"), QJsonValue()); // from several releases
    return json;
}

/** The table's own first columns: the school, or "Bestuur" and how many schools are in it. */
QStringList leadOf(const bestuur::BestuurRow& r)
{
    if (r.level == bestuur::Level::School)
        return { r.schoolName, QString() };
    return { QStringLiteral("Bestuur"),
        QStringLiteral("%1 of %2").arg(r.schools).arg(r.schoolsWithFigure) };
}

} // namespace

int runBestuurReport(const Context& ctx)
{
    const QCommandLineOption dbOption({ QStringLiteral("bestuur-db") },
        QStringLiteral("The bestuur's database."), QStringLiteral("FILE"));
    const QCommandLineOption byOption({ QStringLiteral("by") },
        QStringLiteral("Only each school's own figures (school), or only the merged ones "
                       "(bestuur)."),
        QStringLiteral("LEVEL"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "The bestuur's figures: per period the merged figures of its schools (the school, "
              "roles and age bands; a school that withheld a figure is left out of it) and each "
              "school's own, released or with the reason it was withheld. Reads the bestuur "
              "database only."),
            .options
            = { dbOption, reportPeriodOption(), byOption, reportMetricOption(), reportCsvOption() },
            .required = { &dbOption },
            .db = DbOption::None,
            .jsonDescription
            = QStringLiteral("Print JSON: {\"figures\": [...]}, see docs/cli.md.") });
    if (p.finished)
        return *p.finished;
    if (const auto misused = reportOptionsMisused(p))
        return *misused;
    std::optional<bestuur::Level> level;
    if (p.isSet(byOption)) {
        level = bestuur::levelFromKey(p.value(byOption));
        if (!level)
            return p.usage(QStringLiteral("--by takes school or bestuur."));
    }
    const QString metric = p.value(reportMetricOption());

    auto db = bestuur::openExistingBestuurDatabase(p.value(dbOption));
    if (!db)
        return p.failed(db.error());
    bestuur::BestuurStore store(**db, ctx.clock);
    auto periods = store.periods();
    if (!periods)
        return p.failed(periods.error());
    if (const auto missing = keepReportPeriod(
            p, *periods, QStringLiteral("This bestuur database has no aggregate of period %1.")))
        return *missing;

    QList<bestuur::BestuurRow> rows;
    QList<int> inPeriod; // per row: the schools with an aggregate of its period
    for (const QString& each : std::as_const(*periods)) {
        auto schools = bestuur::periodSchools(
            store, each, metric.isEmpty() ? QStringList() : hr::metricsToRead(metric));
        if (!schools)
            return p.failed(schools.error());
        auto report = bestuur::periodReport(each, *schools, level);
        if (!report)
            return p.failed(report.error());
        for (bestuur::BestuurRow& row : *report) {
            if (metric.isEmpty() || row.row.metricId == metric) {
                rows << std::move(row);
                inPeriod << int(schools->size());
            }
        }
    }
    if (!metric.isEmpty() && rows.isEmpty())
        return p.failed(
            QStringLiteral("This bestuur database has no figure of metric %1.").arg(metric));

    if (p.isSet(reportCsvOption()) || p.json()) {
        QList<QJsonObject> json;
        for (qsizetype i = 0; i < rows.size(); ++i)
            json << rowJson(rows[i], inPeriod[i]);
        if (p.isSet(reportCsvOption()))
            return p.print({}, hr::csvLines(json, kLeadColumns + hr::reportCsvKeys()));
        QJsonArray figures;
        for (const QJsonObject& row : std::as_const(json))
            figures << row;
        return p.print(QJsonObject { { QStringLiteral("figures"), figures } }, QStringList());
    }
    if (rows.isEmpty())
        return p.print({},
            periods->isEmpty() ? QStringLiteral("No aggregates in this bestuur database yet.")
                               : QStringLiteral("No figures at this level in this bestuur "
                                                "database."));
    QList<hr::ReportRow> reportRows;
    QList<QStringList> lead;
    for (const bestuur::BestuurRow& row : std::as_const(rows)) {
        reportRows << row.row;
        lead << leadOf(row);
    }
    return p.print(
        {}, reportTable(reportRows, { QStringLiteral("school"), QStringLiteral("schools") }, lead));
}

} // namespace kw::cli
