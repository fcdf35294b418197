#include "bestuur/period_schools.h"

namespace kw::bestuur {

Result<QList<SchoolFigures>> periodSchools(
    BestuurStore& store, const QString& period, const QStringList& metrics)
{
    auto aggregates = store.aggregates(period);
    if (!aggregates)
        return aggregates.error();
    QList<SchoolFigures> schools;
    for (const SchoolAggregate& a : std::as_const(*aggregates)) {
        auto profile = store.profile(a.schoolId, a.profileVersion);
        if (!profile)
            return profile.error();
        auto figures = store.figures(a.schoolId, period, metrics);
        if (!figures)
            return figures.error();
        schools << SchoolFigures { a.schoolId, *profile, a.releaseNumber, *figures };
    }
    return schools;
}

} // namespace kw::bestuur
