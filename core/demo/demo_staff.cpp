#include "demo/demo_staff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace kw::demo {

namespace {

/** The least a profile allows a team or a role (ExchangeRules::minGroupCounts of the demo). */
constexpr int kSmallestGroup = 5;

/** About normal with mean 0 and sd 1 (four uniforms), the same on every platform. */
double gauss(QRandomGenerator& rng)
{
    double sum = 0;
    for (int i = 0; i < 4; ++i)
        sum += rng.generateDouble();
    return (sum - 2.0) * std::sqrt(3.0);
}

double around(QRandomGenerator& rng, double mean, double sd, double low, double high)
{
    return std::clamp(mean + sd * gauss(rng), low, high);
}

struct Group
{
    const char* id;
    const char* name;
    double weight;
};

// The school's own words, Dutch in every language, as in the demo school's profile.
constexpr Group kTeams[] = {
    { "onderbouw", "Onderbouw (groep 1–4)", 0.30 },
    { "middenbouw", "Middenbouw (groep 5–6)", 0.28 },
    { kRisingWorkloadTeam, "Bovenbouw (groep 7–8)", 0.42 },
};
constexpr Group kRoles[] = {
    { "leraar", "Leraar", 0.72 },
    { "onderwijsassistent", "Onderwijsassistent", 0.12 },
    { "ib", "Intern begeleider en zorg", 0.08 },
    { "teamleider", "Leiding en staf", 0.08 },
};
constexpr Group kAgeBands[] = {
    { "tot-30", "", 0.20 },
    { "30-44", "", 0.38 },
    { "45-54", "", 0.22 },
    { "55-plus", "", 0.20 },
};

/** Names and counts of the groups that got people; each person's group id, in a random order. */
template <size_t N>
QList<ProfileItem> assign(
    const Group (&groups)[N], int people, QRandomGenerator& rng, QStringList& idOfEach)
{
    QList<double> weights;
    for (const Group& g : groups)
        weights << g.weight;
    const QList<int> counts = apportion(people, weights, kSmallestGroup);
    QList<ProfileItem> items;
    for (size_t i = 0; i < N; ++i) {
        if (counts[qsizetype(i)] == 0)
            continue;
        items.append({ QString::fromUtf8(groups[i].id), QString::fromUtf8(groups[i].name),
            counts[qsizetype(i)] });
        for (int n = 0; n < counts[qsizetype(i)]; ++n)
            idOfEach << items.last().id;
    }
    for (qsizetype i = idOfEach.size() - 1; i > 0; --i)
        idOfEach.swapItemsAt(i, rng.bounded(int(i + 1)));
    return items;
}

/** The age band of each of @p people, drawn by the bands' weights. */
QStringList ageBands(int people, QRandomGenerator& rng)
{
    QStringList out;
    for (int n = 0; n < people; ++n) {
        double draw = rng.generateDouble();
        const Group* band = std::begin(kAgeBands);
        for (const Group& g : kAgeBands) {
            band = &g;
            if ((draw -= g.weight) < 0)
                break;
        }
        out << QString::fromUtf8(band->id);
    }
    return out;
}

/** Up to @p count of @p candidates (teacher indexes), drawn without repetition. */
QList<int> draw(QList<int> candidates, int count, QRandomGenerator& rng)
{
    QList<int> out;
    while (out.size() < count && !candidates.isEmpty())
        out << candidates.takeAt(rng.bounded(int(candidates.size())));
    return out;
}

} // namespace

QList<int> apportion(int total, const QList<double>& weights, int minimum)
{
    QList<bool> kept(weights.size(), true);
    for (;;) {
        double sum = 0;
        qsizetype lightest = -1;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (!kept[i])
                continue;
            sum += weights[i];
            if (lightest < 0 || weights[i] < weights[lightest])
                lightest = i;
        }
        QList<int> counts(weights.size(), 0);
        if (lightest < 0 || sum <= 0)
            return counts;
        QList<std::pair<double, qsizetype>> remainders;
        int given = 0;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (!kept[i])
                continue;
            const double exact = total * weights[i] / sum;
            counts[i] = int(std::floor(exact));
            given += counts[i];
            remainders.append({ exact - counts[i], i });
        }
        std::stable_sort(remainders.begin(), remainders.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
        for (qsizetype r = 0; r < remainders.size() && given < total; ++r, ++given)
            ++counts[remainders[r].second];
        bool enough = true;
        for (qsizetype i = 0; i < weights.size(); ++i)
            enough = enough && (!kept[i] || counts[i] >= minimum);
        if (enough)
            return counts;
        kept[lightest] = false;
    }
}

SimulatedStaff simulateStaff(int teachers, int periods, quint32 seed)
{
    QRandomGenerator rng(seed);
    SimulatedStaff staff;

    // The small team first: its people are the first five, and the first of them does not
    // share, so the team has fewer contributors than even the counts' k.
    QStringList teamOf(kSmallestGroup, QString::fromLatin1(kSmallTeam));
    QStringList others;
    staff.teams = assign(kTeams, teachers - kSmallestGroup, rng, others);
    staff.teams.append(
        { QString::fromLatin1(kSmallTeam), QStringLiteral("Vakleerkrachten"), kSmallestGroup });
    teamOf << others;
    QStringList roleOf;
    staff.roles = assign(kRoles, teachers, rng, roleOf);
    const QStringList bandOf = ageBands(teachers, rng);

    for (int i = 0; i < teachers; ++i) {
        SimulatedTeacher t;
        t.number = i + 1;
        t.team = teamOf[i];
        t.role = roleOf[i];
        t.ageBand = bandOf[i];
        const bool small = t.team == QLatin1String(kSmallTeam);
        t.optedIn = small ? i > 0 : rng.generateDouble() < 0.88;
        t.cohort = { t.team, t.role, t.ageBand };
        const double leaveOut = rng.generateDouble();
        if (leaveOut < 0.07)
            t.cohort.ageBand.clear();
        else if (leaveOut < 0.11)
            t.cohort.role.clear();
        else if (leaveOut < 0.14 && !small)
            t.cohort.team.clear();
        t.wellbeing = around(rng, 0.66, 0.09, 0.3, 0.95);
        t.workFits = around(rng, 0.6, 0.1, 0.25, 0.9);
        t.diligence = 0.6 + 0.4 * rng.generateDouble();
        t.reflectionsPerPeriod = rng.generateDouble() < 0.1 ? 0 : 1 + rng.bounded(12);
        if (periods > 1 && rng.generateDouble() < 0.08)
            t.skippedPeriods << rng.bounded(periods);
        staff.teachers.append(t);
    }

    // Late files: enough in the middle period for a re-release (at least the wellbeing k of
    // added colleagues), and three in the last one, too few: they wait.
    // Never more than a third of those who share, so the first release has something to show.
    const auto sharing = [&](int period) {
        QList<int> out;
        for (const SimulatedTeacher& t : std::as_const(staff.teachers)) {
            if (t.sharesOnTime(period) && t.latePeriod < 0)
                out << t.number - 1;
        }
        return out;
    };
    staff.reReleasePeriod = (periods - 1) / 2;
    const QList<int> candidates = sharing(staff.reReleasePeriod);
    const int late = std::min(std::max(12, teachers / 10), int(candidates.size()) / 3);
    for (int i : draw(candidates, late, rng))
        staff.teachers[i].latePeriod = staff.reReleasePeriod;
    if (periods > 1) {
        staff.waitingPeriod = periods - 1;
        for (int i : draw(sharing(staff.waitingPeriod), 3, rng))
            staff.teachers[i].latePeriod = staff.waitingPeriod;
    }
    for (int i : draw(sharing(0), 1, rng))
        staff.teachers[i].reExportPeriod = 0;
    return staff;
}

} // namespace kw::demo
