// kernwijzer-cli release: the custodian's release of one closed period (.kwvrijgave). With
// --preview it shows, per cell, the contributors and what the rules would release and why the
// rest is withheld: counts only, never a value (the custodian cannot see values anyway).
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/key_input.h"
#include "custodian/custodian_release.h"
#include "exchange/metric_layout.h"
#include "hr/hr_report.h"
#include "privacy/withheld_reason.h"
#include "school/release_maker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace kw::cli {

namespace {

/** "Team: Bovenbouw": the names HR's report uses (hr_report.h), so both speak alike. */
QString cellName(const SchoolProfile& profile, const exchange::CellKey& cell)
{
    return QStringLiteral("%1: %2").arg(
        hr::dimensionName(cell.dimension), hr::cellName(profile, cell.dimension, cell.id));
}

/** Per cell: its contributors, and per metric released or the reason it is withheld. */
QJsonObject previewJson(const SchoolProfile& profile, const exchange::MetricLayout& layout,
    const school::ReleaseDraft& draft, const QList<custodian::KeptContribution>& kept)
{
    QJsonArray cells;
    for (int c = 0; c < draft.plan.cells.size(); ++c) {
        const exchange::CellKey& cell = draft.plan.cells[c];
        int members = 0;
        for (const custodian::KeptContribution& k : kept)
            members += school::inCell(k.part.cohort, cell) ? 1 : 0;
        QJsonArray metrics;
        for (int m = 0; m < layout.metrics().size(); ++m) {
            const privacy::CellDecision d = draft.plan.decision(c, m);
            QJsonObject metric { { QStringLiteral("metric"), layout.metrics()[m].id },
                { QStringLiteral("contributors"), d.count },
                { QStringLiteral("released"), d.released() } };
            if (!d.released())
                metric.insert(QStringLiteral("reason"), privacy::reasonText(d.reason));
            metrics << metric;
        }
        cells << QJsonObject { { QStringLiteral("dimension"),
                                   exchange::dimensionKey(cell.dimension) },
            { QStringLiteral("id"), cell.id }, { QStringLiteral("name"), cellName(profile, cell) },
            { QStringLiteral("contributions"), members }, { QStringLiteral("metrics"), metrics } };
    }
    return { { QStringLiteral("period"), draft.release.period },
        { QStringLiteral("releaseNumber"), draft.release.releaseNumber },
        { QStringLiteral("contributions"), int(draft.release.contributions.size()) },
        { QStringLiteral("cells"), cells } };
}

/** The preview as lines: one per cell, then how many figures each reason withholds (--json
 * names them). */
QStringList previewLines(const QJsonObject& preview)
{
    QStringList lines { QStringLiteral("Release %1 of %2 would sum %3 contributions.")
                            .arg(preview[QStringLiteral("releaseNumber")].toInt())
                            .arg(preview[QStringLiteral("period")].toString())
                            .arg(preview[QStringLiteral("contributions")].toInt()) };
    for (const QJsonValue& value : preview[QStringLiteral("cells")].toArray()) {
        const QJsonObject cell = value.toObject();
        const QJsonArray metrics = cell[QStringLiteral("metrics")].toArray();
        QMap<QString, QStringList> withheld; // reason → metric ids
        for (const QJsonValue& m : metrics) {
            if (!m[QStringLiteral("released")].toBool())
                withheld[m[QStringLiteral("reason")].toString()]
                    << m[QStringLiteral("metric")].toString();
        }
        qsizetype held = 0;
        for (const QStringList& ids : std::as_const(withheld))
            held += ids.size();
        QString line = QStringLiteral("%1 (%2 contributions): %3 of %4 figures released")
                           .arg(cell[QStringLiteral("name")].toString())
                           .arg(cell[QStringLiteral("contributions")].toInt())
                           .arg(metrics.size() - held)
                           .arg(metrics.size());
        for (auto it = withheld.cbegin(); it != withheld.cend(); ++it)
            line += QStringLiteral("\n    %1 withheld: %2").arg(it.value().size()).arg(it.key());
        lines << line;
    }
    return lines;
}

} // namespace

int runRelease(const Context& ctx)
{
    const QCommandLineOption dbOption({ QStringLiteral("custodian-db") },
        QStringLiteral("The custodian's database."), QStringLiteral("FILE"));
    const QCommandLineOption keyOption({ QStringLiteral("key") },
        QStringLiteral("The custodian's secret key file (.kwsleutel)."), QStringLiteral("FILE"));
    const QCommandLineOption periodOption({ QStringLiteral("period") },
        QStringLiteral("The closed period to release (\"2026-2027/1of6\")."), QStringLiteral("P"));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("Where to write the release (.kwvrijgave)."), QStringLiteral("FILE"));
    const QCommandLineOption previewOption({ QStringLiteral("preview") },
        QStringLiteral("Only show what would be released and why the rest is withheld (counts "
                       "only); write nothing."));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "The custodian's release of one closed period: the group sums of the custodian's "
              "shares that the privacy rules allow, HR's sealed parts, signed. Send the file to "
              "HR."),
            .options = { dbOption, keyOption, periodOption, outOption, previewOption,
                passphraseFileOption() },
            .required = { &dbOption, &keyOption, &periodOption },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral("Print JSON: the preview, or what was written.") });
    if (p.finished)
        return *p.finished;
    const bool preview = p.isSet(previewOption);
    if (!preview && !p.isSet(outOption))
        return p.usage(QStringLiteral("Give --out FILE.kwvrijgave, or --preview."));
    const QString period = p.value(periodOption);
    auto keys = readKeyPath(p.value(keyOption), p);
    if (!keys)
        return p.failed(keys.error());
    if (keys->party != ::kernwijzer::v1::PARTY_CUSTODIAN || !keys->hasSecrets())
        return p.failed(
            QStringLiteral("%1 is not the custodian's secret key file.").arg(p.value(keyOption)));

    sql::Database::Options existing;
    existing.create = false;
    auto store = custodian::CustodianStore::open(p.value(dbOption), ctx.clock, existing);
    if (!store)
        return p.failed(store.error());
    auto draft = custodian::draftPeriodRelease(**store, period, ctx.clock.today());
    if (!draft)
        return p.failed(draft.error());
    auto profile = (*store)->currentProfile();
    if (!profile)
        return p.failed(profile.error());
    const SchoolProfile& school = **profile;
    if (school.custodian.signKey != keys->signPublic)
        return p.failed(QStringLiteral("%1 is not the key of %2's custodian.")
                            .arg(p.value(keyOption), school.schoolName));
    auto kept = (*store)->contributions(period, true);
    if (!kept)
        return p.failed(kept.error());
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(school);
    const QJsonObject summary = previewJson(school, layout, *draft, *kept);
    if (preview)
        return p.print(summary, previewLines(summary));
    const QString out = p.value(outOption);
    if (Status s = custodian::writePeriodRelease(**store, *keys, *draft, out); !s)
        return p.failed(s.error());
    QStringList lines = previewLines(summary);
    lines << QStringLiteral("Wrote %1: release %2 of %3. Send it to HR; teachers' files that "
                            "arrive from now on wait for a re-release.")
                 .arg(out)
                 .arg(draft->release.releaseNumber)
                 .arg(period);
    QJsonObject json = summary;
    json.insert(QStringLiteral("out"), out);
    return p.print(json, lines);
}

} // namespace kw::cli
