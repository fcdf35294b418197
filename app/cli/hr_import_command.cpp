// kernwijzer-cli import --hr-db: HR imports the custodian's releases (.kwvrijgave). Each is
// checked in full (core/school/release_check.h) before anything is stored; a refused file
// changes nothing and the next one is still tried.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/hr_session.h"
#include "cli/key_input.h"
#include "exchange/envelope.h"
#include "hr/release_import.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::cli {

namespace {

QString outcomeText(const hr::ReleaseImport& r)
{
    if (r.outcome == hr::ReleaseImport::Outcome::AlreadyThere)
        return QStringLiteral("already imported (release %1 of %2): nothing changed")
            .arg(r.releaseNumber)
            .arg(r.period);
    QString text = QStringLiteral("stored release %1 of %2: %3 contributions, %4 figures "
                                  "released, %5 withheld")
                       .arg(r.releaseNumber)
                       .arg(r.period)
                       .arg(r.contributions)
                       .arg(r.released)
                       .arg(r.withheld);
    if (r.withheldByHr > 0)
        text += QStringLiteral(" (%1 of them by HR's own check, although the release offered them)")
                    .arg(r.withheldByHr);
    if (r.impossibleSums > 0)
        text += QStringLiteral("; %1 with an impossible sum: a contribution in them is damaged "
                               "or forged (no honest values add up to it)")
                    .arg(r.impossibleSums);
    return text;
}

} // namespace

int runHrImport(const Context& ctx)
{
    const HrOptions o;
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "HR imports the custodian's releases (.kwvrijgave): each is checked in full and "
              "its released group figures are stored; a refused file changes nothing."),
            .options = { o.db, o.key, o.profile, passphraseFileOption() },
            .required = { &o.db, &o.key },
            .positionals = { { QStringLiteral("release"),
                QStringLiteral("Release files (.kwvrijgave)."), QStringLiteral("FILE...") } },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral(
                "Print JSON: {\"files\": [{\"path\", \"outcome\", ...}], \"counts\": {...}}.") });
    if (p.finished)
        return *p.finished;
    if (p.positionals().isEmpty() && !p.isSet(o.profile))
        return p.usage(QStringLiteral("Name at least one release file, or --profile."));
    auto session = openHrSession(p, o, ctx.clock);
    if (!session)
        return p.failed(session.error());
    hr::HrStore& store = *session->store;
    const exchange::KeySet* keys = &session->keys;
    QStringList lines = session->lines;

    QJsonArray files;
    int stored = 0, already = 0, refused = 0;
    for (const QString& path : p.positionals()) {
        auto bytes = exchange::readFileLimited(
            path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_RELEASE));
        auto imported = bytes ? hr::importRelease(store, *bytes, *keys)
                              : Result<hr::ReleaseImport>(bytes.error());
        QJsonObject file { { QStringLiteral("path"), path } };
        if (imported) {
            const bool isNew = imported->outcome == hr::ReleaseImport::Outcome::Stored;
            (isNew ? stored : already) += 1;
            file.insert(QStringLiteral("outcome"),
                isNew ? QStringLiteral("stored") : QStringLiteral("already-there"));
            file.insert(QStringLiteral("period"), imported->period);
            file.insert(QStringLiteral("releaseNumber"), imported->releaseNumber);
            file.insert(QStringLiteral("contributions"), imported->contributions);
            file.insert(QStringLiteral("released"), imported->released);
            file.insert(QStringLiteral("withheld"), imported->withheld);
            file.insert(QStringLiteral("withheldByHr"), imported->withheldByHr);
            file.insert(QStringLiteral("impossibleSums"), imported->impossibleSums);
            lines << QStringLiteral("%1: %2").arg(path, outcomeText(*imported));
        } else {
            ++refused;
            file.insert(QStringLiteral("outcome"), QStringLiteral("refused"));
            file.insert(QStringLiteral("reason"), imported.error().message);
            lines << QStringLiteral("%1: refused: %2").arg(path, imported.error().message);
        }
        files << file;
    }
    lines << QStringLiteral("%1 stored, %2 already there, %3 refused.")
                 .arg(stored)
                 .arg(already)
                 .arg(refused);
    const QJsonObject counts { { QStringLiteral("stored"), stored },
        { QStringLiteral("alreadyThere"), already }, { QStringLiteral("refused"), refused } };
    const int printed = p.print(
        QJsonObject { { QStringLiteral("files"), files }, { QStringLiteral("counts"), counts } },
        lines);
    return refused > 0 ? Failed : printed; // a script learns that a release did not go in
}

} // namespace kw::cli
