#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/pop_json.h"
#include "pop/school_year.h"

#include <QJsonArray>
#include <cmath>

namespace kw::cli {

namespace {

QString kindIds()
{
    QStringList ids;
    for (const HoursKind& kind : hoursKinds())
        ids << kind.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace

int runPopHoursAdd(const Context& ctx)
{
    const QCommandLineOption date({ QStringLiteral("date") },
        QStringLiteral("When it takes or took place (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption kind({ QStringLiteral("kind") },
        QStringLiteral("One of: ") + kindIds() + QLatin1Char('.'), QStringLiteral("KIND"));
    const QCommandLineOption description(
        { QStringLiteral("description") }, QStringLiteral("What it is."), QStringLiteral("TEXT"));
    const QCommandLineOption planned(
        { QStringLiteral("planned") }, QStringLiteral("Planned hours."), QStringLiteral("H"));
    const QCommandLineOption spent(
        { QStringLiteral("spent") }, QStringLiteral("Spent hours."), QStringLiteral("H"));
    const CommandArgs a(ctx,
        { QStringLiteral("Add a line to your professionaliseringsuren."),
            { date, kind, description, planned, spent }, { &kind, &description } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto day = a.day(date, code);
    const auto plannedMinutes = day ? a.hours(planned, code) : std::nullopt;
    const auto spentMinutes = plannedMinutes ? a.hours(spent, code) : std::nullopt;
    if (!spentMinutes)
        return code;
    HoursEntry e;
    e.date = day->isValid() ? *day : ctx.clock.today();
    e.kindId = a.value(kind).trimmed().toLower();
    e.description = a.value(description);
    e.planned = *plannedMinutes;
    e.spent = *spentMinutes;
    if (Status s = hours_rules::validate(e); !s)
        return a.failed(s.error());

    auto open = a.open(true, code);
    if (!open)
        return code;
    auto id = open->hours().add(e);
    if (!id)
        return a.failed(id.error());
    e.id = *id;
    e.description = e.description.trimmed();
    return a.print(toJson(e),
        QStringLiteral("Saved hours entry %1 (%2).").arg(*id).arg(schoolYearLabel(e.schoolYear())));
}

int runPopHoursList(const Context& ctx)
{
    const CommandArgs a(
        ctx, { QStringLiteral("List the hours of a school year."), { schoolYearOption() } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto year = a.schoolYear(schoolYearOption(), schoolYearOf(ctx.clock.today()), code);
    if (!year)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    auto entries = open->hours().entries(*year);
    if (!entries)
        return a.failed(entries.error());
    QJsonArray array;
    QStringList lines;
    for (const HoursEntry& e : *entries) {
        array.append(toJson(e));
        lines << QStringLiteral("#%1  %2  %3  planned %4 h, spent %5 h  %6")
                     .arg(e.id)
                     .arg(e.date.toString(Qt::ISODate), e.kindId, formatHours(e.planned),
                         formatHours(e.spent), e.description);
    }
    lines << QStringLiteral("%1 %2 in %3")
                 .arg(array.size())
                 .arg(array.size() == 1 ? QStringLiteral("entry") : QStringLiteral("entries"),
                     schoolYearLabel(*year));
    return a.print(array, lines.join(QLatin1Char('\n')));
}

int runPopHoursBalance(const Context& ctx)
{
    const CommandArgs a(ctx,
        { QStringLiteral("Budget, spent, balance and what expires when."),
            { schoolYearOption() } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    const auto year = a.schoolYear(schoolYearOption(), schoolYearOf(ctx.clock.today()), code);
    if (!year)
        return code;
    auto open = a.open(false, code);
    if (!open)
        return code;
    auto y = open->hours().summary(*year);
    if (!y)
        return a.failed(y.error());
    QStringList lines {
        QStringLiteral(
            "%1: budget %2 h + saved %3 h = %4 h; planned %5 h, spent %6 h; balance %7 h")
            .arg(schoolYearLabel(y->schoolYear), formatHours(y->budget), formatHours(y->carriedIn),
                formatHours(y->available), formatHours(y->planned), formatHours(y->spent),
                formatHours(y->balance)),
    };
    if (y->overspent > 0)
        lines << QStringLiteral("overspent %1 h").arg(formatHours(y->overspent));
    for (const HoursTranche& t : y->left) {
        lines << QStringLiteral("%1 h from %2 expire after %3")
                     .arg(formatHours(t.minutes), schoolYearLabel(t.grantedIn),
                         t.expires().toString(Qt::ISODate));
    }
    return a.print(toJson(*y), lines.join(QLatin1Char('\n')));
}

int runPopSettings(const Context& ctx)
{
    const QCommandLineOption fte(
        { QStringLiteral("fte") }, QStringLiteral("Your FTE, such as 0.8."), QStringLiteral("FTE"));
    const QCommandLineOption from({ QStringLiteral("from-year") },
        QStringLiteral("The school year the FTE applies from (default: the current one)."),
        QStringLiteral("YEAR"));
    const QCommandLineOption birthYear({ QStringLiteral("birth-year") },
        QStringLiteral("Your birth year (for extra hours above an age)."), QStringLiteral("YYYY"));
    const CommandArgs a(ctx,
        { QStringLiteral("Show or set what your hours budget depends on."),
            { fte, from, birthYear } });
    if (a.finished)
        return *a.finished;
    int code = Ok;
    std::optional<int> permille;
    if (a.isSet(fte)) {
        bool ok = false;
        const double value
            = QString(a.value(fte)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || !std::isfinite(value) || std::abs(value) > 100)
            return a.usage(QStringLiteral("--fte takes a number such as 0.8."));
        permille = int(std::lround(value * 1000));
        if (Status s = hours_rules::validateFte(*permille); !s)
            return a.failed(s.error());
    }
    const auto fromYear = a.schoolYear(from, schoolYearOf(ctx.clock.today()), code);
    if (!fromYear)
        return code;
    std::optional<int> birth;
    if (a.isSet(birthYear)) {
        bool ok = false;
        birth = a.value(birthYear).toInt(&ok);
        if (!ok)
            return a.usage(QStringLiteral("--birth-year takes a year such as 1968."));
        if (Status s = hours_rules::validateBirthYear(*birth, ctx.clock.today()); !s)
            return a.failed(s.error());
    }

    auto open = a.open(permille || birth, code);
    if (!open)
        return code;
    if (permille) {
        if (Status s = open->hours().setFte(*fromYear, *permille); !s)
            return a.failed(s.error());
    }
    if (birth) {
        if (Status s = open->hours().setBirthYear(*birth); !s)
            return a.failed(s.error());
    }
    auto settings = open->hours().settings();
    if (!settings)
        return a.failed(settings.error());
    QStringList lines;
    for (const FteChange& change : settings->fte)
        lines << QStringLiteral("FTE %1 from %2")
                     .arg(QString::number(change.permille / 1000.0),
                         schoolYearLabel(change.fromYear));
    lines << (settings->birthYear ? QStringLiteral("birth year %1").arg(*settings->birthYear)
                                  : QStringLiteral("birth year not set"));
    return a.print(toJson(*settings), lines.join(QLatin1Char('\n')));
}

} // namespace kw::cli
