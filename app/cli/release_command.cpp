// kernwijzer-cli release: the custodian's release of one closed period (.kwvrijgave), in two
// steps: --check-out writes the check request for HR (HR answers with `validate`), --checked
// records HR's answer, and --out then writes the release over the parts HR found valid. With
// --preview it shows, per cell, the contributors and what the rules would release and why the
// rest is withheld: counts only, never a value (the custodian cannot see values anyway).
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/key_input.h"
#include "custodian/custodian_release.h"
#include "custodian/release_preview.h"
#include "exchange/envelope.h"
#include "privacy/withheld_reason.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::cli {

namespace {

/** Per cell: its contributors, and per metric released or the reason it is withheld. */
QJsonObject previewJson(const custodian::ReleasePreview& preview)
{
    QJsonArray cells;
    for (const custodian::PreviewCell& cell : preview.cells) {
        QJsonArray metrics;
        for (const custodian::PreviewFigure& f : cell.figures) {
            QJsonObject metric { { QStringLiteral("metric"), f.metricId },
                { QStringLiteral("contributors"), f.contributors },
                { QStringLiteral("released"), f.released() } };
            if (!f.released())
                metric.insert(QStringLiteral("reason"), privacy::reasonText(f.reason));
            metrics << metric;
        }
        cells << QJsonObject { { QStringLiteral("dimension"),
                                   exchange::dimensionKey(cell.cell.dimension) },
            { QStringLiteral("id"), cell.cell.id }, { QStringLiteral("name"), cell.name },
            { QStringLiteral("contributions"), cell.contributions },
            { QStringLiteral("metrics"), metrics } };
    }
    return { { QStringLiteral("period"), preview.period },
        { QStringLiteral("releaseNumber"), preview.releaseNumber },
        { QStringLiteral("contributions"), preview.contributions },
        { QStringLiteral("awaitingCheck"), preview.awaitingCheck },
        { QStringLiteral("refusedByHr"), preview.refusedByHr },
        { QStringLiteral("cells"), cells } };
}

/** The preview as lines: one per cell, then how many figures each reason withholds (--json
 * names them). */
QStringList previewLines(const custodian::ReleasePreview& preview)
{
    QStringList lines { QStringLiteral("Release %1 of %2 would sum %3 contributions.")
                            .arg(preview.releaseNumber)
                            .arg(preview.period)
                            .arg(preview.contributions) };
    if (preview.awaitingCheck > 0)
        lines << QStringLiteral("%1 of them wait for HR's check: write a check request with "
                                "--check-out FILE.kwcontrole and send it to HR.")
                     .arg(preview.awaitingCheck);
    if (preview.refusedByHr > 0)
        lines << QStringLiteral("%1 kept contributions are left out: HR could not check their "
                                "part. They count again when the teacher sends the file anew.")
                     .arg(preview.refusedByHr);
    for (const custodian::PreviewCell& cell : preview.cells) {
        QString line = QStringLiteral("%1 (%2 contributions): %3 of %4 figures released")
                           .arg(cell.name)
                           .arg(cell.contributions)
                           .arg(cell.releasedCount())
                           .arg(cell.figures.size());
        for (const custodian::WithheldGroup& w : cell.withheld)
            line += QStringLiteral("\n    %1 withheld: %2")
                        .arg(w.metricIds.size())
                        .arg(w.reasonText);
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
    const QCommandLineOption checkOutOption({ QStringLiteral("check-out") },
        QStringLiteral("Write the check request for HR (.kwcontrole): HR's parts of the "
                       "contributions this release would sum, for HR to check first."),
        QStringLiteral("FILE"));
    const QCommandLineOption checkedOption({ QStringLiteral("checked") },
        QStringLiteral("HR's answer to a check request (.kwuitslag) to record first; may be "
                       "given more than once."),
        QStringLiteral("FILE"));
    const QCommandLineOption previewOption({ QStringLiteral("preview") },
        QStringLiteral("Only show what would be released and why the rest is withheld (counts "
                       "only); write nothing."));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "The custodian's release of one closed period: the group sums of the custodian's "
              "shares that the privacy rules allow, HR's sealed parts, signed. First send HR a "
              "check request (--check-out), then release with HR's answer (--checked ... --out). "
              "Send the release to HR."),
            .options = { dbOption, keyOption, periodOption, outOption, checkOutOption,
                checkedOption, previewOption, passphraseFileOption() },
            .required = { &dbOption, &keyOption, &periodOption },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral("Print JSON: the preview, or what was written.") });
    if (p.finished)
        return *p.finished;
    const bool preview = p.isSet(previewOption);
    const int steps = int(preview) + int(p.isSet(outOption)) + int(p.isSet(checkOutOption));
    if (steps > 1)
        return p.usage(QStringLiteral("Give one of --preview, --check-out and --out."));
    if (steps == 0 && !p.isSet(checkedOption))
        return p.usage(QStringLiteral(
            "Give --preview, --check-out FILE.kwcontrole, --checked FILE.kwuitslag or --out "
            "FILE.kwvrijgave."));
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
    if (!*profile)
        return p.failed(QStringLiteral("This custodian database has no school profile yet."));
    const SchoolProfile& school = **profile;
    if (school.custodian.signKey != keys->signPublic)
        return p.failed(QStringLiteral("%1 is not the key of %2's custodian.")
                            .arg(p.value(keyOption), school.schoolName));
    QStringList lines;
    QJsonArray answers;
    for (const QString& path : p.values(checkedOption)) {
        auto bytes = exchange::readFileLimited(
            path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_CHECK_ANSWER));
        auto recorded = bytes ? custodian::recordCheckAnswer(**store, *bytes)
                              : Result<custodian::RecordedAnswer>(bytes.error());
        if (!recorded)
            return p.failed(QStringLiteral("%1: %2").arg(path, recorded.error().message));
        if (recorded->period != period)
            return p.failed(QStringLiteral("%1 answers for %2, not %3; it was recorded, nothing "
                                           "else was done.")
                                .arg(path, recorded->period, period));
        lines << QStringLiteral("%1: HR's answer recorded: %2 parts check out, %3 refused%4.")
                     .arg(path)
                     .arg(recorded->valid)
                     .arg(recorded->refused)
                     .arg(recorded->notKept > 0 ? QStringLiteral(", %1 about copies no longer kept")
                                                      .arg(recorded->notKept)
                                                : QString());
        answers << QJsonObject { { QStringLiteral("path"), path },
            { QStringLiteral("valid"), recorded->valid },
            { QStringLiteral("refused"), recorded->refused },
            { QStringLiteral("notKept"), recorded->notKept } };
    }
    auto draft = custodian::draftPeriodRelease(**store, period, ctx.clock.today());
    if (!draft)
        return p.failed(draft.error());
    auto shown = custodian::previewPeriodRelease(**store, *draft);
    if (!shown)
        return p.failed(shown.error());
    QJsonObject json = previewJson(*shown);
    if (!answers.isEmpty())
        json.insert(QStringLiteral("answers"), answers);
    lines << previewLines(*shown);
    // A step that fails after --checked: the answers are recorded all the same, so say so.
    const auto failed = [&](const Error& error) {
        return answers.isEmpty()
            ? p.failed(error)
            : p.failed(QStringLiteral("HR's answer was recorded, but %1").arg(error.message));
    };
    if (preview || steps == 0)
        return p.print(json, lines);
    if (p.isSet(checkOutOption)) {
        const QString out = p.value(checkOutOption);
        if (Status s = custodian::writeCheckRequest(**store, *keys, *draft, out); !s)
            return failed(s.error());
        lines << QStringLiteral("Wrote %1: HR's check of %2 contributions of %3. Send it to HR; "
                                "HR answers with `validate`. Then make the release with "
                                "--checked ANSWER.kwuitslag --out FILE.kwvrijgave.")
                     .arg(out)
                     .arg(draft->toCheck.size())
                     .arg(period);
        json.insert(QStringLiteral("checkOut"), out);
        return p.print(json, lines);
    }
    const QString out = p.value(outOption);
    if (Status s = custodian::writePeriodRelease(**store, *keys, *draft, out); !s)
        return failed(s.error());
    lines << QStringLiteral("Wrote %1: release %2 of %3. Send it to HR; teachers' files that "
                            "arrive from now on wait for a re-release.")
                 .arg(out)
                 .arg(draft->draft.release.releaseNumber)
                 .arg(period);
    json.insert(QStringLiteral("out"), out);
    return p.print(json, lines);
}

} // namespace kw::cli
