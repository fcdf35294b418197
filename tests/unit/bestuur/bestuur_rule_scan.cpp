#include "bestuur_rule_scan.h"

#include "exchange/metric_layout.h"
#include "hr_rule_scan.h"

#include <QHash>
#include <QJsonValue>
#include <algorithm>

namespace kw::test {

namespace {

/** Period, dimension, cell and metric of a row: what a merged row and its schools share. */
QString placeOf(const QJsonObject& row)
{
    return QStringList { row[QStringLiteral("period")].toString(),
        row[QStringLiteral("dimension")].toString(), row[QStringLiteral("cell")].toString(),
        row[QStringLiteral("metric")].toString() }
        .join(QLatin1Char('|'));
}

bool hasNoNumber(const QJsonObject& row)
{
    for (const char* key : { "n", "mean", "sd", "share", "total", "ci_low", "ci_high" }) {
        if (!row[QString::fromLatin1(key)].isNull())
            return false;
    }
    return true;
}

/** The k of every school and metric, from the stored profiles of the aggregates. */
class SchoolKs
{
public:
    explicit SchoolKs(bestuur::BestuurStore& store, QStringList& problems)
    {
        auto aggregates = store.aggregates();
        if (!aggregates) {
            problems << QStringLiteral("the bestuur's database cannot be read");
            return;
        }
        for (const bestuur::SchoolAggregate& a : std::as_const(*aggregates)) {
            auto profile = store.profile(a.schoolId, a.profileVersion);
            if (!profile) {
                problems << QStringLiteral("%1: profile %2 cannot be read")
                                .arg(a.schoolId)
                                .arg(a.profileVersion);
                continue;
            }
            m_rules.insert(a.schoolId + QLatin1Char('|') + a.period, profile->rules);
            m_layouts.insert(a.schoolId + QLatin1Char('|') + a.period,
                exchange::MetricLayout::forProfile(*profile));
            m_aggregates << a;
        }
    }

    /** k of @p metric at @p school in @p period; -1 when unknown. */
    int k(const QString& school, const QString& period, const QString& metric) const
    {
        const QString key = school + QLatin1Char('|') + period;
        if (!m_layouts.contains(key))
            return -1;
        return kFromLayout(*m_layouts.find(key), *m_rules.find(key))(metric);
    }
    const QList<bestuur::SchoolAggregate>& aggregates() const { return m_aggregates; }

private:
    QHash<QString, ExchangeRules> m_rules;
    QHash<QString, exchange::MetricLayout> m_layouts;
    QList<bestuur::SchoolAggregate> m_aggregates;
};

} // namespace

QStringList bestuurRowsBreakingTheRules(
    bestuur::BestuurStore& store, const QList<QJsonObject>& rows)
{
    QStringList problems;
    const SchoolKs ks(store, problems);
    // Each school's stored figures, as one release.
    for (const bestuur::SchoolAggregate& a : ks.aggregates()) {
        auto figures = store.figures(a.schoolId, a.period);
        if (!figures) {
            problems << figures.error().message;
            continue;
        }
        for (const QString& problem :
            releaseFiguresBreakingTheRules(hr::ofRelease(*figures, a.period, a.releaseNumber),
                [&](const QString& metric) { return ks.k(a.schoolId, a.period, metric); }))
            problems << a.schoolId + QStringLiteral(": ") + problem;
    }

    struct Released
    {
        qint64 n = 0;
        qint64 total = 0;
        int schools = 0;
        int largestK = 0;
    };
    QHash<QString, Released> bySchools;
    for (const QJsonObject& row : rows) {
        if (row[QStringLiteral("level")].toString() != QLatin1String("school"))
            continue;
        const QString school = row[QStringLiteral("school")].toString();
        const QString where = school + QStringLiteral(" ") + placeOf(row);
        const bool released = !row[QStringLiteral("withheld")].toBool();
        if (!released) {
            if (!hasNoNumber(row))
                problems << where + QStringLiteral(": withheld but shows a number");
            continue;
        }
        const int k = ks.k(school, row[QStringLiteral("period")].toString(),
            row[QStringLiteral("metric")].toString());
        const qint64 n = row[QStringLiteral("n")].toInteger();
        if (k < 0 || n < k)
            problems << where
                    + QStringLiteral(": shown with %1 contributors, k is %2").arg(n).arg(k);
        Released& sum = bySchools[placeOf(row)];
        sum.n += n;
        sum.total += row[QStringLiteral("total")].toInteger();
        sum.schools += 1;
        sum.largestK = std::max(sum.largestK, k);
    }
    for (const QJsonObject& row : rows) {
        if (row[QStringLiteral("level")].toString() != QLatin1String("bestuur"))
            continue;
        const QString where = QStringLiteral("bestuur ") + placeOf(row);
        if (row[QStringLiteral("dimension")].toString() == QLatin1String("team"))
            problems << where + QStringLiteral(": a team is merged across schools");
        if (row[QStringLiteral("withheld")].toBool()) {
            if (!hasNoNumber(row))
                problems << where + QStringLiteral(": withheld but shows a number");
            continue;
        }
        const Released sum = bySchools.value(placeOf(row));
        const qint64 n = row[QStringLiteral("n")].toInteger();
        if (n < sum.largestK || sum.schools == 0)
            problems << where
                    + QStringLiteral(": shown with %1 contributors, the largest k of its schools "
                                     "is %2")
                          .arg(n)
                          .arg(sum.largestK);
        if (n != sum.n || row[QStringLiteral("schools")].toInt() != sum.schools
            || row[QStringLiteral("total")].toInteger() != sum.total)
            problems << where
                    + QStringLiteral(": n %1 of %2 schools is not the sum of the released figures "
                                     "of its schools (%3 of %4)")
                          .arg(n)
                          .arg(row[QStringLiteral("schools")].toInt())
                          .arg(sum.n)
                          .arg(sum.schools);
    }
    return problems;
}

} // namespace kw::test
