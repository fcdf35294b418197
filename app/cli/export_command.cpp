// kernwijzer-cli export: a teacher's contribution for one closed period (.kwbijdrage).
#include "cli/command_args.h"
#include "cli/commands.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "teacher/teacher_exchange.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::cli {

namespace {

QString orDash(const QString& id)
{
    return id.isEmpty() ? QStringLiteral("-") : id;
}

} // namespace

int runExport(const Context& ctx)
{
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
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Export your contribution to your school's anonymous trends for one closed period. "
              "Your numbers are split in two shares, one sealed to HR and one to the custodian; "
              "neither can see them alone. --preview prints every number without writing a file."),
            .options = { profileOption, periodOption, outOption, teamOption, roleOption, ageOption,
                optInOption, previewOption },
            .db = DbOption::Optional });
    if (p.finished)
        return *p.finished;
    if (!p.isSet(dbOption()) || (!p.isSet(outOption) && !p.isSet(previewOption)))
        return p.usage(QStringLiteral("--db and --out (or --preview) are required."));

    int code = Ok;
    const auto journal = p.open(false, code);
    if (!journal)
        return code;
    TeacherSession& session = *journal;
    exchange::TeacherExchange& teacher = session.exchange();

    // Everything is checked before anything is saved; --preview saves nothing at all.
    SchoolProfile profile = session.profile();
    std::optional<exchange::ProfileImport> import;
    if (p.isSet(profileOption)) {
        auto bytes = exchange::readFileLimited(
            p.value(profileOption), exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_PROFILE));
        if (!bytes)
            return p.failed(bytes.error());
        auto check = teacher.checkImport(*bytes);
        if (!check)
            return p.failed(check.error());
        if (check->verdict == exchange::ProfileImport::Verdict::CustodianChanged
            || check->needsVerificationCode())
            return p.failed(check->needsVerificationCode()
                    ? QStringLiteral("This is the first profile of %1 in this journal; import it "
                                     "with profile import --verify-code first.")
                          .arg(check->profile.schoolName)
                    : QStringLiteral("This profile names another custodian; import it with "
                                     "profile import first."));
        import = *check;
        profile = check->profile;
    }

    auto settings = teacher.store().settings();
    if (!settings)
        return p.failed(settings.error());
    exchange::ExchangeSettings wanted = *settings;
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
        return p.usage(QStringLiteral("\"%1\" is not a period of %2 (periods of %3 months, like "
                                      "\"%4\").")
                           .arg(p.value(periodOption), profile.schoolName)
                           .arg(profile.rules.periodMonths)
                           .arg(periods.first().id()));
    if (!exchange::cohortFits(wanted.cohort, profile))
        return p.usage(QStringLiteral("%1 has no team, role or age band with that id; see profile "
                                      "show.")
                           .arg(profile.schoolName));

    if (p.isSet(previewOption)) {
        auto preview = teacher.preview(profile, *period, wanted.cohort);
        if (!preview)
            return p.failed(preview.error());
        const exchange::Cohort& c = preview->plain.cohort;
        QJsonArray metrics;
        QStringList lines { QStringLiteral("Period %1 (%2), team %3, role %4, age band %5")
                                .arg(period->id(), period->label(), orDash(c.team), orDash(c.role),
                                    orDash(c.ageBand)) };
        for (const exchange::PreviewLine& line : preview->lines) {
            metrics.append(QJsonObject { { QStringLiteral("metric"), line.metric.id },
                { QStringLiteral("label"), line.metric.label },
                { QStringLiteral("present"), line.present },
                { QStringLiteral("value"), line.value } });
            lines << QStringLiteral("  ") + line.metric.label + QStringLiteral(": ")
                    + (line.present ? line.value : QStringLiteral("(none)"));
        }
        return p.print(QJsonObject { { QStringLiteral("period"), period->id() },
                           { QStringLiteral("team"), c.team }, { QStringLiteral("role"), c.role },
                           { QStringLiteral("ageBand"), c.ageBand },
                           { QStringLiteral("optedIn"), wanted.optedIn },
                           { QStringLiteral("metrics"), metrics } },
            lines);
    }

    if (Status s = teacher.checkExport(profile, *period, wanted); !s)
        return p.failed(s.error());
    if (import) {
        if (Status s = session.install(*import); !s)
            return p.failed(s.error());
    }
    if (wanted.optedIn != settings->optedIn || !(wanted.cohort == settings->cohort) || import) {
        if (Status s = teacher.store().setSettings(wanted); !s)
            return p.failed(s.error());
    }
    auto preview = teacher.preview(profile, *period, wanted.cohort);
    if (!preview)
        return p.failed(preview.error());
    auto exported
        = teacher.exportTo(profile, *preview, p.value(outOption), exchange::systemRandom());
    if (!exported)
        return p.failed(exported.error());
    return p.print(QJsonObject { { QStringLiteral("file"), p.value(outOption) },
                       { QStringLiteral("period"), period->id() },
                       { QStringLiteral("revision"), int(exported->revision) },
                       { QStringLiteral("sendTo"), profile.custodian.contact } },
        QStringLiteral("Contribution for %1 (%2) written to %3%4\nSend it to %5 (%6): the "
                       "custodian cannot read your numbers. Never send it to HR.")
            .arg(period->id(), period->label(), p.value(outOption),
                exported->revision > 1 ? QStringLiteral("; it replaces the %1 earlier one(s).")
                                             .arg(exported->revision - 1)
                                       : QString(),
                profile.custodian.name, profile.custodian.contact));
}

} // namespace kw::cli
