// kernwijzer-cli checkin add|list|due|instruments: wellbeing check-ins for scripts and tests.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/subcommands.h"
#include "wellbeing/checkin_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::cli {

namespace {

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

/** Where to turn for a low score; nothing for a good one. */
QStringList advice(const Checkin& c, const SchoolProfile& profile)
{
    if (c.band == Band::Ok)
        return {};
    QStringList lines { c.band == Band::Advise
            ? QStringLiteral("Your score is very low. Please talk to your huisarts or "
                             "bedrijfsarts, or to someone you trust:")
            : QStringLiteral("Your score is low. If you want to talk to someone:") };
    for (const SupportContact& s : profile.supportContacts)
        lines << QStringLiteral("  ") + s.role + QStringLiteral(": ") + s.name
                + QStringLiteral(" (") + s.reach + QLatin1Char(')');
    return lines;
}

int add(const Context& ctx)
{
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
    const CommandArgs a(ctx,
        { .description = QStringLiteral("Save a check-in. A second check-in for the same "
                                        "instrument and period replaces the first: the latest "
                                        "answer counts."),
            .options = { instrumentOption, answers, choices, date },
            .required = { &instrumentOption, &answers } });
    if (a.finished)
        return *a.finished;

    // Check every argument before the journal is opened to write (and possibly created): the
    // usage mistakes first, then the instrument and options against the school's profile.
    int code = Ok;
    CheckinInput input;
    input.instrumentId = a.value(instrumentOption).trimmed();
    if (!parseAnswers(a.value(answers), input.answers))
        return a.usage(QStringLiteral("--answers takes whole numbers separated by commas."));
    const auto day = a.day(date, code);
    if (!day)
        return code;
    input.day = day->isValid() ? *day : ctx.clock.today();
    auto atDb = a.journalAtDb(code);
    if (!atDb)
        return code;
    const SchoolProfile& profile = atDb->profile();
    if (!parseChoices(a.values(choices), profile, input.choices))
        return a.usage(QStringLiteral("--choices takes LIST=OPTION,OPTION (e.g. blij=collegas)."));
    if (auto valid = validateCheckin(input, profile, ctx.clock.today()); !valid)
        return a.failed(valid.error());

    TeacherSession* journal = a.open(*atDb, true, code);
    if (!journal)
        return code;
    auto saved = journal->checkins().add(input);
    if (!saved)
        return a.failed(saved.error());
    const Checkin& c = saved->checkin;
    QJsonObject json = toJson(c);
    json.insert(QStringLiteral("replaced"), saved->replaced);
    QStringList lines { QStringLiteral("Saved ")
        + describe(c, findInstrument(profile.instruments, c.instrumentId)) + QLatin1Char('.') };
    if (saved->replaced)
        lines << QStringLiteral("This replaces your earlier check-in for this period: the latest "
                                "answer counts.");
    return a.print(json, lines + advice(c, profile));
}

int list(const Context& ctx)
{
    const QCommandLineOption from({ QStringLiteral("from") },
        QStringLiteral("Only periods that end on or after this day."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to({ QStringLiteral("to") },
        QStringLiteral("Only periods that start on or before this day."),
        QStringLiteral("YYYY-MM-DD"));
    const CommandArgs a(ctx,
        { .description = QStringLiteral("List check-ins, newest period first."),
            .options = { instrumentOption, from, to } });
    if (a.finished)
        return *a.finished;
    CheckinQuery q;
    int code = Ok;
    const auto fromDay = a.day(from, code);
    const auto toDay = fromDay ? a.day(to, code) : std::nullopt;
    if (!toDay)
        return code;
    q.from = *fromDay;
    q.to = *toDay;
    auto atDb = a.journalAtDb(code);
    if (!atDb)
        return code;
    const SchoolProfile& profile = atDb->profile();
    q.instrumentId = a.value(instrumentOption).trimmed();
    if (!q.instrumentId.isEmpty() && !findInstrument(profile.instruments, q.instrumentId))
        return a.failed(
            QStringLiteral("\"%1\" is not an instrument of your school.").arg(q.instrumentId));

    TeacherSession* journal = a.open(*atDb, false, code);
    if (!journal)
        return code;
    auto found = journal->checkins().list(q);
    if (!found)
        return a.failed(found.error());
    QJsonArray array;
    QStringList lines;
    for (const Checkin& c : *found) {
        array.append(toJson(c));
        lines << QStringLiteral("#%1  ").arg(c.id)
                + describe(c, findInstrument(profile.instruments, c.instrumentId));
    }
    lines << QStringLiteral("%1 %2")
                 .arg(found->size())
                 .arg(
                     found->size() == 1 ? QStringLiteral("check-in") : QStringLiteral("check-ins"));
    return a.print(array, lines);
}

int due(const Context& ctx)
{
    const CommandArgs a(
        ctx, { .description = QStringLiteral("Show whether this period's check-ins are done.") });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    auto journal = a.open(false, code);
    if (!journal)
        return code;
    auto statuses = journal->checkins().due();
    if (!statuses)
        return a.failed(statuses.error());
    QJsonArray array;
    QStringList lines;
    for (const PeriodStatus& s : *statuses) {
        array.append(QJsonObject { { QStringLiteral("instrument"), s.instrumentId },
            { QStringLiteral("periodStart"), s.period.start.toString(Qt::ISODate) },
            { QStringLiteral("periodEnd"), s.period.end.toString(Qt::ISODate) },
            { QStringLiteral("answered"), s.answered } });
        lines << s.instrumentId + QStringLiteral("  ") + s.period.start.toString(Qt::ISODate)
                + QStringLiteral(" to ") + s.period.end.toString(Qt::ISODate) + QStringLiteral("  ")
                + (s.answered ? QStringLiteral("answered") : QStringLiteral("due"));
    }
    return a.print(array, lines);
}

int instruments(const Context& ctx)
{
    const CommandArgs a(ctx,
        { .description = QStringLiteral(
              "List the school's check-in instruments (the demo school's without --db)."),
            .db = DbOption::Optional });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    std::optional<JournalAtDb> atDb;
    if (a.isSet(dbOption())) {
        atDb = a.journalAtDb(code);
        if (!atDb)
            return code;
    }
    const SchoolProfile profile = atDb ? atDb->profile() : demoProfile();
    QJsonArray array;
    QStringList lines;
    for (const Instrument& in : profile.instruments) {
        array.append(toJson(in, profile.choiceLists));
        lines << in.id + QStringLiteral("  ") + in.name.text() + QStringLiteral(" (version ")
                + QString::number(in.version) + QStringLiteral("), ")
                + QString::number(in.items.size()) + QStringLiteral(" items from ")
                + QString::number(in.scale.min) + QStringLiteral(" to ")
                + QString::number(in.scale.max) + QStringLiteral(", every ")
                + periodKindId(in.period) + QStringLiteral(", score ") + number(in.minScore())
                + QLatin1Char('-') + number(in.maxScore());
        for (const QString& id : in.choiceListIds)
            lines << QStringLiteral("    ") + id + QStringLiteral(": ")
                    + findChoiceList(profile.choiceLists, id)->question.text();
    }
    return a.print(array, lines);
}

} // namespace

int runCheckin(const Context& ctx)
{
    return runSubcommand(ctx,
        { { { QStringLiteral("add") }, add }, { { QStringLiteral("list") }, list },
            { { QStringLiteral("due") }, due },
            { { QStringLiteral("instruments") }, instruments } },
        QStringLiteral("checkin needs add, list, due or instruments."));
}

} // namespace kw::cli
