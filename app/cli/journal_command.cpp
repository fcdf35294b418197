#include "cli/cli_context.h"
#include "cli/reflection_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace kw::cli {

namespace {

const QCommandLineOption dbOption(
    { QStringLiteral("db") }, QStringLiteral("The journal database."), QStringLiteral("FILE"));
const QCommandLineOption jsonOption(
    { QStringLiteral("json") }, QStringLiteral("Print machine-readable JSON."));
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

bool parseScore(const QString& raw, int& score)
{
    bool ok = false;
    score = raw.toInt(&ok);
    return ok;
}

int add(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Save one reflection."));
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
    p.addOptions({ dbOption, text, values, outcome, energy, date, tags, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    for (const auto* required : { &dbOption, &text, &values, &outcome }) {
        if (!p.isSet(*required))
            return ctx.fail(
                QStringLiteral("--%1 is required.").arg(required->names().first()), Usage);
    }

    // Check every argument before the journal is opened to write (and possibly created); the
    // kernwaarden and tags are the ones of the school profile installed in it.
    Reflection r;
    if (p.value(text) == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(QStringLiteral("Cannot read standard input."));
        r.text = QString::fromUtf8(in.readAll());
    } else {
        r.text = p.value(text);
    }
    if (!parseScore(p.value(outcome), r.outcome))
        return ctx.fail(QStringLiteral("--outcome takes a whole number from 1 to 5."), Usage);
    if (p.isSet(energy)) {
        int e = 0;
        if (!parseScore(p.value(energy), e))
            return ctx.fail(QStringLiteral("--energy takes a whole number from 1 to 5."), Usage);
        r.energy = e;
    }
    r.day = p.isSet(date) ? QDate::fromString(p.value(date), Qt::ISODate) : ctx.clock.today();
    if (!r.day.isValid())
        return ctx.fail(QStringLiteral("--date takes a day as YYYY-MM-DD."), Usage);
    auto installed = profileAt(p.value(dbOption), ctx.clock);
    if (!installed)
        return ctx.fail(installed.error());
    const SchoolProfile& profile = *installed;
    QString unknown;
    if (!idsFrom(
            p.values(values), [&](const QString& s) { return profile.findKernwaarde(s); },
            r.valueIds, unknown))
        return ctx.fail(QStringLiteral("\"%1\" is not a kernwaarde of your school.").arg(unknown));
    if (!idsFrom(
            p.values(tags), [&](const QString& s) { return profile.findContextTag(s); }, r.tagIds,
            unknown))
        return ctx.fail(QStringLiteral("\"%1\" is not a context tag of your school.").arg(unknown));

    auto journal = openJournal(p.value(dbOption), ctx.clock, true);
    if (!journal)
        return ctx.fail(journal.error());
    auto id = (*journal)->journal().add(r);
    if (!id)
        return ctx.fail(id.error());
    auto saved = (*journal)->journal().get(*id);
    if (!saved)
        return ctx.fail(saved.error());
    if (p.isSet(jsonOption))
        ctx.out << QJsonDocument(toJson(*saved)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        ctx.out << "Saved reflection " << *id << " (" << saved->day.toString(Qt::ISODate) << ")."
                << Qt::endl;
    return Ok;
}

/** list and search share filters and output; search also takes the words to find. */
int listOrSearch(const Context& ctx, bool search)
{
    QCommandLineParser p;
    p.setApplicationDescription(search ? QStringLiteral("Find reflections by their words.")
                                       : QStringLiteral("List reflections, newest first."));
    p.addOptions({ dbOption, valueOption, fromOption, toOption, limitOption, jsonOption });
    if (search)
        p.addPositionalArgument(QStringLiteral("words"), QStringLiteral("The words to find."));
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    if (!p.isSet(dbOption))
        return ctx.fail(QStringLiteral("--db is required."), Usage);

    JournalQuery q;
    if (search) {
        q.search = p.positionalArguments().join(QLatin1Char(' '));
        if (ftsQueryFor(q.search).isEmpty())
            return ctx.fail(QStringLiteral("Give one or more words to search for."), Usage);
    }
    for (const auto& [option, day] : { std::pair { &fromOption, &q.from }, { &toOption, &q.to } }) {
        if (!p.isSet(*option))
            continue;
        *day = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!day->isValid())
            return ctx.fail(
                QStringLiteral("--%1 takes a day as YYYY-MM-DD.").arg(option->names().first()),
                Usage);
    }
    if (p.isSet(limitOption)) {
        bool ok = false;
        q.limit = p.value(limitOption).toInt(&ok);
        if (!ok || q.limit < 1)
            return ctx.fail(QStringLiteral("--limit takes a whole number above 0."), Usage);
    }

    auto journal = openJournal(p.value(dbOption), ctx.clock, false);
    if (!journal)
        return ctx.fail(journal.error());
    QString unknown;
    if (!idsFrom(
            p.values(valueOption),
            [&](const QString& s) { return (*journal)->profile().findKernwaarde(s); }, q.valueIds,
            unknown))
        return ctx.fail(QStringLiteral("\"%1\" is not a kernwaarde of your school.").arg(unknown));

    auto entries = (*journal)->journal().list(q);
    if (!entries)
        return ctx.fail(entries.error());

    if (p.isSet(jsonOption)) {
        QJsonArray array;
        for (const JournalEntry& e : *entries)
            array.append(toJson(e.reflection));
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    for (const JournalEntry& e : *entries) {
        QStringList names;
        for (const QString& id : e.reflection.valueIds) {
            const Kernwaarde* value = (*journal)->profile().kernwaarde(id);
            names << (value ? value->name : id); // a newer profile may have dropped it
        }
        QString text = search ? e.highlighted : e.reflection.text;
        text.replace(QChar(1), QLatin1Char('[')).replace(QChar(2), QLatin1Char(']'));
        ctx.out << e.reflection.day.toString(Qt::ISODate) << "  #" << e.reflection.id << "  "
                << names.join(QStringLiteral(", ")) << "  " << e.reflection.outcome << "/5\n    "
                << text.simplified() << '\n';
    }
    ctx.out << entries->size() << (entries->size() == 1 ? " reflection" : " reflections")
            << Qt::endl;
    return Ok;
}

} // namespace

int runJournal(const Context& ctx)
{
    const QString sub = ctx.args.value(1);
    if (sub.isEmpty())
        return ctx.fail(QStringLiteral("journal needs add, list or search."), Usage);
    Context inner { ctx.args.mid(1), ctx.out, ctx.err, ctx.clock };
    inner.args[0] = ctx.args[0] + QLatin1Char(' ') + sub;
    if (sub == QStringLiteral("add"))
        return add(inner);
    if (sub == QStringLiteral("list"))
        return listOrSearch(inner, false);
    if (sub == QStringLiteral("search"))
        return listOrSearch(inner, true);
    return ctx.fail(QStringLiteral("journal needs add, list or search."), Usage);
}

} // namespace kw::cli
