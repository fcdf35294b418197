// kernwijzer-cli checkin add|list|due|instruments: wellbeing check-ins for scripts and tests.
#include "cli/cli_context.h"
#include "wellbeing/checkin_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

namespace {

const QCommandLineOption dbOption(
    { QStringLiteral("db") }, QStringLiteral("The journal database."), QStringLiteral("FILE"));
const QCommandLineOption jsonOption(
    { QStringLiteral("json") }, QStringLiteral("Print machine-readable JSON."));
const QCommandLineOption instrumentOption({ QStringLiteral("instrument") },
    QStringLiteral("The instrument's id (see checkin instruments)."), QStringLiteral("ID"));

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QJsonObject toJson(const LocalizedText& text)
{
    return { { QStringLiteral("nl"), text.nl }, { QStringLiteral("en"), text.en } };
}

QString periodKindId(PeriodKind kind)
{
    return kind == PeriodKind::Week ? QStringLiteral("week") : QStringLiteral("fortnight");
}

QJsonObject toJson(const Checkin& c)
{
    QJsonObject answers;
    for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    QJsonObject choices;
    for (auto it = c.choices.cbegin(); it != c.choices.cend(); ++it)
        choices.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("instrument"), c.instrumentId },
        { QStringLiteral("instrumentVersion"), c.instrumentVersion },
        { QStringLiteral("periodStart"), c.period.start.toString(Qt::ISODate) },
        { QStringLiteral("periodEnd"), c.period.end.toString(Qt::ISODate) },
        { QStringLiteral("answered"), c.answered.toString(Qt::ISODate) },
        { QStringLiteral("score"), c.score },
        { QStringLiteral("band"), bandId(c.band) },
        { QStringLiteral("answers"), answers },
        { QStringLiteral("choices"), choices },
    };
}

QJsonObject toJson(const Instrument& in, const QList<ChoiceList>& lists)
{
    QJsonArray items;
    for (const InstrumentItem& item : in.items)
        items.append(QJsonObject {
            { QStringLiteral("id"), item.id }, { QStringLiteral("text"), toJson(item.text) } });
    QJsonArray anchors;
    for (const ScaleAnchor& a : in.scale.anchors)
        anchors.append(QJsonObject {
            { QStringLiteral("value"), a.value }, { QStringLiteral("label"), toJson(a.label) } });
    QJsonArray cutOffs;
    for (const CutOff& c : in.cutOffs)
        cutOffs.append(QJsonObject {
            { QStringLiteral("atMost"), c.atMost }, { QStringLiteral("band"), bandId(c.band) } });
    QJsonArray choiceLists;
    for (const QString& id : in.choiceListIds) {
        const ChoiceList* list = findChoiceList(lists, id);
        QJsonArray options;
        for (const ChoiceOption& o : list->options)
            options.append(
                QJsonObject { { QStringLiteral("id"), o.id }, { QStringLiteral("name"), o.name } });
        choiceLists.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("question"), toJson(list->question) },
            { QStringLiteral("options"), options } });
    }
    return {
        { QStringLiteral("id"), in.id },
        { QStringLiteral("version"), in.version },
        { QStringLiteral("name"), toJson(in.name) },
        { QStringLiteral("period"), periodKindId(in.period) },
        { QStringLiteral("allItemsRequired"), in.allItemsRequired },
        { QStringLiteral("items"), items },
        { QStringLiteral("scale"),
            QJsonObject { { QStringLiteral("min"), in.scale.min },
                { QStringLiteral("max"), in.scale.max }, { QStringLiteral("anchors"), anchors } } },
        { QStringLiteral("score"),
            QJsonObject { { QStringLiteral("min"), in.minScore() },
                { QStringLiteral("max"), in.maxScore() } } },
        { QStringLiteral("cutOffs"), cutOffs },
        { QStringLiteral("choiceLists"), choiceLists },
    };
}

void printJson(const Context& ctx, const QJsonDocument& doc)
{
    ctx.out << doc.toJson(QJsonDocument::Compact) << Qt::endl;
}

QString describe(const Checkin& c, const Instrument* in)
{
    const QString scale = !in ? QString()
        : in->scoring.kind == ScoringRule::Kind::SumTimes
        ? QStringLiteral("/%1").arg(number(in->maxScore()))
        : QStringLiteral(" (mean of %1-%2)").arg(in->scale.min).arg(in->scale.max);
    return QStringLiteral("%1 for %2 to %3: %4%5, %6")
        .arg(in ? in->name.text() : c.instrumentId, c.period.start.toString(Qt::ISODate),
            c.period.end.toString(Qt::ISODate), number(c.score), scale, bandId(c.band));
}

/** "3,4,,5": whole numbers, an empty place for an item left open. */
bool parseAnswers(const QString& raw, Answers& answers)
{
    for (const QString& part : raw.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty()) {
            answers << std::nullopt;
            continue;
        }
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok)
            return false;
        answers << v;
    }
    return true;
}

/** "blij=collegas,waardering" (ids or names), repeatable. */
bool parseChoices(const QStringList& raw, const SchoolProfile& profile, Selections& selections)
{
    for (const QString& one : raw) {
        const qsizetype eq = one.indexOf(QLatin1Char('='));
        if (eq < 1)
            return false;
        const QString listId = one.left(eq).trimmed();
        const ChoiceList* list = findChoiceList(profile.choiceLists, listId);
        QStringList& picked = selections[listId];
        for (const QString& part : one.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const ChoiceOption* option = list ? list->findOption(part) : nullptr;
            picked << (option ? option->id : part.trimmed());
        }
    }
    return true;
}

void printAdvice(const Context& ctx, const Checkin& c, const SchoolProfile& profile)
{
    if (c.band == Band::Ok)
        return;
    ctx.out << (c.band == Band::Advise
            ? "Your score is very low. Please talk to your huisarts or bedrijfsarts, or to "
              "someone you trust:\n"
            : "Your score is low. If you want to talk to someone:\n");
    for (const SupportContact& s : profile.supportContacts)
        ctx.out << "  " << s.role << ": " << s.name << " (" << s.reach << ")\n";
    ctx.out.flush();
}

int add(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Save a check-in. A second check-in for the same instrument and period "
                       "replaces the first: the latest answer counts."));
    const QCommandLineOption answers({ QStringLiteral("answers") },
        QStringLiteral("The answers in item order, comma-separated; leave a place empty to skip "
                       "an item where the instrument allows it."),
        QStringLiteral("LIST"));
    const QCommandLineOption choices({ QStringLiteral("choices") },
        QStringLiteral("Picked options of a question, e.g. werkdruk=e-mail,ict (repeatable)."),
        QStringLiteral("LIST=OPTIONS"));
    const QCommandLineOption date({ QStringLiteral("date") },
        QStringLiteral("A day of the period it is about (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    p.addOptions({ dbOption, instrumentOption, answers, choices, date, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    for (const auto* required : { &dbOption, &instrumentOption, &answers }) {
        if (!p.isSet(*required))
            return ctx.fail(
                QStringLiteral("--%1 is required.").arg(required->names().first()), Usage);
    }

    // Check every argument before the journal is opened (and possibly created).
    auto installed = profileAt(p.value(dbOption), ctx.clock);
    if (!installed)
        return ctx.fail(installed.error());
    const SchoolProfile& profile = *installed;
    CheckinInput input;
    input.instrumentId = p.value(instrumentOption).trimmed();
    if (!parseAnswers(p.value(answers), input.answers))
        return ctx.fail(
            QStringLiteral("--answers takes whole numbers separated by commas."), Usage);
    if (!parseChoices(p.values(choices), profile, input.choices))
        return ctx.fail(
            QStringLiteral("--choices takes LIST=OPTION,OPTION (e.g. blij=collegas)."), Usage);
    input.day = p.isSet(date) ? QDate::fromString(p.value(date), Qt::ISODate) : ctx.clock.today();
    if (!input.day.isValid())
        return ctx.fail(QStringLiteral("--date takes a day as YYYY-MM-DD."), Usage);
    if (auto valid = validateCheckin(input, profile, ctx.clock.today()); !valid)
        return ctx.fail(valid.error());

    auto journal = openJournal(p.value(dbOption), ctx.clock, true);
    if (!journal)
        return ctx.fail(journal.error());
    auto saved = (*journal)->checkins().add(input);
    if (!saved)
        return ctx.fail(saved.error());
    if (p.isSet(jsonOption)) {
        QJsonObject json = toJson(saved->checkin);
        json.insert(QStringLiteral("replaced"), saved->replaced);
        printJson(ctx, QJsonDocument(json));
        return Ok;
    }
    const Checkin& c = saved->checkin;
    ctx.out << "Saved " << describe(c, findInstrument(profile.instruments, c.instrumentId))
            << ".\n";
    if (saved->replaced)
        ctx.out << "This replaces your earlier check-in for this period: the latest answer "
                   "counts.\n";
    printAdvice(ctx, c, profile);
    ctx.out.flush();
    return Ok;
}

int list(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List check-ins, newest period first."));
    const QCommandLineOption from({ QStringLiteral("from") },
        QStringLiteral("Only periods that end on or after this day."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to({ QStringLiteral("to") },
        QStringLiteral("Only periods that start on or before this day."),
        QStringLiteral("YYYY-MM-DD"));
    p.addOptions({ dbOption, instrumentOption, from, to, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    if (!p.isSet(dbOption))
        return ctx.fail(QStringLiteral("--db is required."), Usage);
    CheckinQuery q;
    for (const auto& [option, day] : { std::pair { &from, &q.from }, { &to, &q.to } }) {
        if (!p.isSet(*option))
            continue;
        *day = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!day->isValid())
            return ctx.fail(
                QStringLiteral("--%1 takes a day as YYYY-MM-DD.").arg(option->names().first()),
                Usage);
    }
    auto installed = profileAt(p.value(dbOption), ctx.clock);
    if (!installed)
        return ctx.fail(installed.error());
    const SchoolProfile& profile = *installed;
    q.instrumentId = p.value(instrumentOption).trimmed();
    if (!q.instrumentId.isEmpty() && !findInstrument(profile.instruments, q.instrumentId))
        return ctx.fail(
            QStringLiteral("\"%1\" is not an instrument of your school.").arg(q.instrumentId));

    auto journal = openJournal(p.value(dbOption), ctx.clock, false);
    if (!journal)
        return ctx.fail(journal.error());
    auto found = (*journal)->checkins().list(q);
    if (!found)
        return ctx.fail(found.error());
    if (p.isSet(jsonOption)) {
        QJsonArray array;
        for (const Checkin& c : *found)
            array.append(toJson(c));
        printJson(ctx, QJsonDocument(array));
        return Ok;
    }
    for (const Checkin& c : *found)
        ctx.out << "#" << c.id << "  "
                << describe(c, findInstrument(profile.instruments, c.instrumentId)) << '\n';
    ctx.out << found->size() << (found->size() == 1 ? " check-in" : " check-ins") << Qt::endl;
    return Ok;
}

int due(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Show whether this period's check-ins are done."));
    p.addOptions({ dbOption, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    if (!p.isSet(dbOption))
        return ctx.fail(QStringLiteral("--db is required."), Usage);
    auto journal = openJournal(p.value(dbOption), ctx.clock, false);
    if (!journal)
        return ctx.fail(journal.error());
    auto statuses = (*journal)->checkins().due();
    if (!statuses)
        return ctx.fail(statuses.error());
    QJsonArray array;
    for (const PeriodStatus& s : *statuses) {
        array.append(QJsonObject { { QStringLiteral("instrument"), s.instrumentId },
            { QStringLiteral("periodStart"), s.period.start.toString(Qt::ISODate) },
            { QStringLiteral("periodEnd"), s.period.end.toString(Qt::ISODate) },
            { QStringLiteral("answered"), s.answered } });
        if (!p.isSet(jsonOption))
            ctx.out << s.instrumentId << "  " << s.period.start.toString(Qt::ISODate) << " to "
                    << s.period.end.toString(Qt::ISODate) << "  "
                    << (s.answered ? "answered" : "due") << '\n';
    }
    if (p.isSet(jsonOption))
        printJson(ctx, QJsonDocument(array));
    ctx.out.flush();
    return Ok;
}

int instruments(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "List the school's check-in instruments (the demo school's without --db)."));
    p.addOptions({ dbOption, jsonOption });
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    auto installed = p.isSet(dbOption) ? profileAt(p.value(dbOption), ctx.clock)
                                       : Result<SchoolProfile>(demoProfile());
    if (!installed)
        return ctx.fail(installed.error());
    const SchoolProfile& profile = *installed;
    if (p.isSet(jsonOption)) {
        QJsonArray array;
        for (const Instrument& in : profile.instruments)
            array.append(toJson(in, profile.choiceLists));
        printJson(ctx, QJsonDocument(array));
        return Ok;
    }
    for (const Instrument& in : profile.instruments) {
        ctx.out << in.id << "  " << in.name.text() << " (version " << in.version << "), "
                << in.items.size() << " items from " << in.scale.min << " to " << in.scale.max
                << ", every " << periodKindId(in.period) << ", score " << number(in.minScore())
                << "-" << number(in.maxScore()) << '\n';
        for (const QString& id : in.choiceListIds)
            ctx.out << "    " << id << ": "
                    << findChoiceList(profile.choiceLists, id)->question.text() << '\n';
    }
    ctx.out.flush();
    return Ok;
}

} // namespace

int runCheckin(const Context& ctx)
{
    const QString sub = ctx.args.value(1);
    const QString need = QStringLiteral("checkin needs add, list, due or instruments.");
    if (sub.isEmpty())
        return ctx.fail(need, Usage);
    Context inner { ctx.args.mid(1), ctx.out, ctx.err, ctx.clock };
    inner.args[0] = ctx.args[0] + QLatin1Char(' ') + sub;
    if (sub == QStringLiteral("add"))
        return add(inner);
    if (sub == QStringLiteral("list"))
        return list(inner);
    if (sub == QStringLiteral("due"))
        return due(inner);
    if (sub == QStringLiteral("instruments"))
        return instruments(inner);
    return ctx.fail(need, Usage);
}

} // namespace kw::cli
