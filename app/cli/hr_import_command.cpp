// kernwijzer-cli import --hr-db: HR imports the custodian's releases (.kwvrijgave). Each is
// checked in full (core/school/release_check.h) before anything is stored; a refused file
// changes nothing and the next one is still tried.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/key_input.h"
#include "exchange/envelope.h"
#include "hr/hr_schema.h"
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
    return text;
}

} // namespace

int runHrImport(const Context& ctx)
{
    const QCommandLineOption hrDbOption({ QStringLiteral("hr-db") },
        QStringLiteral("HR's database (created when it does not exist)."), QStringLiteral("FILE"));
    const QCommandLineOption keyOption({ QStringLiteral("key") },
        QStringLiteral("HR's secret key file (.kwsleutel)."), QStringLiteral("FILE"));
    const QCommandLineOption profileOption({ QStringLiteral("profile") },
        QStringLiteral("A co-signed school profile (.kwprofiel) to add first: needed once for "
                       "each profile version the releases were made with."),
        QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "HR imports the custodian's releases (.kwvrijgave): each is checked in full and "
              "its released group figures are stored; a refused file changes nothing."),
            .options = { hrDbOption, keyOption, profileOption, passphraseFileOption() },
            .required = { &hrDbOption, &keyOption },
            .positionals = { { QStringLiteral("release"),
                QStringLiteral("Release files (.kwvrijgave)."), QStringLiteral("FILE...") } },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral(
                "Print JSON: {\"files\": [{\"path\", \"outcome\", ...}], \"counts\": {...}}.") });
    if (p.finished)
        return *p.finished;
    if (p.positionals().isEmpty() && !p.isSet(profileOption))
        return p.usage(QStringLiteral("Name at least one release file, or --profile."));
    auto keys = readKeyPath(p.value(keyOption), p);
    if (!keys)
        return p.failed(keys.error());
    if (keys->party != ::kernwijzer::v1::PARTY_SCHOOL || !keys->hasSecrets())
        return p.failed(QStringLiteral("%1 is not HR's secret key file.").arg(p.value(keyOption)));

    auto db = sql::Database::open(p.value(hrDbOption), hr::hrSchema());
    if (!db)
        return p.failed(db.error());
    hr::HrStore store(**db, ctx.clock);
    QStringList lines;
    if (p.isSet(profileOption)) {
        auto bytes = exchange::readFileLimited(
            p.value(profileOption), exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_PROFILE));
        if (!bytes)
            return p.failed(bytes.error());
        auto added = store.addProfile(*bytes);
        if (!added)
            return p.failed(added.error());
        if (added->school.boxKey != keys->boxPublic)
            return p.failed(QStringLiteral("%1 is not the HR key of %2.")
                                .arg(p.value(keyOption), added->schoolName));
        lines << QStringLiteral("profile version %1 of %2 added")
                     .arg(added->version)
                     .arg(added->schoolName);
    }

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
