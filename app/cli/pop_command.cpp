#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/pop_json.h"
#include "cli/subcommands.h"
#include "pop/school_year.h"

#include <QJsonArray>

namespace kw::cli {

namespace {

QCommandLineOption option(const char* name, const char* description, const char* valueName = "")
{
    return QCommandLineOption({ QString::fromLatin1(name) }, QString::fromUtf8(description),
        QString::fromLatin1(valueName));
}

const QCommandLineOption idOption = option("id", "The goal's number.", "N");
const QCommandLineOption goalOption = option("goal", "The goal's number.", "N");
const QCommandLineOption titleOption = option("title", "What you want to achieve.", "TEXT");
const QCommandLineOption& yearOption = schoolYearOption();
const QCommandLineOption statusOption
    = option("status", "idee, actief, afgerond or losgelaten (comma-separated to list).", "STATUS");
const QCommandLineOption reflectionOption = option("reflection", "A reflection's number.", "N");

/** Looks up a status id; prints a usage error when unknown. */
std::optional<GoalStatus> statusFrom(const CommandArgs& a, const QString& raw, int& code)
{
    if (auto status = goalStatusFromId(raw.trimmed().toLower()))
        return status;
    code = a.usage(QStringLiteral("--status takes idee, actief, afgerond or losgelaten."));
    return std::nullopt;
}

/** A goal's line(s) for the terminal. */
QString goalText(const SchoolProfile& profile, const Goal& g, const GoalProgress& p)
{
    QStringList why;
    for (const QString& id : g.valueIds) {
        const Kernwaarde* value = profile.kernwaarde(id); // a newer profile may have dropped it
        why << (value ? value->name : id);
    }
    if (const ProfileItem* theme = profile.theme(g.themeId))
        why << theme->name;
    return QStringLiteral("#%1  [%2]  %3  %4\n    %5 · actions %6/%7 · evidence %8")
        .arg(g.id)
        .arg(goalStatusId(g.status), schoolYearLabel(g.schoolYear), g.title,
            why.join(QStringLiteral(", ")))
        .arg(p.actionsDone)
        .arg(p.actionsTotal)
        .arg(p.evidenceCount);
}

/** A goal with its progress and evidence ids as JSON, read from @p pop. */
Result<QJsonObject> goalJson(PopStore& pop, const Goal& g, GoalProgress* progress = nullptr)
{
    auto p = pop.progress(g.id);
    if (!p)
        return p.error();
    auto evidence = pop.evidence(g.id);
    if (!evidence)
        return evidence.error();
    QList<qint64> ids;
    for (const Reflection& r : *evidence)
        ids << r.id;
    if (progress)
        *progress = *p;
    return toJson(g, *p, ids);
}

int goalAdd(const Context& ctx)
{
    const QCommandLineOption values
        = option("values", "Kernwaarden it serves, comma-separated.", "LIST");
    const QCommandLineOption theme
        = option("theme", "A school theme it serves (optional).", "THEME");
    const QCommandLineOption criteria
        = option("criteria", "How you will know you got there (optional).", "TEXT");
    const QCommandLineOption target = option("target", "Target date (optional).", "YYYY-MM-DD");
    const CommandArgs a(ctx,
        { QStringLiteral("Add a goal to your POP."),
            { titleOption, values, theme, criteria, target, statusOption, yearOption },
            { &titleOption, &values } });
    if (a.finished)
        return *a.finished;

    // Every argument is checked before the journal is opened to write (and possibly created):
    // the usage mistakes first, then the kernwaarden and theme against the school's profile.
    int code = Ok;
    Goal g;
    g.title = a.value(titleOption);
    g.successCriteria = a.value(criteria);
    const auto targetDay = a.day(target, code);
    const auto year = a.schoolYear(yearOption, schoolYearOf(ctx.clock.today()), code);
    if (!targetDay || !year)
        return code;
    g.targetDate = *targetDay;
    g.schoolYear = *year;
    if (a.isSet(statusOption)) {
        const auto status = statusFrom(a, a.value(statusOption), code);
        if (!status)
            return code;
        g.status = *status;
    }
    auto atDb = a.journalAtDb(code);
    if (!atDb)
        return code;
    const SchoolProfile& profile = atDb->profile();
    for (const QString& part :
        a.values(values).join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Kernwaarde* value = profile.findKernwaarde(part);
        if (!value)
            return a.failed(
                QStringLiteral("\"%1\" is not a kernwaarde of your school.").arg(part.trimmed()));
        g.valueIds << value->id;
    }
    if (a.isSet(theme)) {
        for (const ProfileItem& item : profile.themes) {
            if (item.id == a.value(theme).trimmed()
                || item.name.compare(a.value(theme).trimmed(), Qt::CaseInsensitive) == 0)
                g.themeId = item.id;
        }
        if (g.themeId.isEmpty())
            return a.failed(
                QStringLiteral("\"%1\" is not a theme of your school.").arg(a.value(theme)));
    }
    if (Status s = pop_rules::validate(g, profile); !s)
        return a.failed(s.error());

    TeacherSession* open = a.open(*atDb, true, code);
    if (!open)
        return code;
    auto id = open->pop().addGoal(g);
    if (!id)
        return a.failed(id.error());
    auto saved = open->pop().goal(*id);
    if (!saved)
        return a.failed(saved.error());
    auto json = goalJson(open->pop(), *saved);
    if (!json)
        return a.failed(json.error());
    return a.print(*json,
        QStringLiteral("Saved goal %1 (%2).").arg(*id).arg(schoolYearLabel(saved->schoolYear)));
}

int goalList(const Context& ctx)
{
    const CommandArgs a(ctx,
        { QStringLiteral("List your POP goals."), { yearOption, statusOption, reflectionOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    GoalQuery q;
    if (a.isSet(yearOption)) {
        const auto year = a.schoolYear(yearOption, 0, code);
        if (!year)
            return code;
        q.schoolYear = *year;
    }
    for (const QString& raw : a.value(statusOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = statusFrom(a, raw, code);
        if (!status)
            return code;
        q.statuses << *status;
    }
    std::optional<qint64> reflection;
    if (a.isSet(reflectionOption) && !(reflection = a.id(reflectionOption, code)))
        return code;

    auto open = a.open(false, code);
    if (!open)
        return code;
    auto goals = reflection ? open->pop().goalsForReflection(*reflection) : open->pop().goals(q);
    if (!goals)
        return a.failed(goals.error());
    QJsonArray array;
    QStringList lines;
    for (const Goal& g : *goals) {
        if (reflection
            && ((q.schoolYear && g.schoolYear != *q.schoolYear)
                || (!q.statuses.isEmpty() && !q.statuses.contains(g.status))))
            continue;
        GoalProgress progress;
        auto json = goalJson(open->pop(), g, &progress);
        if (!json)
            return a.failed(json.error());
        array.append(*json);
        lines << goalText(open->profile(), g, progress);
    }
    lines << QStringLiteral("%1 %2")
                 .arg(array.size())
                 .arg(array.size() == 1 ? QStringLiteral("goal") : QStringLiteral("goals"));
    return a.print(array, lines.join(QLatin1Char('\n')));
}

int goalStatus(const Context& ctx)
{
    const CommandArgs a(ctx,
        { QStringLiteral("Change a goal's status."), { idOption, statusOption },
            { &idOption, &statusOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto id = a.id(idOption, code);
    if (!id)
        return code;
    const auto status = statusFrom(a, a.value(statusOption), code);
    if (!status)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    if (Status s = open->pop().setStatus(*id, *status); !s)
        return a.failed(s.error());
    auto saved = open->pop().goal(*id);
    if (!saved)
        return a.failed(saved.error());
    auto json = goalJson(open->pop(), *saved);
    if (!json)
        return a.failed(json.error());
    return a.print(*json, QStringLiteral("Goal %1 is now %2.").arg(*id).arg(goalStatusId(*status)));
}

int goalRemove(const Context& ctx)
{
    const QCommandLineOption confirm = option("confirm",
        "Remove the goal even when reflections are linked to it (they stay in the journal).");
    const CommandArgs a(ctx,
        { QStringLiteral("Remove a goal with its actions; reflections stay."),
            { idOption, confirm }, { &idOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto id = a.id(idOption, code);
    if (!id)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    const RemoveMode mode
        = a.isSet(confirm) ? RemoveMode::EvenWithEvidence : RemoveMode::RefuseWithEvidence;
    if (Status s = open->pop().removeGoal(*id, mode); !s) {
        QString reason = s.error().message;
        if (mode == RemoveMode::RefuseWithEvidence && s.error().code == Error::Code::InvalidInput)
            reason += QStringLiteral(" (add --confirm)");
        return a.failed(reason);
    }
    return a.print(QJsonObject { { QStringLiteral("removed"), *id } },
        QStringLiteral("Removed goal %1.").arg(*id));
}

int actionAdd(const Context& ctx)
{
    const QCommandLineOption due = option("due", "Due date (optional).", "YYYY-MM-DD");
    const CommandArgs a(ctx,
        { QStringLiteral("Add an action to a goal."), { goalOption, titleOption, due },
            { &goalOption, &titleOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto goal = a.id(goalOption, code);
    const auto dueDay = goal ? a.day(due, code) : std::nullopt;
    if (!goal || !dueDay)
        return code;
    const GoalAction action { 0, *goal, a.value(titleOption), *dueDay, false };
    if (Status s = pop_rules::validate(action); !s)
        return a.failed(s.error());
    auto open = a.open(false, code);
    if (!open)
        return code;
    auto id = open->pop().addAction(action);
    if (!id)
        return a.failed(id.error());
    GoalAction saved = action;
    saved.id = *id;
    saved.title = action.title.trimmed();
    return a.print(
        toJson(saved), QStringLiteral("Saved action %1 for goal %2.").arg(*id).arg(*goal));
}

int actionDone(const Context& ctx)
{
    const QCommandLineOption undo = option("undo", "Mark the action as not done.");
    const QCommandLineOption action = option("id", "The action's number.", "N");
    const CommandArgs a(
        ctx, { QStringLiteral("Mark an action as done."), { action, undo }, { &action } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto id = a.id(action, code);
    if (!id)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    const bool done = !a.isSet(undo);
    if (Status s = open->pop().setActionDone(*id, done); !s)
        return a.failed(s.error());
    return a.print(QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("done"), done } },
        QStringLiteral("Action %1 is %2.")
            .arg(*id)
            .arg(done ? QStringLiteral("done") : QStringLiteral("open again")));
}

int actionList(const Context& ctx)
{
    const CommandArgs a(
        ctx, { QStringLiteral("List a goal's actions."), { goalOption }, { &goalOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto goal = a.id(goalOption, code);
    if (!goal)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    auto actions = open->pop().actions(*goal);
    if (!actions)
        return a.failed(actions.error());
    QJsonArray array;
    QStringList lines;
    for (const GoalAction& action : *actions) {
        array.append(toJson(action));
        lines << QStringLiteral("#%1  [%2]  %3  %4")
                     .arg(action.id)
                     .arg(action.done ? QLatin1Char('x') : QLatin1Char(' '))
                     .arg(action.due.isValid() ? action.due.toString(Qt::ISODate)
                                               : QStringLiteral("----------"),
                         action.title);
    }
    lines << QStringLiteral("%1 %2")
                 .arg(array.size())
                 .arg(array.size() == 1 ? QStringLiteral("action") : QStringLiteral("actions"));
    return a.print(array, lines.join(QLatin1Char('\n')));
}

/** link and unlink take the same arguments. */
int evidence(const Context& ctx, bool link)
{
    const CommandArgs a(ctx,
        { link ? QStringLiteral("Link a reflection to a goal as evidence.")
               : QStringLiteral("Unlink a reflection from a goal; the reflection stays."),
            { goalOption, reflectionOption }, { &goalOption, &reflectionOption } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto goal = a.id(goalOption, code);
    const auto reflection = goal ? a.id(reflectionOption, code) : std::nullopt;
    if (!goal || !reflection)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    Status s = link ? open->pop().linkEvidence(*goal, *reflection)
                    : open->pop().unlinkEvidence(*goal, *reflection);
    if (!s)
        return a.failed(s.error());
    auto progress = open->pop().progress(*goal);
    if (!progress)
        return a.failed(progress.error());
    return a.print(
        QJsonObject { { QStringLiteral("goal"), *goal },
            { QStringLiteral("reflection"), *reflection }, { QStringLiteral("linked"), link },
            { QStringLiteral("evidenceCount"), progress->evidenceCount } },
        QStringLiteral("Reflection %1 %2 goal %3 (%4 linked).")
            .arg(*reflection)
            .arg(link ? QStringLiteral("now evidences") : QStringLiteral("no longer evidences"))
            .arg(*goal)
            .arg(progress->evidenceCount));
}

} // namespace

int runPop(const Context& ctx)
{
    const auto words = [](const char* group, const char* verb = nullptr) {
        QStringList words { QString::fromLatin1(group) };
        if (verb)
            words << QString::fromLatin1(verb);
        return words;
    };
    return runSubcommand(ctx,
        {
            { words("goal", "add"), goalAdd },
            { words("goal", "list"), goalList },
            { words("goal", "status"), goalStatus },
            { words("goal", "remove"), goalRemove },
            { words("action", "add"), actionAdd },
            { words("action", "done"), actionDone },
            { words("action", "list"), actionList },
            { words("evidence", "link"), [](const Context& c) { return evidence(c, true); } },
            { words("evidence", "unlink"), [](const Context& c) { return evidence(c, false); } },
            { words("hours", "add"), runPopHoursAdd },
            { words("hours", "list"), runPopHoursList },
            { words("hours", "balance"), runPopHoursBalance },
            { words("settings"), runPopSettings },
            { words("export"), runPopExport },
        },
        QStringLiteral("pop needs goal add|list|status|remove, action add|done|list, evidence "
                       "link|unlink, hours add|list|balance, settings or export."));
}

} // namespace kw::cli
