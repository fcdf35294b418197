// kernwijzer-cli import --bestuur-db: the bestuur imports its schools' aggregates
// (.kwaggregaat). Each is checked in full (exchange/aggregate_file.h) before anything is
// stored; a refused file changes nothing and the next one is still tried.
#include "bestuur/aggregate_import.h"
#include "bestuur/bestuur_schema.h"
#include "cli/command_args.h"
#include "cli/commands.h"
#include "exchange/envelope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace kw::cli {

namespace {

using Outcome = bestuur::BestuurStore::Outcome;

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::Replaced:
        return QStringLiteral("replaced");
    case Outcome::AlreadyThere:
        return QStringLiteral("alreadyThere");
    case Outcome::Outdated:
        return QStringLiteral("outdated");
    }
    return {};
}

QString outcomeText(const bestuur::AggregateImport& r)
{
    const QString what = QStringLiteral("%1 (%2), %3 release %4")
                             .arg(r.schoolName, r.schoolId, r.period)
                             .arg(r.releaseNumber);
    QString text;
    switch (r.outcome) {
    case Outcome::Added:
        text = QStringLiteral("added %1: %2 figures released, %3 withheld")
                   .arg(what)
                   .arg(r.released)
                   .arg(r.withheld);
        break;
    case Outcome::Replaced:
        text = QStringLiteral("replaced release %1 with %2: %3 figures released, %4 withheld")
                   .arg(r.earlierRelease)
                   .arg(what)
                   .arg(r.released)
                   .arg(r.withheld);
        break;
    case Outcome::AlreadyThere:
        return QStringLiteral("already imported (%1): nothing changed").arg(what);
    case Outcome::Outdated:
        return QStringLiteral("outdated: %1 is older than release %2 stored; nothing changed")
            .arg(what)
            .arg(r.earlierRelease);
    }
    if (r.newSchool)
        text += QStringLiteral("; new school, HR key %1, verification code %2: compare it with "
                               "the code the school published")
                    .arg(r.hrKeyFingerprint, r.verificationCode);
    return text;
}

QJsonObject fileJson(const QString& path, const bestuur::AggregateImport& r)
{
    return { { QStringLiteral("path"), path }, { QStringLiteral("outcome"), outcomeKey(r.outcome) },
        { QStringLiteral("school"), r.schoolId }, { QStringLiteral("schoolName"), r.schoolName },
        { QStringLiteral("period"), r.period },
        { QStringLiteral("releaseNumber"), r.releaseNumber },
        { QStringLiteral("earlierRelease"), r.earlierRelease },
        { QStringLiteral("released"), r.released }, { QStringLiteral("withheld"), r.withheld },
        { QStringLiteral("newSchool"), r.newSchool },
        { QStringLiteral("hrKey"), r.hrKeyFingerprint },
        { QStringLiteral("verificationCode"), r.verificationCode } };
}

} // namespace

int runBestuurImport(const Context& ctx)
{
    const QCommandLineOption dbOption({ QStringLiteral("bestuur-db") },
        QStringLiteral("The bestuur's database (created when it does not exist)."),
        QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "The bestuur imports its schools' aggregates (.kwaggregaat): each is checked in "
              "full (HR's signature under the key of the co-signed profile it carries, every "
              "figure against the school's rules) and stored, or refused and nothing changes. "
              "Per school and period a later release replaces an earlier one."),
            .options = { dbOption },
            .required = { &dbOption },
            .positionals = { { QStringLiteral("aggregate"),
                QStringLiteral("Aggregate files (.kwaggregaat)."), QStringLiteral("FILE...") } },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral(
                "Print JSON: {\"files\": [{\"path\", \"outcome\", ...}], \"counts\": {...}}.") });
    if (p.finished)
        return *p.finished;
    if (p.positionals().isEmpty())
        return p.usage(QStringLiteral("Name at least one aggregate file."));

    auto db = sql::Database::open(p.value(dbOption), bestuur::bestuurSchema());
    if (!db)
        return p.failed(db.error());
    bestuur::BestuurStore store(**db, ctx.clock);
    QJsonArray files;
    QStringList lines;
    QMap<QString, int> counts { { outcomeKey(Outcome::Added), 0 },
        { outcomeKey(Outcome::Replaced), 0 }, { outcomeKey(Outcome::AlreadyThere), 0 },
        { outcomeKey(Outcome::Outdated), 0 }, { QStringLiteral("refused"), 0 } };
    for (const QString& path : p.positionals()) {
        auto bytes = exchange::readFileLimited(
            path, exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_AGGREGATE));
        auto imported = bytes ? bestuur::importAggregate(store, *bytes)
                              : Result<bestuur::AggregateImport>(bytes.error());
        if (imported) {
            counts[outcomeKey(imported->outcome)] += 1;
            files << fileJson(path, *imported);
            lines << QStringLiteral("%1: %2").arg(path, outcomeText(*imported));
        } else {
            counts[QStringLiteral("refused")] += 1;
            files << QJsonObject { { QStringLiteral("path"), path },
                { QStringLiteral("outcome"), QStringLiteral("refused") },
                { QStringLiteral("reason"), imported.error().message } };
            lines << QStringLiteral("%1: refused: %2").arg(path, imported.error().message);
        }
    }
    lines << QStringLiteral("%1 file(s): %2 added, %3 replaced, %4 already there, %5 outdated, "
                            "%6 refused.")
                 .arg(p.positionals().size())
                 .arg(counts[outcomeKey(Outcome::Added)])
                 .arg(counts[outcomeKey(Outcome::Replaced)])
                 .arg(counts[outcomeKey(Outcome::AlreadyThere)])
                 .arg(counts[outcomeKey(Outcome::Outdated)])
                 .arg(counts[QStringLiteral("refused")]);
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    const int printed = p.print(QJsonObject { { QStringLiteral("files"), files },
                                    { QStringLiteral("counts"), countsJson } },
        lines);
    return counts[QStringLiteral("refused")] > 0 ? Failed : printed;
}

} // namespace kw::cli
