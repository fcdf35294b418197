#include "demo/demo_pop.h"

#include "demo/demo_text.h"
#include "journal/journal_store.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "pop/school_year.h"
#include "profile/school_profile.h"

#include <QSet>
#include <algorithm>

namespace kw {

namespace {

using demo::Text;

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

Minutes h(double hours)
{
    return Minutes(hours * 60);
}

/** Days around today, kept inside the school years they belong to. */
struct Calendar
{
    QDate today;
    int year = schoolYearOf(today);

    /** @p month/@p day in school year @p schoolYear: August–December in its first calendar year.
     */
    QDate in(int schoolYear, int month, int day) const
    {
        return QDate(month >= 8 ? schoolYear : schoolYear + 1, month, day);
    }
    /** Where reflections that show a goal begin: after the summer holiday. */
    QDate afterSummer(int schoolYear) const { return in(schoolYear, 8, 20); }
    /** The working day @p days ago (a weekend moves to the Friday before). */
    QDate past(int days) const { return workday(today.addDays(-days), -1); }
    /** The working day @p days ahead (a weekend moves to the Monday after). */
    QDate future(int days) const { return workday(today.addDays(days), 1); }
    /** past(), but not before this school year began: hours already spent this year. */
    QDate ago(int days) const { return std::max(schoolYearStart(year), past(days)); }
    /** future(), but within this school year: hours planned for this year. */
    QDate ahead(int days) const { return std::min(schoolYearEnd(year), future(days)); }

    static QDate workday(QDate day, int step)
    {
        while (day.dayOfWeek() > 5)
            day = day.addDays(step);
        return day;
    }
};

struct DemoAction
{
    const char* title;
    QDate due;
    bool done;
};

struct DemoGoal
{
    Goal goal;
    QList<DemoAction> actions;
    QStringList evidenceTags; ///< reflections with these context tags make the best evidence
    int evidenceCount = 0;
    QDate evidenceFrom;
    QDate evidenceTo;
};

Goal goal(const char* title, const char* valueId, const char* themeId, const char* criteria,
    QDate target, GoalStatus status, int schoolYear)
{
    Goal g;
    g.title = u(title);
    g.valueIds = { u(valueId) };
    g.themeId = u(themeId);
    g.successCriteria = u(criteria);
    g.targetDate = target;
    g.status = status;
    g.schoolYear = schoolYear;
    return g;
}

QList<DemoGoal> demoGoals(const Calendar& c)
{
    const int y = c.year;
    QList<DemoGoal> goals;
    goals << DemoGoal {
        goal("Leerlingen meer eigenaarschap geven over hun leerdoelen", "eigenaarschap", "maatwerk",
            "In elk rekenblok kiest iedere leerling van groep 6 een eigen leerdoel en bespreekt "
            "dat met mij. Bij de kindgesprekken in maart kan minstens twee derde van de klas "
            "zelf vertellen waar hij of zij staat en wat de volgende stap is.",
            c.in(y, 4, 1), GoalStatus::Actief, y),
        {
            { "Leerdoelen per rekenblok zichtbaar maken op het bord", c.past(49), true },
            { "Kindgesprekken inplannen: vijf minuten per leerling, om de week", c.past(21), true },
            { "Exit tickets uitproberen in de rekenles", c.past(7), false },
            { "Lesbezoek bij de collega van groep 7: hoe werkt zij met eigen leerdoelen?",
                c.future(24), false },
        },
        { u("leerling"), u("les") }, 3, c.afterSummer(y), c.today
    };
    goals << DemoGoal {
        goal("Oudergesprekken voeren vanuit vertrouwen, ook als het schuurt", "vertrouwen",
            "samenwerking",
            "Ik bereid elk lastig gesprek voor met de drie vragen van de schoolcoach, laat ouders "
            "eerst hun verhaal doen en spreek altijd een vervolg af. Na de rapportgesprekken in "
            "februari ga ik met meer rust een moeilijk gesprek in dan nu.",
            c.in(y, 3, 15), GoalStatus::Actief, y),
        {
            { "Coachgesprek met de schoolcoach over lastige oudergesprekken", c.past(35), true },
            { "Luisteren, samenvatten, doorvragen oefenen in de intervisiegroep", c.future(14),
                false },
            { "Rapportgesprekken voorbereiden met het gespreksformulier", c.in(y, 2, 1), false },
        },
        { u("ouders") }, 3, c.afterSummer(y), c.today
    };
    goals << DemoGoal { goal("Programmeren een vaste plek geven in groep 6", "toekomstgericht",
                            "lerende-organisatie", "", QDate(), GoalStatus::Idee, y),
        {
            { "Uitzoeken welke lessen er bij de Bee-Bots horen", QDate(), false },
            { "Bij de ict-coördinator navragen of er een tweede set kan komen", QDate(), false },
        },
        { u("les") }, 2, c.afterSummer(y), c.today };
    goals << DemoGoal {
        goal("De Gouden Weken benutten voor een goede groepsvorming", "verbinding", "samenwerking",
            "Voor de herfstvakantie hebben we samen klassenafspraken gemaakt en heb ik met alle "
            "ouders een kennismakingsgesprek gehad.",
            c.in(y, 10, 15), GoalStatus::Afgerond, y),
        {
            { "Klassenafspraken samen met de kinderen op een poster zetten", c.in(y, 9, 5), true },
            { "Elke maandag een kringgesprek", c.in(y, 9, 30), true },
            { "Kennismakingsgesprekken met alle ouders", c.in(y, 10, 10), true },
        },
        { u("les"), u("ouders") }, 2, c.afterSummer(y), std::min(c.today, c.in(y, 10, 31))
    };
    goals << DemoGoal {
        goal("Begrijpend lezen: meer kinderen actief aan het denken", "talentontwikkeling",
            "maatwerk",
            "Twee nieuwe werkvormen horen vast bij mijn leeslessen en de kinderen die vastliepen "
            "doen mee in de verlengde instructie.",
            c.in(y - 1, 6, 1), GoalStatus::Afgerond, y - 1),
        {
            { "Collegiale consultatie met Fatima over begrijpend lezen", c.in(y - 1, 11, 20),
                true },
            { "Wederkerig lezen en hardop denken uitproberen", c.in(y - 1, 2, 15), true },
            { "Evalueren met de intern begeleider", c.in(y - 1, 5, 20), true },
        },
        { u("professionalisering"), u("les") }, 3, c.afterSummer(y - 1), c.in(y - 1, 7, 15)
    };
    return goals;
}

/**
 * The ledger of a teacher who works 1.0 FTE, goes to 0.8 last year and saves hours for a course:
 * over four years she spends less than one year's budget, so a few hours of the oldest year
 * expire at the end of this one unless she spends them first.
 */
QList<HoursEntry> demoHours(const Calendar& c)
{
    const int y = c.year;
    const auto entry
        = [](QDate date, const char* kind, const char* description, double planned, double spent) {
              return HoursEntry { 0, date, u(kind), u(description), h(planned), h(spent) };
          };
    return {
        entry(c.in(y - 3, 8, 28), "studiedag", "Teamstudiedag: start met de Kanjertraining", 6, 6),
        entry(c.in(y - 3, 2, 12), "intervisie", "Intervisie voor startende collega's", 4.5, 4.5),
        entry(c.in(y - 2, 10, 3), "training", "Cursus rekenen: Met Sprongen Vooruit", 8, 6),
        entry(c.in(y - 2, 3, 19), "studiedag", "Studiedag van het bestuur over hoogbegaafdheid", 3,
            3),
        entry(c.in(y - 1, 9, 24), "studiedag", "Studiedag formatief handelen", 6, 6),
        entry(c.in(y - 1, 11, 20), "collegiale-consultatie",
            "Collegiale consultatie begrijpend lezen met Fatima", 3, 3),
        entry(c.in(y - 1, 4, 8), "coaching", "Coaching door de schoolcoach: oudergesprekken", 4, 2),
        entry(c.ago(90), "studiedag", "Studiedag eigenaarschap bij leerlingen", 5, 5),
        entry(c.ago(17), "intervisie", "Intervisie bovenbouw (vier bijeenkomsten)", 6, 1.5),
        entry(c.ahead(24), "collegiale-consultatie", "Lesbezoek bij de collega van groep 7", 2, 0),
        entry(c.ahead(60), "training", "Opleiding rekencoördinator, eerste module", 40, 0),
    };
}

/**
 * A few reflections that show the goal in practice, each a different moment: from the goal's
 * window and about this kernwaarde alone, those with a fitting context tag first, newest first
 * among equals. Only when that gives fewer than two do others with the kernwaarde fill up.
 */
QList<qint64> evidenceFor(const DemoGoal& d, const QList<Reflection>& newestFirst)
{
    const QString valueId = d.goal.valueIds.first();
    struct Candidate
    {
        int rank;
        const Reflection* reflection;
    };
    QList<Candidate> candidates;
    for (const Reflection& r : newestFirst) {
        if (!r.valueIds.contains(valueId))
            continue;
        const bool inWindow = r.day >= d.evidenceFrom && r.day <= d.evidenceTo;
        const bool fittingTag = std::any_of(d.evidenceTags.cbegin(), d.evidenceTags.cend(),
            [&r](const QString& tag) { return r.tagIds.contains(tag); });
        candidates << Candidate { 4 * inWindow + 2 * (r.valueIds.size() == 1) + fittingTag, &r };
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.rank > b.rank; });
    constexpr int fitting = 6; // in the window and about this kernwaarde alone
    constexpr int atLeast = 2;
    QList<qint64> ids;
    QSet<QString> texts;
    for (const Candidate& c : std::as_const(candidates)) {
        if (ids.size() >= d.evidenceCount || (c.rank < fitting && ids.size() >= atLeast))
            break;
        if (texts.contains(c.reflection->text))
            continue;
        texts.insert(c.reflection->text);
        ids << c.reflection->id;
    }
    return ids;
}

/** Keeps the demo valid under a profile without the demo school's kernwaarden or themes. */
void fitToProfile(Goal& g, const SchoolProfile& profile)
{
    if (!profile.kernwaarde(g.valueIds.first()) && !profile.kernwaarden.isEmpty())
        g.valueIds = { profile.kernwaarden.first().id };
    const bool knownTheme = std::any_of(profile.themes.cbegin(), profile.themes.cend(),
        [&g](const ProfileItem& theme) { return theme.id == g.themeId; });
    if (!knownTheme)
        g.themeId.clear();
}

} // namespace

Status writeDemoPop(JournalStore& journal, PopStore& pop, HoursStore& hours)
{
    const SchoolProfile& profile = journal.profile();
    const Calendar calendar { journal.clock().today() };
    constexpr int birthYear = 1979;
    const QList<FteChange> fte { { calendar.year - 3, 1000 }, { calendar.year - 1, 800 } };

    auto goalsBefore = pop.goals();
    auto entriesBefore = hours.entries();
    auto settingsBefore = hours.settings();
    if (!goalsBefore)
        return goalsBefore.error();
    if (!entriesBefore)
        return entriesBefore.error();
    if (!settingsBefore)
        return settingsBefore.error();
    if (!goalsBefore->isEmpty() || !entriesBefore->isEmpty() || !settingsBefore->fte.isEmpty()
        || settingsBefore->birthYear)
        return Error { Error::Code::InvalidInput,
            Text::tr("The demo POP is only written into an empty POP; this journal has goals or "
                     "hours already.") };
    auto reflections = journal.list({});
    if (!reflections)
        return reflections.error();
    QList<Reflection> newestFirst;
    for (const JournalEntry& e : std::as_const(*reflections))
        newestFirst << e.reflection;

    // Everything is checked before the first write, so bad demo content never leaves half a POP.
    QList<DemoGoal> goals = demoGoals(calendar);
    for (DemoGoal& d : goals) {
        fitToProfile(d.goal, profile);
        if (Status s = pop_rules::validate(d.goal, profile); !s)
            return s;
        for (const DemoAction& a : std::as_const(d.actions)) {
            if (Status s = pop_rules::validate(GoalAction { 0, 0, u(a.title), a.due, a.done }); !s)
                return s;
        }
    }
    const QList<HoursEntry> entries = demoHours(calendar);
    for (const HoursEntry& e : entries) {
        if (Status s = hours_rules::validate(e); !s)
            return s;
    }
    for (const FteChange& change : fte) {
        if (Status s = hours_rules::validateFte(change.permille); !s)
            return s;
    }
    if (Status s = hours_rules::validateBirthYear(birthYear, calendar.today); !s)
        return s;

    for (const FteChange& change : fte) {
        if (Status s = hours.setFte(change.fromYear, change.permille); !s)
            return s;
    }
    if (Status s = hours.setBirthYear(birthYear); !s)
        return s;
    for (const HoursEntry& e : entries) {
        if (auto id = hours.add(e); !id)
            return id.error();
    }
    for (const DemoGoal& d : std::as_const(goals)) {
        auto goalId = pop.addGoal(d.goal);
        if (!goalId)
            return goalId.error();
        for (const DemoAction& a : d.actions) {
            if (auto id = pop.addAction(GoalAction { 0, *goalId, u(a.title), a.due, a.done }); !id)
                return id.error();
        }
        for (qint64 reflectionId : evidenceFor(d, newestFirst)) {
            if (Status s = pop.linkEvidence(*goalId, reflectionId); !s)
                return s;
        }
    }
    return {};
}

} // namespace kw
