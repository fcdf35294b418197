#include "hr/report_history.h"

#include "hr/hr_text.h"

#include <QMap>

namespace kw::hr {

Result<QList<PeriodReport>> reportHistory(HrStore& store, const HistoryQuery& query)
{
    auto releases = store.releases();
    if (!releases)
        return releases.error();
    QMap<QString, int> versions; // the profile of each period's latest release
    for (const ReleaseInfo& release : std::as_const(*releases))
        versions[release.period] = release.profileVersion; // releases come in order
    QStringList periods = query.periods;
    if (periods.isEmpty()) {
        auto stored = store.periods();
        if (!stored)
            return stored.error();
        periods = *stored;
    }
    QStringList metrics;
    for (const QString& metric : query.metrics)
        metrics << metricsToRead(metric);
    metrics.removeDuplicates();

    QHash<int, SchoolProfile> profiles;
    QList<PeriodReport> out;
    out.reserve(periods.size());
    for (const QString& period : std::as_const(periods)) {
        const auto version = versions.constFind(period);
        if (version == versions.cend())
            return Error { Error::Code::NotFound,
                Text::tr("This HR database has no release of period %1.").arg(period) };
        if (!profiles.contains(*version)) {
            auto profile = store.profile(*version);
            if (!profile)
                return profile.error();
            profiles.insert(*version, *profile);
        }
        auto figures = store.figures({ period, query.dimension, metrics });
        if (!figures)
            return figures.error();
        PeriodReport report { period, *version, profiles.value(*version), {} };
        for (ReportRow& row : periodReport(*figures, report.profile)) {
            if (query.metrics.isEmpty() || query.metrics.contains(row.metricId))
                report.rows << std::move(row);
        }
        out << std::move(report);
    }
    return out;
}

ReportIndex::ReportIndex(const QList<PeriodReport>& history)
{
    for (int p = 0; p < int(history.size()); ++p) {
        for (const ReportRow& row : history[p].rows)
            m_rows.insert(Key { p, row.dimension, row.cellId, row.metricId }, &row);
    }
}

const ReportRow* ReportIndex::row(
    int period, Dimension dimension, const QString& cell, const QString& metric) const
{
    return m_rows.value(Key { period, dimension, cell, metric }, nullptr);
}

} // namespace kw::hr
