#include "hr/period_aggregate.h"

#include "exchange/metric_layout.h"
#include "hr/hr_report.h"
#include "hr/hr_text.h"

#include <QHash>

namespace kw::hr {

namespace {

QString figureKey(Dimension dimension, const QString& cell, const QString& metric)
{
    return QStringLiteral("%1|%2|%3").arg(dimensionKey(dimension), cell, metric);
}

} // namespace

Result<exchange::Aggregate> periodAggregate(HrStore& store, const QString& period)
{
    auto releases = store.releases();
    if (!releases)
        return releases.error();
    const ReleaseInfo* latest = nullptr;
    for (const ReleaseInfo& release : std::as_const(*releases)) {
        if (release.period == period)
            latest = &release; // releases come oldest first
    }
    if (!latest)
        return Error { Error::Code::NotFound,
            Text::tr("This HR database has no release of period %1.").arg(period) };
    auto profileFile = store.profileFile(latest->profileVersion);
    if (!profileFile)
        return profileFile.error();
    auto profile = store.profile(latest->profileVersion);
    if (!profile)
        return profile.error();
    auto stored = store.figures({ period, std::nullopt, {} });
    if (!stored)
        return stored.error();
    // The figure that counts, as HR's report shows it: a re-release that leaves a cell as it
    // was (too few added) keeps the earlier release's figure; the two releases together passed
    // the rules, and the bestuur sees no more than HR does.
    const QList<CellFigure> counting = countingFigures(*stored);
    QHash<QString, const CellFigure*> figures;
    for (const CellFigure& f : counting)
        figures.insert(figureKey(f.dimension, f.cell, f.metric), &f);

    exchange::Aggregate out { latest->schoolId, latest->profileVersion, period,
        latest->releaseNumber, *profileFile, {} };
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(*profile);
    for (const exchange::CellKey& cell : exchange::releaseCells(*profile)) {
        exchange::CellFigures cellFigures { cell, {} };
        for (int m = 0; m < layout.metrics().size(); ++m) {
            const QString& metric = layout.metrics()[m].id;
            const CellFigure* f = figures.value(figureKey(cell.dimension, cell.id, metric));
            if (!f)
                return Error { Error::Code::Corrupt,
                    Text::tr("HR's database lacks figure %1 of %2 %3 in release %4 of %5; no "
                             "aggregate can be made of it.")
                        .arg(metric, dimensionKey(cell.dimension), cell.id)
                        .arg(latest->releaseNumber)
                        .arg(period) };
            exchange::MetricFigure figure { m, f->reason };
            if (f->released())
                figure = { m, f->reason, int(f->contributors), std::uint64_t(f->sum),
                    std::uint64_t(f->sumSquares) };
            cellFigures.metrics.append(figure);
        }
        out.cells.append(cellFigures);
    }
    return out;
}

} // namespace kw::hr
