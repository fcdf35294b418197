#include "custodian/release_preview.h"

#include "custodian/custodian_text.h"
#include "hr/cell_figure.h"
#include "hr/hr_report.h"

#include <QMap>
#include <QSet>

namespace kw::custodian {

using exchange::Metric;

int PreviewCell::releasedCount() const
{
    int n = 0;
    for (const PreviewFigure& f : figures)
        n += f.released() ? 1 : 0;
    return n;
}

int ReleasePreview::releasedFigures() const
{
    int n = 0;
    for (const PreviewCell& c : cells)
        n += c.releasedCount();
    return n;
}

int ReleasePreview::withheldFigures() const
{
    int n = 0;
    for (const PreviewCell& c : cells)
        n += int(c.figures.size()) - c.releasedCount();
    return n;
}

QString groupName(Metric::Group group)
{
    switch (group) {
    case Metric::Group::Wellbeing:
        return Text::tr("Wellbeing");
    case Metric::Group::Kernwaarde:
        return Text::tr("Kernwaarden");
    case Metric::Group::Source:
        return Text::tr("Sources of werkdruk and werkplezier");
    }
    return {};
}

ReleasePreview previewRelease(
    const SchoolProfile& profile, const PeriodDraft& period, const QList<KeptContribution>& kept)
{
    const school::ReleaseDraft& draft = period.draft;
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    const QList<Metric>& metrics = layout.metrics();

    // Only what the release sums counts: a part HR refused is kept but left out.
    QSet<QByteArray> summed;
    for (const exchange::ReleasedContribution& c : draft.release.contributions)
        summed.insert(c.submissionId);
    QList<const KeptContribution*> members;
    for (const KeptContribution& k : kept) {
        if (summed.contains(k.part.submissionId))
            members << &k;
    }

    QList<Metric::Group> groups;
    for (const Metric& m : metrics) {
        if (!groups.contains(m.group))
            groups << m.group;
    }
    std::sort(groups.begin(), groups.end());

    ReleasePreview out;
    out.period = draft.release.period;
    out.releaseNumber = draft.release.releaseNumber;
    out.contributions = int(draft.release.contributions.size());
    out.awaitingCheck = int(period.toCheck.size());
    out.refusedByHr = period.refusedByHr;
    out.publishesAnything = draft.publishesAnything();
    for (int c = 0; c < draft.plan.cells.size(); ++c) {
        PreviewCell cell;
        cell.cell = draft.plan.cells[c];
        cell.name = QStringLiteral("%1: %2").arg(hr::dimensionName(cell.cell.dimension),
            hr::cellName(profile, cell.cell.dimension, cell.cell.id));
        for (const Metric::Group g : std::as_const(groups))
            cell.groups.append({ g, groupName(g), 0, 0, 0 });
        for (const KeptContribution* k : std::as_const(members)) {
            if (!school::inCell(k->part.cohort, cell.cell))
                continue;
            ++cell.contributions;
            QSet<Metric::Group> present;
            for (int m = 0; m < metrics.size(); ++m) {
                if (size_t(m) < k->part.present.size() && k->part.present[size_t(m)])
                    present.insert(metrics[m].group);
            }
            for (PreviewGroup& g : cell.groups)
                g.contributors += present.contains(g.group) ? 1 : 0;
        }
        QMap<QString, WithheldGroup> withheld; // by reason text, as the CLI has always listed them
        for (int m = 0; m < metrics.size(); ++m) {
            const privacy::CellDecision d = draft.plan.decision(c, m);
            cell.figures.append(
                { metrics[m].id, metrics[m].label, metrics[m].group, d.count, d.reason });
            PreviewGroup& g = cell.groups[groups.indexOf(metrics[m].group)];
            ++g.figures;
            if (d.released()) {
                ++g.released;
                continue;
            }
            const QString text = privacy::reasonText(d.reason);
            WithheldGroup& w = withheld[text];
            w.reason = d.reason;
            w.reasonText = text;
            w.metricIds << metrics[m].id;
        }
        cell.withheld = withheld.values();
        out.cells.append(cell);
    }
    return out;
}

Result<ReleasePreview> previewPeriodRelease(CustodianStore& store, const PeriodDraft& draft)
{
    auto profile = store.profile(draft.draft.release.profileVersion);
    if (!profile)
        return profile.error();
    if (!profile->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("This custodian database has no school profile yet.") };
    auto kept = store.contributions(draft.draft.release.period, true);
    if (!kept)
        return kept.error();
    return previewRelease(**profile, draft, *kept);
}

} // namespace kw::custodian
