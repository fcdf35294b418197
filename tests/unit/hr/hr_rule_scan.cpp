#include "hr_rule_scan.h"

#include "exchange/metric_layout.h"

#include <QHash>
#include <QMap>

namespace kw::test {

namespace {

using hr::CellFigure;
using hr::Dimension;

bool farEnough(qint64 difference, int k)
{
    return difference == 0 || difference >= k;
}

QString cellText(const CellFigure& f)
{
    if (f.dimension == Dimension::School)
        return QStringLiteral("school");
    return QStringLiteral("%1 %2").arg(
        hr::dimensionKey(f.dimension), f.cell.isEmpty() ? QStringLiteral("(not given)") : f.cell);
}

QString figureKey(const CellFigure& f)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(f.period, hr::dimensionKey(f.dimension), f.cell, f.metric);
}

/** The figures of one release and metric, and what earlier releases of the period released. */
class MetricScan
{
public:
    MetricScan(const QList<CellFigure>& figures, int k, const QHash<QString, qint64>& earlier,
        QStringList& problems)
        : m_figures(figures)
        , m_k(k)
        , m_earlier(earlier)
        , m_problems(problems)
    { }

    void run()
    {
        const CellFigure* school = nullptr;
        for (const CellFigure& f : m_figures) {
            if (f.dimension == Dimension::School)
                school = &f;
            if (f.released() && f.contributors < m_k)
                report(f,
                    QStringLiteral("released with %1 contributors, k is %2")
                        .arg(f.contributors)
                        .arg(m_k));
            if (!f.released() && (f.contributors != 0 || f.sum != 0 || f.sumSquares != 0))
                report(f, QStringLiteral("withheld but carries a number"));
            if (f.released() && f.releaseNumber > 1
                && !farEnough(f.contributors - m_earlier.value(figureKey(f)), m_k))
                report(f,
                    QStringLiteral("differs from its earlier release by %1")
                        .arg(f.contributors - m_earlier.value(figureKey(f))));
        }
        for (Dimension d : { Dimension::Team, Dimension::Role, Dimension::AgeBand }) {
            QList<const CellFigure*> released;
            for (const CellFigure& f : m_figures) {
                if (f.dimension == d && f.released())
                    released << &f;
            }
            if (released.isEmpty())
                continue;
            if (!school || !school->released()) {
                report(*released.first(), QStringLiteral("released while the school is not"));
                continue;
            }
            breakdown(
                *school, released, [](const CellFigure& f) { return f.contributors; }, QString());
            if (school->releaseNumber > 1) {
                // What this re-release added to each figure, against what was released before.
                const auto added = [this](const CellFigure& f) {
                    return f.contributors - m_earlier.value(figureKey(f));
                };
                breakdown(*school, released, added, QStringLiteral(" (added by the re-release)"));
            }
        }
    }

private:
    template <typename Count>
    void breakdown(const CellFigure& school, const QList<const CellFigure*>& released,
        const Count& count, const QString& what)
    {
        const qint64 whole = count(school);
        qint64 sum = 0;
        for (const CellFigure* f : released) {
            sum += count(*f);
            if (whole - count(*f) < 0 || !farEnough(whole - count(*f), m_k))
                report(*f,
                    QStringLiteral("the school minus this cell is %1%2")
                        .arg(whole - count(*f))
                        .arg(what));
        }
        if (whole - sum < 0 || !farEnough(whole - sum, m_k))
            report(*released.first(),
                QStringLiteral("the school minus the released cells of %1 is %2%3")
                    .arg(hr::dimensionKey(released.first()->dimension))
                    .arg(whole - sum)
                    .arg(what));
    }

    void report(const CellFigure& f, const QString& what)
    {
        m_problems << QStringLiteral("%1 release %2, %3, %4: %5")
                          .arg(f.period)
                          .arg(f.releaseNumber)
                          .arg(f.metric, cellText(f), what);
    }

    const QList<CellFigure>& m_figures;
    int m_k;
    const QHash<QString, qint64>& m_earlier;
    QStringList& m_problems;
};

/** Runs MetricScan over each metric of one release's @p metrics; k from @p kOf. */
void scanRelease(const QMap<QString, QList<CellFigure>>& metrics,
    const std::function<int(const QString&)>& kOf, const QHash<QString, qint64>& earlier,
    QStringList& problems)
{
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
        const int k = kOf(it.key());
        if (k < 0) {
            const CellFigure& f = it.value().first();
            problems << QStringLiteral("%1 release %2: %3 is not a metric of its profile")
                            .arg(f.period)
                            .arg(f.releaseNumber)
                            .arg(it.key());
            continue;
        }
        MetricScan(it.value(), k, earlier, problems).run();
    }
}

} // namespace

QStringList releaseFiguresBreakingTheRules(
    const QList<hr::CellFigure>& figures, const std::function<int(const QString&)>& kOf)
{
    QMap<QString, QList<CellFigure>> byMetric;
    for (const CellFigure& f : figures)
        byMetric[f.metric] << f;
    QStringList problems;
    scanRelease(byMetric, kOf, {}, problems);
    return problems;
}

QStringList figuresBreakingTheRules(hr::HrStore& store)
{
    auto releases = store.releases();
    auto figures = store.figures();
    if (!releases || !figures)
        return { QStringLiteral("HR's database cannot be read") };
    QMap<std::pair<QString, int>, QMap<QString, QList<CellFigure>>> byRelease;
    for (const CellFigure& f : std::as_const(*figures))
        byRelease[{ f.period, f.releaseNumber }][f.metric] << f;

    QStringList problems;
    QHash<int, exchange::MetricLayout> layouts;
    QHash<int, ExchangeRules> rules;
    QHash<QString, qint64> released; // the last released count of each figure of a period
    for (const hr::ReleaseInfo& release : std::as_const(*releases)) {
        if (!layouts.contains(release.profileVersion)) {
            auto profile = store.profile(release.profileVersion);
            if (!profile)
                return { QStringLiteral("profile %1 cannot be read").arg(release.profileVersion) };
            layouts.insert(release.profileVersion, exchange::MetricLayout::forProfile(*profile));
            rules.insert(release.profileVersion, profile->rules);
        }
        const exchange::MetricLayout& layout = layouts[release.profileVersion];
        const ExchangeRules& ruleSet = rules[release.profileVersion];
        const auto& metrics = byRelease[{ release.period, release.releaseNumber }];
        scanRelease(metrics, kFromLayout(layout, ruleSet), released, problems);
        for (const QList<CellFigure>& ofMetric : metrics) {
            for (const CellFigure& f : ofMetric) {
                if (f.released())
                    released.insert(figureKey(f), f.contributors);
            }
        }
    }
    return problems;
}

std::function<int(const QString&)> kFromLayout(
    const exchange::MetricLayout& layout, const ExchangeRules& rules)
{
    return [&layout, &rules](const QString& metric) {
        const int index = layout.indexOf(metric);
        return index < 0 ? -1 : exchange::minGroupFor(layout.metrics()[index], rules);
    };
}

} // namespace kw::test
