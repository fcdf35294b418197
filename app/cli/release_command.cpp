// kernwijzer-cli release: the custodian's release of one closed period (.kwvrijgave). With
// --preview it shows, per cell, the contributors and what the rules would release and why the
// rest is withheld: counts only, never a value (the custodian cannot see values anyway).
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/key_input.h"
#include "custodian/custodian_store.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/metric_layout.h"
#include "exchange/release_file.h"
#include "privacy/withheld_reason.h"
#include "school/release_maker.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace kw::cli {

namespace {

QString cellName(const SchoolProfile& profile, const exchange::CellKey& cell)
{
    const auto named = [&](const QString& what, const QString& name) {
        return cell.id.isEmpty() ? QStringLiteral("%1 not given").arg(what)
                                 : QStringLiteral("%1 %2").arg(what, name);
    };
    switch (cell.dimension) {
    case exchange::Dimension::School:
        return QStringLiteral("School %1").arg(profile.schoolName);
    case exchange::Dimension::Team:
        return named(
            QStringLiteral("Team"), profile.team(cell.id) ? profile.team(cell.id)->name : cell.id);
    case exchange::Dimension::Role:
        return named(
            QStringLiteral("Role"), profile.role(cell.id) ? profile.role(cell.id)->name : cell.id);
    case exchange::Dimension::AgeBand:
        return named(QStringLiteral("Age band"),
            profile.ageBand(cell.id) ? profile.ageBand(cell.id)->name : cell.id);
    }
    return {};
}

/** The earlier releases of the period, as draftRelease() wants them: what each summed. */
Result<QList<QList<exchange::ReleasedContribution>>> earlierReleases(
    custodian::CustodianStore& store, const QString& period,
    const QList<custodian::KeptContribution>& kept)
{
    QHash<QByteArray, QByteArray> bindings;
    for (const custodian::KeptContribution& k : kept)
        bindings.insert(k.part.submissionId, k.part.binding);
    auto releases = store.releases(period);
    if (!releases)
        return releases.error();
    QList<QList<exchange::ReleasedContribution>> out;
    for (const custodian::ReleaseRecord& release : *releases) {
        auto members = store.releaseMembers(period, release.number);
        if (!members)
            return members.error();
        QList<exchange::ReleasedContribution> listed;
        for (const custodian::ReleasedMember& m : *members) // frozen: kept is what was summed
            listed.append({ m.submissionId, m.revision,
                exchange::bindingDigest(bindings.value(m.submissionId)) });
        out.append(listed);
    }
    return out;
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

/** The preview as lines: one per cell, the withheld metrics grouped by reason. */
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
            line += QStringLiteral("; withheld, %1: %2").arg(it.key(), it.value().join(u", "));
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
    auto profile = (*store)->currentProfile();
    if (!profile)
        return p.failed(profile.error());
    if (!profile->has_value())
        return p.failed(QStringLiteral("This custodian database has no school profile yet."));
    const SchoolProfile& school = **profile;
    if (school.custodian.signKey != keys->signPublic)
        return p.failed(QStringLiteral("%1 is not the key of %2's custodian.")
                            .arg(p.value(keyOption), school.schoolName));
    const auto closed = exchange::exchangePeriodFromId(period, school.rules.periodMonths);
    if (!closed)
        return p.usage(QStringLiteral("--period takes a period of %1 months, such as %2.")
                           .arg(school.rules.periodMonths)
                           .arg(QStringLiteral("2026-2027/1of6")));
    if (closed->end >= ctx.clock.today())
        return p.failed(QStringLiteral("%1 has not closed yet; it can be released from %2.")
                            .arg(period, closed->end.addDays(1).toString(Qt::ISODate)));

    auto kept = (*store)->contributions(period, true);
    if (!kept)
        return p.failed(kept.error());
    auto earlier = earlierReleases(**store, period, *kept);
    if (!earlier)
        return p.failed(earlier.error());
    auto draft = school::draftRelease(school, period, *earlier, *kept);
    if (!draft)
        return p.failed(draft.error());
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(school);
    const QJsonObject summary = previewJson(school, layout, *draft, *kept);
    if (preview)
        return p.print(summary, previewLines(summary));
    if (!draft->publishesAnything())
        return p.failed(QStringLiteral(
            "%1 contributions are too few to release any figure without singling someone out. "
            "Nothing was written; they wait for more (see --preview).")
                            .arg(draft->release.contributions.size()
                                - (earlier->isEmpty() ? 0 : earlier->last().size())));

    auto file = exchange::writeReleaseFile(draft->release, *keys);
    if (!file)
        return p.failed(file.error());
    const QString out = p.value(outOption);
    if (Status s = exchange::writeFileAtomically(out, *file); !s)
        return p.failed(s.error());
    QList<custodian::ReleasedMember> members;
    for (const exchange::ReleasedContribution& c : std::as_const(draft->release.contributions))
        members.append({ c.submissionId, c.revision });
    const QByteArray sha = QCryptographicHash::hash(*file, QCryptographicHash::Sha256);
    if (Status s = (*store)->recordRelease(period, draft->release.releaseNumber, sha, members);
        !s) {
        // Never a file the database does not know: another release of this period could not
        // then be told apart from it.
        QFile::remove(out);
        return p.failed(QStringLiteral("The release could not be recorded (%1); the file was "
                                       "removed again and nothing was released.")
                            .arg(s.error().message));
    }
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
