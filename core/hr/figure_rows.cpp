#include "hr/figure_rows.h"

#include "hr/hr_text.h"
#include "privacy/release_rules.h"

namespace kw::hr {

static_assert(int(Dimension::School) == 0 && int(Dimension::Team) == 1 && int(Dimension::Role) == 2
    && int(Dimension::AgeBand) == 3);

Status checkFigure(const Figure& f)
{
    const auto refused = [](const QString& message) {
        return Error { Error::Code::InvalidInput, message };
    };
    if (f.metric.isEmpty())
        return refused(Text::tr("A figure names no metric."));
    if (f.dimension == Dimension::School && !f.cell.isEmpty())
        return refused(Text::tr("A school figure names a cell (%1).").arg(f.cell));
    if (!f.released() && (f.contributors != 0 || f.sum != 0 || f.sumSquares != 0))
        return refused(Text::tr("A withheld figure (%1) carries a count or a sum; neither is ever "
                                "stored.")
                           .arg(f.metric));
    if (f.released() && f.contributors < privacy::kMinimumGroupSize)
        return refused(Text::tr("A released figure (%1) has fewer contributors than any school's "
                                "minimum group size.")
                           .arg(f.metric));
    return {};
}

Figure readFigure(const sql::Statement& row, int first)
{
    Figure f;
    f.dimension = Dimension(row.columnInt(first));
    f.cell = row.columnText(first + 1);
    f.metric = row.columnText(first + 2);
    f.reason = privacy::Reason(row.columnInt(first + 3));
    f.contributors = row.columnInt64(first + 4);
    f.sum = row.columnInt64(first + 5);
    f.sumSquares = row.columnInt64(first + 6);
    return f;
}

void bindFigure(sql::Statement& statement, int first, const Figure& f)
{
    statement.bind(first, dimensionKey(f.dimension))
        .bind(first + 1, f.cell)
        .bind(first + 2, f.metric)
        .bind(first + 3, qint64(f.reason));
    if (f.released())
        statement.bind(first + 4, f.contributors)
            .bind(first + 5, f.sum)
            .bind(first + 6, f.sumSquares);
    else
        statement.bindNull(first + 4).bindNull(first + 5).bindNull(first + 6);
}

QByteArray metricFilter(const QStringList& metrics, QList<sql::Param>& params)
{
    if (metrics.isEmpty())
        return {};
    for (const QString& metric : metrics)
        params << metric;
    return " AND metric IN (?" + QByteArray(", ?").repeated(metrics.size() - 1) + ')';
}

} // namespace kw::hr
