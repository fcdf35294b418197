#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/demo_school_command.h"
#include "demo/demo_teacher.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <limits>

namespace kw::cli {

int runDemo(const Context& ctx)
{
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("Folder to write into (created if needed)."), QStringLiteral("DIR"));
    const QCommandLineOption countOption({ QStringLiteral("reflections") },
        QStringLiteral("How many reflections (default 160)."), QStringLiteral("N"),
        QStringLiteral("160"));
    const QCommandLineOption seedOption({ QStringLiteral("seed") },
        QStringLiteral("Seed for the generated data (default 2026)."), QStringLiteral("S"),
        QStringLiteral("2026"));
    const CommandArgs a(ctx,
        { .description = QStringLiteral(
              "Write a demo teacher's journal, check-ins and POP for the demo school, and the "
              "demo school's co-signed profile with its two (public, demo-only) key files, so "
              "export and inspect can be tried. With --school: a whole simulated school, end to "
              "end (teachers' journals and exports, the custodian's releases, HR's database)."),
            .options = { outOption, countOption, seedOption, schoolOption(), teachersOption(),
                periodsOption(), schoolIdOption() },
            .required = { &outOption },
            .db = DbOption::None });
    if (a.finished)
        return *a.finished;
    const auto seed = parseWholeNumber(a.value(seedOption), 0, std::numeric_limits<quint32>::max());
    if (!seed)
        return a.usage(QStringLiteral("--seed takes a whole number from 0 to 4294967295."));
    if (a.isSet(schoolOption())) {
        if (a.isSet(countOption))
            return a.usage(QStringLiteral("--reflections is for the one-teacher demo; a "
                                          "simulated school makes its own."));
        return runDemoSchool(a, a.value(outOption), quint32(*seed));
    }
    if (a.isSet(teachersOption()) || a.isSet(periodsOption()) || a.isSet(schoolIdOption()))
        return a.usage(QStringLiteral("--teachers, --periods and --school-id go with --school."));
    const auto count = parseWholeNumber(a.value(countOption), 0, 1'000'000);
    if (!count)
        return a.usage(QStringLiteral("--reflections takes 0 to 1000000."));

    const QDir out(a.value(outOption));
    if (!QDir().mkpath(out.absolutePath()))
        return ctx.fail(QStringLiteral("Cannot create %1.").arg(out.absolutePath()));
    const QString path = out.absoluteFilePath(QStringLiteral("journal.sqlite"));
    if (QFileInfo::exists(path))
        return ctx.fail(QStringLiteral("%1 exists already; choose an empty folder.").arg(path));

    auto journal = openJournal(path, ctx.clock, true);
    if (!journal)
        return ctx.fail(journal.error());
    // The demo school as a teacher would have it: its profile, signed by both key holders,
    // installed in the journal; the files themselves next to it.
    DemoTeacherOptions options;
    options.reflections = int(*count);
    options.checkinWeeks = 30;
    options.seed = quint32(*seed);
    auto counts = seedDemoTeacher(**journal, options);
    if (!counts)
        return ctx.fail(counts.error());
    auto profileFile = (*journal)->installDemoSchool();
    if (!profileFile)
        return ctx.fail(profileFile.error());
    const QList<std::pair<QString, QByteArray>> files {
        { QStringLiteral("demo-school.kwprofiel"), *profileFile },
        { QStringLiteral("demo-hr.kwsleutel"),
            exchange::writeSecretKeyFile(exchange::demoSchoolKeys()) },
        { QStringLiteral("demo-custodian.kwsleutel"),
            exchange::writeSecretKeyFile(exchange::demoCustodianKeys()) },
    };
    for (const auto& [name, bytes] : files) {
        if (Status s = exchange::writeFileAtomically(out.absoluteFilePath(name), bytes); !s)
            return ctx.fail(s.error());
    }

    return a.print(QJsonObject { { QStringLiteral("journal"), path },
                       { QStringLiteral("reflections"), counts->reflections },
                       { QStringLiteral("goals"), counts->goals },
                       { QStringLiteral("checkins"), counts->checkins },
                       { QStringLiteral("profile"),
                           out.absoluteFilePath(QStringLiteral("demo-school.kwprofiel")) } },
        QStringLiteral("Demo journal with %1 reflections, %2 check-ins and a POP with %3 goals: "
                       "%4\nThe demo school's co-signed profile and its (public, demo-only) HR "
                       "and custodian keys: %5")
            .arg(counts->reflections)
            .arg(counts->checkins)
            .arg(counts->goals)
            .arg(path, out.absolutePath()));
}

} // namespace kw::cli
