#pragma once

#include "common/result.h"
#include "custodian/custodian_release.h"
#include "exchange/metric_layout.h"
#include "privacy/withheld_reason.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the custodian sees before a release: per reporting cell, how many contributors it has,
// per metric and per metric group how many of them have the figure, which figures pass the
// rules and, for each withheld one, why in plain words. Counts only: the custodian cannot see
// a value, and this shows none. The CLI (`release --preview`) and the desktop's release page
// both show this, so they say the same.

namespace kw::custodian {

/** One metric of one cell: its contributors and what the rules decided. */
struct PreviewFigure
{
    QString metricId; ///< "score.who5", "value.vertrouwen", …
    QString label; ///< the layout's label
    exchange::Metric::Group group = exchange::Metric::Group::Wellbeing;
    int contributors = 0; ///< in the cell, with the metric present
    privacy::Reason reason = privacy::Reason::Released;

    bool released() const { return reason == privacy::Reason::Released; }
};

/** The figures of one cell withheld for one reason. */
struct WithheldGroup
{
    privacy::Reason reason = privacy::Reason::FewerThanK;
    QString reasonText; ///< privacy::reasonText(reason)
    QStringList metricIds; ///< in layout order
};

/** One metric group (wellbeing, kernwaarden, sources) of one cell, in counts. */
struct PreviewGroup
{
    exchange::Metric::Group group = exchange::Metric::Group::Wellbeing;
    QString name; ///< groupName(group)
    int contributors = 0; ///< in the cell, with at least one metric of the group present
    int figures = 0; ///< metrics of the group
    int released = 0; ///< of those, released
};

/** One reporting cell of the release: the school, a team, a role, an age band. */
struct PreviewCell
{
    exchange::CellKey cell;
    QString name; ///< "Team: Bovenbouw", as HR's report names it
    int contributions = 0; ///< of the release's contributions, those in this cell
    QList<PreviewFigure> figures; ///< one per layout metric, in layout order
    QList<PreviewGroup> groups; ///< the groups the layout has, in enum order
    QList<WithheldGroup> withheld; ///< by reason text, alphabetically; empty when all pass

    int releasedCount() const;
};

/** The preview of the next release of one period. */
struct ReleasePreview
{
    QString period;
    int releaseNumber = 0;
    int contributions = 0; ///< the release would sum these
    int awaitingCheck = 0; ///< of them, parts that wait for HR's check
    int refusedByHr = 0; ///< kept contributions left out: HR refused their part
    bool publishesAnything = false; ///< a release that publishes nothing must not be made
    QList<PreviewCell> cells; ///< in file order (exchange::releaseCells())

    /** Whether HR checked every part the release would sum (Vrijgeven may go ahead). */
    bool checked() const { return awaitingCheck == 0; }
    /** Figures released, summed over every cell. */
    int releasedFigures() const;
    /** Figures withheld, summed over every cell. */
    int withheldFigures() const;
};

/** "Wellbeing", "Kernwaarden", "Werkdruk and werkplezier sources", in the UI language. */
QString groupName(exchange::Metric::Group group);

/**
 * The preview of @p draft under @p profile; @p kept are the contributions the custodian keeps
 * for the period (those the draft does not sum are not counted).
 */
ReleasePreview previewRelease(
    const SchoolProfile& profile, const PeriodDraft& draft, const QList<KeptContribution>& kept);

/** previewRelease() of @p draft with the current profile and the contributions @p store keeps. */
[[nodiscard]] Result<ReleasePreview> previewPeriodRelease(
    CustodianStore& store, const PeriodDraft& draft);

} // namespace kw::custodian
