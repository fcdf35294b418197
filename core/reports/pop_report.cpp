#include "reports/pop_report.h"

#include "pop/school_year.h"

#include <QCoreApplication>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::PopReport)
};

QString day(QDate date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy"))
                          : QStringLiteral("—");
}

/** A short date for table cells, so the text columns keep their width. */
QString shortDay(QDate date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMM yyyy"))
                          : QStringLiteral("—");
}

QString kernwaardeNames(const QStringList& ids, const SchoolProfile& profile)
{
    QStringList names;
    for (const QString& id : ids) {
        // A kernwaarde a newer profile dropped still shows, by its stored id.
        const Kernwaarde* value = profile.kernwaarde(id);
        names << (value ? value->name : id);
    }
    return names.join(QStringLiteral(", "));
}

QString themeName(const QString& id, const SchoolProfile& profile)
{
    const ProfileItem* theme = profile.theme(id);
    return theme ? theme->name : id;
}

/** The evidence as one paragraph: a line per reflection, never its outcome or energy. */
QString evidenceText(const PopGoalDetail& goal, const SchoolProfile& profile,
    const PopReportOptions& options, const QLocale& locale)
{
    if (goal.evidence.isEmpty())
        return Text::tr("Evidence: no reflections linked yet.");
    QStringList lines { Text::tr("Evidence:") };
    for (const Reflection& r : goal.evidence) {
        lines << QStringLiteral("• %1 · %2")
                     .arg(day(r.day, locale), kernwaardeNames(r.valueIds, profile));
        if (options.includeReflectionText)
            lines << QStringLiteral("“%1”").arg(r.text.trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

ReportSection goalSection(const PopGoalDetail& detail, const SchoolProfile& profile,
    const PopReportOptions& options, const QLocale& locale)
{
    const Goal& g = detail.goal;
    ReportSection s;
    s.heading = g.title;
    s.paragraphs << Text::tr("Status: %1").arg(goalStatusName(g.status));
    const QString values = kernwaardeNames(g.valueIds, profile);
    s.paragraphs << (g.themeId.isEmpty()
            ? Text::tr("Why: %1").arg(values)
            : Text::tr("Why: %1 · school theme %2").arg(values, themeName(g.themeId, profile)));
    if (!g.successCriteria.trimmed().isEmpty())
        s.paragraphs << Text::tr("Success criteria: %1").arg(g.successCriteria.trimmed());
    if (g.targetDate.isValid())
        s.paragraphs << Text::tr("Target date: %1").arg(day(g.targetDate, locale));
    s.paragraphs << evidenceText(detail, profile, options, locale);
    // The progress line leads into the actions table below it.
    const GoalProgress& p = detail.progress;
    s.paragraphs << Text::tr("Progress: %1 of %2 actions done · reflections as evidence: %3")
                        .arg(p.actionsDone)
                        .arg(p.actionsTotal)
                        .arg(p.evidenceCount);
    if (detail.actions.isEmpty()) {
        s.paragraphs << Text::tr("No actions yet.");
        return s;
    }
    s.table.header << Text::tr("Action") << Text::tr("Due") << Text::tr("Done");
    for (const GoalAction& a : detail.actions)
        s.table.rows << QStringList { a.title, shortDay(a.due, locale),
            a.done ? Text::tr("yes") : Text::tr("no") };
    return s;
}

QString budgetText(const PopYear& year, const SchoolProfile& profile, const QLocale& locale)
{
    const int permille = year.teacher.ftePermilleIn(year.schoolYear);
    const QString label = schoolYearLabel(year.schoolYear);
    if (permille == 0)
        return Text::tr("No FTE is set for %1, so this year brings no new hours.").arg(label);
    const QString fte = locale.toString(permille / 1000.0, 'g', QLocale::FloatingPointShortest);
    const QString hours = formatHours(year.hours.budget, locale);
    if (extraHoursApply(profile.hoursPolicy, year.teacher, year.schoolYear))
        return Text::tr("Budget %1: %2 hours at %3 FTE, including the extra hours from age %4.")
            .arg(label, hours, fte)
            .arg(profile.hoursPolicy.extraFromAge);
    return Text::tr("Budget %1: %2 hours at %3 FTE.").arg(label, hours, fte);
}

ReportSection hoursSection(const PopYear& year, const SchoolProfile& profile, const QLocale& locale)
{
    const HoursYearSummary& h = year.hours;
    const auto hours = [&locale](Minutes m) { return formatHours(m, locale); };
    ReportSection s;
    s.heading = Text::tr("Professional development hours");
    s.paragraphs << budgetText(year, profile, locale);
    s.paragraphs << Text::tr("Saved from earlier years: %1 hours · available: %2 hours")
                        .arg(hours(h.carriedIn), hours(h.available));
    s.paragraphs << Text::tr("Planned: %1 hours · spent: %2 hours · balance: %3 hours")
                        .arg(hours(h.planned), hours(h.spent), hours(h.balance));
    if (h.overspent > 0)
        s.paragraphs
            << Text::tr("Overspent: %1 hours more than were available.").arg(hours(h.overspent));
    for (const HoursTranche& t : h.left)
        s.paragraphs << Text::tr("%1 hours from %2 can be used until %3.")
                            .arg(hours(t.minutes), schoolYearLabel(t.grantedIn),
                                day(t.expires(), locale));
    if (year.hoursEntries.isEmpty()) {
        s.paragraphs << Text::tr("No hours entries in this school year yet.");
        return s;
    }
    s.table.header << Text::tr("Date") << Text::tr("Kind") << Text::tr("Description")
                   << Text::tr("Planned (h)") << Text::tr("Spent (h)");
    for (const HoursEntry& e : year.hoursEntries) {
        const auto kind = hoursKind(e.kindId);
        s.table.rows << QStringList { shortDay(e.date, locale), kind ? kind->name : e.kindId,
            e.description, hours(e.planned), hours(e.spent) };
    }
    s.table.rows << QStringList { Text::tr("Total"), QString(), QString(), hours(h.planned),
        hours(h.spent) };
    return s;
}

} // namespace

ReportDocument popReport(const PopYear& year, const SchoolProfile& profile,
    const PopReportOptions& options, QDate today, const QLocale& locale)
{
    ReportDocument d;
    d.title = Text::tr("Personal development plan %1").arg(schoolYearLabel(year.schoolYear));
    d.subtitle = profile.schoolName;
    for (const PopGoalDetail& goal : year.goals)
        d.sections << goalSection(goal, profile, options, locale);
    if (year.goals.isEmpty()) {
        ReportSection none;
        none.heading = Text::tr("Goals");
        none.paragraphs << Text::tr("No goals in this school year yet.");
        d.sections << none;
    }
    d.sections << hoursSection(year, profile, locale);
    d.footer = Text::tr("Made with Kernwijzer on %1").arg(day(today, locale));
    return d;
}

} // namespace kw
