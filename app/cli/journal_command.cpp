#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/reflection_json.h"
#include "cli/subcommands.h"

#include <QFile>
#include <QJsonArray>

namespace kw::cli {

namespace {

const QCommandLineOption valueOption({ QStringLiteral("value") },
    QStringLiteral("Only reflections on this kernwaarde (id or "
                   "name; repeat for several)."),
    QStringLiteral("KERNWAARDE"));
const QCommandLineOption fromOption({ QStringLiteral("from") },
    QStringLiteral("Only reflections on or after this day."), QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption toOption({ QStringLiteral("to") },
    QStringLiteral("Only reflections on or before this day."), QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption limitOption(
    { QStringLiteral("limit") }, QStringLiteral("At most N reflections."), QStringLiteral("N"));

/** Parses a comma-separated or repeated option of profile item names into ids. */
template <typename Find>
bool idsFrom(const QStringList& raw, Find find, QStringList& ids, QString& unknown)
{
    for (const QString& part :
        raw.join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto* item = find(part);
        if (!item) {
            unknown = part.trimmed();
            return false;
        }
        ids << item->id;
    }
    return true;
}

int add(const Context& ctx)
{
    const QCommandLineOption text({ QStringLiteral("text") },
        QStringLiteral("What happened ('-' reads standard input)."), QStringLiteral("TEXT"));
    const QCommandLineOption values({ QStringLiteral("values") },
        QStringLiteral("Kernwaarden it touched, comma-separated."), QStringLiteral("LIST"));
    const QCommandLineOption outcome(
        { QStringLiteral("outcome") }, QStringLiteral("How it went, 1-5."), QStringLiteral("N"));
    const QCommandLineOption energy({ QStringLiteral("energy") },
        QStringLiteral("Your energy, 1-5 (optional)."), QStringLiteral("N"));
    const QCommandLineOption date({ QStringLiteral("date") },
        QStringLiteral("The day it happened (default: today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption tags({ QStringLiteral("tags") },
        QStringLiteral("Context tags, comma-separated (optional)."), QStringLiteral("LIST"));
    const CommandArgs a(ctx,
        { .description = QStringLiteral("Save one reflection."),
            .options = { text, values, outcome, energy, date, tags },
            .required = { &text, &values, &outcome } });
    if (a.finished)
        return *a.finished;

    // Check every argument before the journal is opened to write (and possibly created); the
    // kernwaarden and tags are the ones of the school profile installed in it.
    Reflection r;
    if (a.value(text) == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return a.failed(QStringLiteral("Cannot read standard input."));
        r.text = QString::fromUtf8(in.readAll());
    } else {
        r.text = a.value(text);
    }
    int code = Ok;
    const auto outcomeScore = a.score(outcome, code);
    if (!outcomeScore)
        return code;
    r.outcome = *outcomeScore;
    r.energy = a.score(energy, code);
    if (code != Ok)
        return code;
    const auto day = a.day(date, code);
    if (!day)
        return code;
    r.day = day->isValid() ? *day : ctx.clock.today();
    auto atDb = a.journalAtDb(code);
    if (!atDb)
        return code;
    const SchoolProfile& profile = atDb->profile();
    QString unknown;
    if (!idsFrom(
            a.values(values), [&](const QString& s) { return profile.findKernwaarde(s); },
            r.valueIds, unknown))
        return a.failed(QStringLiteral("\"%1\" is not a kernwaarde of your school.").arg(unknown));
    if (!idsFrom(
            a.values(tags), [&](const QString& s) { return profile.findContextTag(s); }, r.tagIds,
            unknown))
        return a.failed(QStringLiteral("\"%1\" is not a context tag of your school.").arg(unknown));

    TeacherSession* journal = a.open(*atDb, true, code);
    if (!journal)
        return code;
    auto id = journal->journal().add(r);
    if (!id)
        return a.failed(id.error());
    auto saved = journal->journal().get(*id);
    if (!saved)
        return a.failed(saved.error());
    return a.print(toJson(*saved),
        QStringLiteral("Saved reflection %1 (%2).").arg(*id).arg(saved->day.toString(Qt::ISODate)));
}

/** list and search share filters and output; search also takes the words to find. */
int listOrSearch(const Context& ctx, bool search)
{
    const CommandArgs a(ctx,
        { .description = search ? QStringLiteral("Find reflections by their words.")
                                : QStringLiteral("List reflections, newest first."),
            .options = { valueOption, fromOption, toOption, limitOption },
            .positionals = search ? QList<Positional> { { QStringLiteral("words"),
                               QStringLiteral("The words to find.") } }
                                  : QList<Positional> {} });
    if (a.finished)
        return *a.finished;
    JournalQuery q;
    if (search) {
        q.search = a.positionals().join(QLatin1Char(' '));
        if (ftsQueryFor(q.search).isEmpty())
            return a.usage(QStringLiteral("Give one or more words to search for."));
    }
    int code = Ok;
    const auto from = a.day(fromOption, code);
    const auto to = from ? a.day(toOption, code) : std::nullopt;
    if (!to)
        return code;
    q.from = *from;
    q.to = *to;
    if (const auto limit = a.atLeast(limitOption, 1, code))
        q.limit = *limit;
    else if (code != Ok)
        return code;

    auto journal = a.open(false, code);
    if (!journal)
        return code;
    QString unknown;
    if (!idsFrom(
            a.values(valueOption),
            [&](const QString& s) { return journal->profile().findKernwaarde(s); }, q.valueIds,
            unknown))
        return a.failed(QStringLiteral("\"%1\" is not a kernwaarde of your school.").arg(unknown));

    auto entries = journal->journal().list(q);
    if (!entries)
        return a.failed(entries.error());
    QJsonArray array;
    QStringList lines;
    for (const JournalEntry& e : *entries) {
        array.append(toJson(e.reflection));
        QStringList names;
        for (const QString& id : e.reflection.valueIds) {
            const Kernwaarde* value = journal->profile().kernwaarde(id);
            names << (value ? value->name : id); // a newer profile may have dropped it
        }
        QString text = search ? e.highlighted : e.reflection.text;
        text.replace(QChar(1), QLatin1Char('[')).replace(QChar(2), QLatin1Char(']'));
        // Concatenated, not .arg()-chained: a reflection's text may hold "%1".
        lines << e.reflection.day.toString(Qt::ISODate) + QStringLiteral("  #")
                + QString::number(e.reflection.id) + QStringLiteral("  ")
                + names.join(QStringLiteral(", ")) + QStringLiteral("  ")
                + QString::number(e.reflection.outcome) + QStringLiteral("/5\n    ")
                + text.simplified();
    }
    lines << QStringLiteral("%1 %2")
                 .arg(entries->size())
                 .arg(entries->size() == 1 ? QStringLiteral("reflection")
                                           : QStringLiteral("reflections"));
    return a.print(array, lines);
}

} // namespace

int runJournal(const Context& ctx)
{
    return runSubcommand(ctx,
        { { { QStringLiteral("add") }, add },
            { { QStringLiteral("list") }, [](const Context& c) { return listOrSearch(c, false); } },
            { { QStringLiteral("search") },
                [](const Context& c) { return listOrSearch(c, true); } } },
        QStringLiteral("journal needs add, list or search."));
}

} // namespace kw::cli
