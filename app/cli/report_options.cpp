#include "cli/report_options.h"

#include "exchange/exchange_period.h"

namespace kw::cli {

const QCommandLineOption& reportPeriodOption()
{
    static const QCommandLineOption option({ QStringLiteral("period") },
        QStringLiteral("Only this period (\"2026-2027/1of6\"); default: every period, oldest "
                       "first."),
        QStringLiteral("P"));
    return option;
}

const QCommandLineOption& reportMetricOption()
{
    static const QCommandLineOption option({ QStringLiteral("metric") },
        QStringLiteral("Only this metric (\"score.who5\", \"cutoff.who5.50\", "
                       "\"choice.werkdruk.e-mail\", …)."),
        QStringLiteral("M"));
    return option;
}

const QCommandLineOption& reportCsvOption()
{
    static const QCommandLineOption option(
        { QStringLiteral("csv") }, QStringLiteral("Print CSV: a header, then one row per figure."));
    return option;
}

std::optional<int> reportOptionsMisused(const CommandArgs& args)
{
    if (args.json() && args.isSet(reportCsvOption()))
        return args.usage(QStringLiteral("--json and --csv cannot be combined."));
    if (args.isSet(reportPeriodOption())
        && !exchange::exchangePeriodFromId(args.value(reportPeriodOption())))
        return args.usage(QStringLiteral("--period takes a period id such as 2026-2027/1of6."));
    return std::nullopt;
}

std::optional<int> keepReportPeriod(
    const CommandArgs& args, QStringList& periods, const QString& noSuchPeriod)
{
    if (!args.isSet(reportPeriodOption()))
        return std::nullopt;
    const QString period = args.value(reportPeriodOption());
    if (!periods.contains(period))
        return args.failed(noSuchPeriod.arg(period));
    periods = QStringList { period };
    return std::nullopt;
}

} // namespace kw::cli
