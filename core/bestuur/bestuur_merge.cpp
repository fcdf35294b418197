#include "bestuur/bestuur_merge.h"

#include "bestuur/bestuur_text.h"
#include "exchange/metric_layout.h"
#include "hr/metric_kind.h"

#include <QHash>
#include <algorithm>

namespace kw::bestuur {

namespace {

using hr::Dimension;
using hr::Figure;

QString keyOf(Dimension dimension, const QString& cell, const QString& metric)
{
    return QStringLiteral("%1|%2|%3").arg(int(dimension)).arg(cell, metric);
}

/** The school's released figures, by cell and metric: a choice needs its asked.<list>. */
QHash<QString, const Figure*> releasedOf(const SchoolFigures& school)
{
    QHash<QString, const Figure*> out;
    for (const Figure& f : school.figures) {
        if (f.released())
            out.insert(keyOf(f.dimension, f.cell, f.metric), &f);
    }
    return out;
}

bool addTo(qint64& total, qint64 value)
{
    return !__builtin_add_overflow(total, value, &total);
}

} // namespace

bool mergedAcrossSchools(Dimension dimension)
{
    return dimension != Dimension::Team;
}

int minGroupOf(
    const exchange::MetricLayout& layout, const ExchangeRules& rules, const QString& metricId)
{
    const int index = layout.indexOf(metricId);
    if (index < 0)
        return std::max(rules.minGroupWellbeing, rules.minGroupCounts);
    return exchange::minGroupFor(layout.metrics()[index], rules);
}

Result<QList<MergedFigure>> mergeSchools(const QList<SchoolFigures>& schools)
{
    QList<MergedFigure> out;
    QHash<QString, qsizetype> index;
    for (const SchoolFigures& school : schools) {
        const QHash<QString, const Figure*> released = releasedOf(school);
        const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(school.profile);
        for (const Figure& f : school.figures) {
            if (!mergedAcrossSchools(f.dimension))
                continue;
            const QString key = keyOf(f.dimension, f.cell, f.metric);
            auto at = index.constFind(key);
            if (at == index.cend()) {
                at = index.insert(key, out.size());
                MergedFigure fresh;
                fresh.figure = { f.dimension, f.cell, f.metric };
                out << fresh;
            }
            MergedFigure& merged = out[*at];
            ++merged.schoolsWithFigure;
            if (!f.released())
                continue;
            const Figure* asked = nullptr;
            if (hr::metricKind(f.metric) == hr::MetricKind::Choice) {
                asked = released.value(keyOf(f.dimension, f.cell, hr::askedMetricFor(f.metric)));
                if (!asked)
                    continue; // no share without its denominator: as if withheld
            }
            Figure& sum = merged.figure;
            qint64 askedSum = merged.askedSum.value_or(0);
            const bool fits = addTo(sum.contributors, f.contributors) && addTo(sum.sum, f.sum)
                && addTo(sum.sumSquares, f.sumSquares) && (!asked || addTo(askedSum, asked->sum));
            if (!fits)
                return Error { Error::Code::InvalidInput,
                    Text::tr("The figures of %1 do not fit in one sum; merge fewer schools.")
                        .arg(f.metric) };
            if (asked)
                merged.askedSum = askedSum;
            ++merged.schools;
            merged.k = std::max(merged.k, minGroupOf(layout, school.profile.rules, f.metric));
        }
    }
    for (MergedFigure& merged : out) {
        // Each school's figure passed its own k, so the sum passes the largest; checked anyway.
        if (merged.schools > 0 && merged.figure.contributors < merged.k)
            merged.figure = { merged.figure.dimension, merged.figure.cell, merged.figure.metric,
                privacy::Reason::FewerThanK };
        if (!merged.released()) {
            merged.figure.contributors = merged.figure.sum = merged.figure.sumSquares = 0;
            merged.askedSum.reset();
        }
    }
    return out;
}

} // namespace kw::bestuur
