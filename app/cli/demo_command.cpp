#include "cli/cli_context.h"
#include "demo/demo_teacher.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

int runDemo(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Write a demo teacher's journal, check-ins and POP for the demo school, "
                       "and the demo school's co-signed profile with its two (public, demo-only) "
                       "key files, so export and inspect can be tried."));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("Folder to write into (created if needed)."), QStringLiteral("DIR"));
    const QCommandLineOption countOption({ QStringLiteral("reflections") },
        QStringLiteral("How many reflections (default 160)."), QStringLiteral("N"),
        QStringLiteral("160"));
    const QCommandLineOption seedOption({ QStringLiteral("seed") },
        QStringLiteral("Seed for the generated data (default 2026)."), QStringLiteral("S"),
        QStringLiteral("2026"));
    const QCommandLineOption jsonOption(
        { QStringLiteral("json") }, QStringLiteral("Print machine-readable JSON."));
    p.addOptions({ outOption, countOption, seedOption, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    if (!p.isSet(outOption))
        return ctx.fail(QStringLiteral("--out is required."), Usage);
    bool countOk = false;
    bool seedOk = false;
    const int count = p.value(countOption).toInt(&countOk);
    const quint32 seed = p.value(seedOption).toUInt(&seedOk);
    if (!countOk || count < 0 || count > 1'000'000 || !seedOk)
        return ctx.fail(
            QStringLiteral("--reflections takes 0 to 1000000 and --seed a whole number."), Usage);

    const QDir out(p.value(outOption));
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
    options.reflections = count;
    options.checkinWeeks = 30;
    options.seed = seed;
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

    if (p.isSet(jsonOption)) {
        QJsonObject o { { QStringLiteral("journal"), path },
            { QStringLiteral("reflections"), counts->reflections },
            { QStringLiteral("goals"), counts->goals },
            { QStringLiteral("checkins"), counts->checkins },
            { QStringLiteral("profile"), out.absoluteFilePath(QStringLiteral("demo-school.kwprofiel")) } };
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << "Demo journal with " << counts->reflections << " reflections, "
                << counts->checkins << " check-ins and a POP with " << counts->goals
                << " goals: " << path
                << "\nThe demo school's co-signed profile and its (public, demo-only) HR and "
                   "custodian keys: "
                << out.absolutePath() << Qt::endl;
    }
    return Ok;
}

} // namespace kw::cli
