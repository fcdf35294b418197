#include "cli/cli_context.h"
#include "demo/demo_journal.h"
#include "demo/demo_pop.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

int runDemo(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Write a demo teacher's journal and POP for the demo school."));
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
    auto ids = (*journal)->store->addAll(
        demoReflections((*journal)->profile, count, ctx.clock.today(), 365, seed));
    if (!ids)
        return ctx.fail(ids.error());
    OpenJournal& j = **journal;
    PopStore pop(*j.db, j.profile, ctx.clock);
    HoursStore hours(*j.db, j.profile, ctx.clock);
    if (Status s = writeDemoPop(*j.store, pop, hours); !s)
        return ctx.fail(s.error());
    auto goals = pop.goals();
    if (!goals)
        return ctx.fail(goals.error());

    if (p.isSet(jsonOption)) {
        QJsonObject o { { QStringLiteral("journal"), path },
            { QStringLiteral("reflections"), int(ids->size()) },
            { QStringLiteral("goals"), int(goals->size()) } };
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        ctx.out << "Demo journal with " << ids->size() << " reflections and a POP with "
                << goals->size() << " goals: " << path << Qt::endl;
    }
    return Ok;
}

} // namespace kw::cli
