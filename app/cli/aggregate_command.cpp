// kernwijzer-cli aggregate: HR's figures of one period for the bestuur (.kwaggregaat): the
// figures of the period's latest release, released ones with their true sums and withheld ones
// with their reason, with the school's co-signed profile, signed by HR.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/hr_session.h"
#include "cli/key_input.h"
#include "exchange/aggregate_file.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "hr/hr_schema.h"
#include "hr/period_aggregate.h"

#include <QJsonObject>

namespace kw::cli {

int runAggregate(const Context& ctx)
{
    const QCommandLineOption hrDbOption(
        { QStringLiteral("hr-db") }, QStringLiteral("HR's database."), QStringLiteral("FILE"));
    const QCommandLineOption keyOption({ QStringLiteral("key") },
        QStringLiteral("HR's secret key file (.kwsleutel): the key the school's profile names."),
        QStringLiteral("FILE"));
    const QCommandLineOption periodOption({ QStringLiteral("period") },
        QStringLiteral("The released period (\"2026-2027/1of6\")."), QStringLiteral("P"));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("Where to write the aggregate (.kwaggregaat)."), QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "HR's aggregate of one period for the bestuur: the figures that count, as the "
              "report shows them (released ones with their true sums, withheld ones with their "
              "reason only) and the school's co-signed profile, signed with HR's key. Reads the HR "
              "database only; send the file to the bestuur."),
            .options = { hrDbOption, keyOption, periodOption, outOption, passphraseFileOption() },
            .required = { &hrDbOption, &keyOption, &periodOption, &outOption },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral("Print JSON: what was written.") });
    if (p.finished)
        return *p.finished;
    const QString period = p.value(periodOption);
    if (!exchange::exchangePeriodFromId(period))
        return p.usage(QStringLiteral("--period takes a period id such as 2026-2027/1of6."));
    auto keys = readHrKey(p, keyOption);
    if (!keys)
        return p.failed(keys.error());

    auto db = hr::openExistingHrDatabase(p.value(hrDbOption));
    if (!db)
        return p.failed(db.error());
    hr::HrStore store(**db, ctx.clock);
    auto aggregate = hr::periodAggregate(store, period);
    if (!aggregate)
        return p.failed(aggregate.error());
    auto file = exchange::writeAggregateFile(*aggregate, *keys);
    if (!file)
        return p.failed(file.error());
    const QString out = p.value(outOption);
    if (Status s = exchange::writeFileAtomically(out, *file); !s)
        return p.failed(s.error());

    int released = 0, withheld = 0;
    for (const exchange::CellFigures& cell : std::as_const(aggregate->cells)) {
        for (const exchange::MetricFigure& f : cell.metrics)
            (f.released() ? released : withheld) += 1;
    }
    const QJsonObject json { { QStringLiteral("out"), out },
        { QStringLiteral("school"), aggregate->schoolId },
        { QStringLiteral("period"), aggregate->period },
        { QStringLiteral("releaseNumber"), aggregate->releaseNumber },
        { QStringLiteral("released"), released }, { QStringLiteral("withheld"), withheld } };
    return p.print(json,
        QStringLiteral("Wrote %1: %2, period %3 (release %4): %5 figures released, %6 withheld. "
                       "Send it to the bestuur.")
            .arg(out, aggregate->schoolId, aggregate->period)
            .arg(aggregate->releaseNumber)
            .arg(released)
            .arg(withheld));
}

} // namespace kw::cli
