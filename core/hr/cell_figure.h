#pragma once

#include "exchange/release_file.h"
#include "privacy/withheld_reason.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace kw::hr {

/** How a release cuts the school (exchange/release_file.h): school, team, role, age band. */
using exchange::Dimension;
using exchange::dimensionFromKey;
using exchange::dimensionKey;

inline constexpr std::array kDimensions { Dimension::School, Dimension::Team, Dimension::Role,
    Dimension::AgeBand };

/** "School", "Team", "Role", "Age band", in the UI language. */
QString dimensionName(Dimension dimension);

/**
 * One figure of one release: a metric of one cell, released with its true group sums or
 * withheld with the rule that withheld it. A withheld figure carries no number at all: its
 * contributors and sums are 0 here and NULL in the database, and HrStore refuses one that has any.
 */
struct Figure
{
    Dimension dimension = Dimension::School;
    /** The team, role or age band id; empty for the school and for a breakdown's "not given"
     * group (those who left the dimension out). */
    QString cell;
    QString metric; ///< a metric id of the layout: "score.who5", "cutoff.who5.50", …
    privacy::Reason reason = privacy::Reason::Released;
    qint64 contributors = 0; ///< teachers who have the metric present (at least 5 when released)
    qint64 sum = 0; ///< Σ value, as the layout stores it (a score × 100)
    qint64 sumSquares = 0; ///< Σ value² (a score × 100²)

    bool released() const { return reason == privacy::Reason::Released; }
};

/** A stored figure, with the period and the release of it that it belongs to. */
struct CellFigure : Figure
{
    QString period; ///< "2026-2027/1of6"
    int releaseNumber = 0; ///< 1 for the first release of the period, 2 for its re-release, …
};

/** @p figures as figures of release @p releaseNumber of @p period. */
QList<CellFigure> ofRelease(const QList<Figure>& figures, const QString& period, int releaseNumber);

/** Which stored figures HrStore::figures() reads. */
struct FigureQuery
{
    QString period; ///< empty: every period
    std::optional<Dimension> dimension; ///< nothing: every dimension
    QStringList metrics; ///< empty: every metric
};

} // namespace kw::hr
