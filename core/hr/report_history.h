#pragma once

#include "common/result.h"
#include "hr/hr_report.h"
#include "hr/hr_store.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// HR's report over several periods, each named by the profile of its latest release: what the
// CLI's `report --hr-db` prints and what the dashboard shows.

namespace kw::hr {

/** HR's report of one period. */
struct PeriodReport
{
    QString period; ///< "2026-2027/1of6"
    int profileVersion = 0; ///< of the period's latest release: it names the cells and metrics
    SchoolProfile profile;
    QList<ReportRow> rows; ///< periodReport() of the period's figures
};

/** Which part of HR's report reportHistory() reads. */
struct HistoryQuery
{
    QStringList periods; ///< empty: every period with a release, oldest first
    std::optional<Dimension> dimension; ///< nothing: every dimension
    /** Empty: every metric. Otherwise these metrics (and a choice's asked list, which its share
     * needs: metricsToRead()); the rows hold only the metrics asked for. */
    QStringList metrics;
};

/**
 * HR's report of each period @p query asks for, in its order: per period the profile of its
 * latest release (its signatures checked again; each version read once) and periodReport() of
 * every stored figure of the period. A period without a release is refused (NotFound).
 */
[[nodiscard]] Result<QList<PeriodReport>> reportHistory(HrStore& store, const HistoryQuery& query);

/** The rows of a report history by period, cell and metric, for looking one up. */
class ReportIndex
{
public:
    explicit ReportIndex(const QList<PeriodReport>& history);

    /** The row of @p metric in @p cell of history[@p period]; nullptr when there is none.
     * @p cell is empty for the school. */
    const ReportRow* row(
        int period, Dimension dimension, const QString& cell, const QString& metric) const;

private:
    struct Key
    {
        int period;
        Dimension dimension;
        QString cell;
        QString metric;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed)
    {
        return qHashMulti(seed, key.period, int(key.dimension), key.cell, key.metric);
    }
    QHash<Key, const ReportRow*> m_rows;
};

} // namespace kw::hr
