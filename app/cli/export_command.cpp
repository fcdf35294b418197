// kernwijzer-cli export: a teacher's contribution for one closed period (.kwbijdrage).
#include "cli/exchange_cli.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "teacher/teacher_exchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

int runExport(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export your contribution to your school's anonymous trends for one closed period. "
        "Your numbers are split in two shares, one sealed to HR and one to the custodian; "
        "neither can see them alone. --preview prints every number without writing a file."));
    const QCommandLineOption dbOption(
        { QStringLiteral("db") }, QStringLiteral("The journal database."), QStringLiteral("FILE"));
    const QCommandLineOption profileOption({ QStringLiteral("profile") },
        QStringLiteral("Import this school profile first (same rules as profile import)."),
        QStringLiteral("FILE"));
    const QCommandLineOption periodOption({ QStringLiteral("period") },
        QStringLiteral("The period (\"2026-2027/1of6\", or \"2026-2027/1\" for the profile's "
                       "own length), or \"last\" for the last closed one."),
        QStringLiteral("P"), QStringLiteral("last"));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("The file to write (.kwbijdrage)."), QStringLiteral("FILE"));
    const QCommandLineOption teamOption(
        { QStringLiteral("team") }, QStringLiteral("Your team's id."), QStringLiteral("ID"));
    const QCommandLineOption roleOption(
        { QStringLiteral("role") }, QStringLiteral("Your role's id."), QStringLiteral("ID"));
    const QCommandLineOption ageOption({ QStringLiteral("age-band") },
        QStringLiteral("Your age band's id."), QStringLiteral("ID"));
    const QCommandLineOption optInOption({ QStringLiteral("opt-in") },
        QStringLiteral("Turn sharing with your school on (it stays on until turned off)."));
    const QCommandLineOption previewOption(
        { QStringLiteral("preview") }, QStringLiteral("Print the numbers; write nothing."));
    const QCommandLineOption jsonOption(
        { QStringLiteral("json") }, QStringLiteral("Print machine-readable JSON."));
    p.addOptions({ dbOption, profileOption, periodOption, outOption, teamOption, roleOption,
        ageOption, optInOption, previewOption, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    if (!p.isSet(dbOption) || (!p.isSet(outOption) && !p.isSet(previewOption)))
        return ctx.fail(QStringLiteral("--db and --out (or --preview) are required."), Usage);

    auto journal = openJournal(p.value(dbOption), ctx.clock, false);
    if (!journal)
        return ctx.fail(journal.error());
    TeacherSession& session = **journal;
    exchange::TeacherExchange& teacher = session.exchange();

    // Everything is checked before anything is saved; --preview saves nothing at all.
    SchoolProfile profile = session.profile();
    std::optional<exchange::ProfileImport> import;
    if (p.isSet(profileOption)) {
        auto bytes = exchange::readFileLimited(
            p.value(profileOption), exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_PROFILE));
        if (!bytes)
            return ctx.fail(bytes.error());
        auto check = teacher.checkImport(*bytes);
        if (!check)
            return ctx.fail(check.error());
        if (check->verdict == exchange::ProfileImport::Verdict::CustodianChanged)
            return ctx.fail(QStringLiteral("This profile names another custodian; import it with "
                                           "profile import first."));
        import = *check;
        profile = check->profile;
    }

    auto settings = teacher.store().settings();
    if (!settings)
        return ctx.fail(settings.error());
    exchange::ExchangeSettings wanted = *settings;
    if (import && import->verdict == exchange::ProfileImport::Verdict::New)
        wanted = {}; // a new school starts with sharing off and no cohort (see install())
    if (p.isSet(optInOption))
        wanted.optedIn = true;
    if (p.isSet(teamOption))
        wanted.cohort.team = p.value(teamOption);
    if (p.isSet(roleOption))
        wanted.cohort.role = p.value(roleOption);
    if (p.isSet(ageOption))
        wanted.cohort.ageBand = p.value(ageOption);

    const QList<exchange::ExchangePeriod> periods = teacher.exportablePeriods(profile);
    QString periodId = p.value(periodOption);
    if (periodId == QStringLiteral("last"))
        periodId = periods.first().id();
    else if (!periodId.contains(QStringLiteral("of"))) // "2026-2027/1": of the profile's periods
        periodId += QStringLiteral("of%1").arg(12 / profile.rules.periodMonths);
    const std::optional<exchange::ExchangePeriod> period
        = exchange::exchangePeriodFromId(periodId, profile.rules.periodMonths);
    if (!period)
        return ctx.fail(QStringLiteral("\"%1\" is not a period of %2 (periods of %3 months, like "
                                       "\"%4\").")
                            .arg(p.value(periodOption), profile.schoolName)
                            .arg(profile.rules.periodMonths)
                            .arg(periods.first().id()),
            Usage);
    if (!exchange::cohortFits(wanted.cohort, profile))
        return ctx.fail(QStringLiteral("%1 has no team, role or age band with that id; see profile "
                                       "show.")
                            .arg(profile.schoolName),
            Usage);

    if (p.isSet(previewOption)) {
        auto preview = teacher.preview(profile, *period, wanted.cohort);
        if (!preview)
            return ctx.fail(preview.error());
        const exchange::Cohort& c = preview->plain.cohort;
        if (p.isSet(jsonOption)) {
            QJsonArray lines;
            for (const exchange::PreviewLine& line : preview->lines)
                lines.append(QJsonObject { { QStringLiteral("metric"), line.metric.id },
                    { QStringLiteral("label"), line.metric.label },
                    { QStringLiteral("present"), line.present },
                    { QStringLiteral("value"), line.value } });
            ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("period"), period->id() },
                                         { QStringLiteral("team"), c.team },
                                         { QStringLiteral("role"), c.role },
                                         { QStringLiteral("ageBand"), c.ageBand },
                                         { QStringLiteral("optedIn"), wanted.optedIn },
                                         { QStringLiteral("metrics"), lines } })
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        } else {
            ctx.out << "Period " << period->id() << " (" << period->label() << "), team "
                    << (c.team.isEmpty() ? QStringLiteral("-") : c.team) << ", role "
                    << (c.role.isEmpty() ? QStringLiteral("-") : c.role) << ", age band "
                    << (c.ageBand.isEmpty() ? QStringLiteral("-") : c.ageBand) << '\n';
            for (const exchange::PreviewLine& line : preview->lines)
                ctx.out << "  " << line.metric.label << ": "
                        << (line.present ? line.value : QStringLiteral("(none)")) << '\n';
            ctx.out.flush();
        }
        return Ok;
    }

    if (Status s = teacher.checkExport(profile, *period, wanted); !s)
        return ctx.fail(s.error());
    if (import) {
        if (Status s = session.install(*import); !s)
            return ctx.fail(s.error());
    }
    if (wanted.optedIn != settings->optedIn || !(wanted.cohort == settings->cohort) || import) {
        if (Status s = teacher.store().setSettings(wanted); !s)
            return ctx.fail(s.error());
    }
    auto preview = teacher.preview(profile, *period, wanted.cohort);
    if (!preview)
        return ctx.fail(preview.error());
    auto exported
        = teacher.exportTo(profile, *preview, p.value(outOption), exchange::systemRandom());
    if (!exported)
        return ctx.fail(exported.error());
    if (p.isSet(jsonOption))
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("file"), p.value(outOption) },
                                     { QStringLiteral("period"), period->id() },
                                     { QStringLiteral("revision"), int(exported->revision) } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        ctx.out << "Contribution for " << period->id() << " (" << period->label()
                << ") written to " << p.value(outOption)
                << (exported->revision > 1
                           ? QStringLiteral("; it replaces the %1 earlier one(s).")
                                 .arg(exported->revision - 1)
                           : QString())
                << Qt::endl;
    return Ok;
}

} // namespace kw::cli
