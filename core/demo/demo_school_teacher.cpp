#include "demo/demo_school_teacher.h"

#include "demo/demo_checkins.h"
#include "demo/demo_journal.h"
#include "demo/demo_text.h"
#include "exchange/shares.h"
#include "teacher/teacher_session.h"

#include <QDir>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace kw::demo {

namespace {

/** How a teacher feels on a day, 0 (worst) to 1 (best). */
struct Levels
{
    double wellbeing = 0;
    double workFits = 0; ///< how well the work fits the time: low is high werkdruk
};

/** The simulated year's shape: the rising team's werkdruk climbs and its wellbeing sinks as the
 * year goes on; winter and the weeks before summer weigh a little on everyone. */
Levels levelsOn(const SimulatedTeacher& t, QDate day, const SchoolSetting& setting)
{
    const QDate from = setting.periods.first().start;
    const QDate to = setting.periods.last().end;
    const double progress
        = std::clamp(double(from.daysTo(day)) / double(from.daysTo(to)), 0.0, 1.0);
    const bool rising = t.team == QLatin1String(kRisingWorkloadTeam);
    const int month = day.month();
    const double season = (month == 12 || month <= 2) ? -0.04
        : (month == 6 || month == 7)                  ? -0.03
                                                      : 0;
    return { std::clamp(t.wellbeing + season - (rising ? 0.22 * progress : 0), 0.05, 1.0),
        std::clamp(t.workFits + season - (rising ? 0.38 * progress : 0), 0.05, 1.0) };
}

double itemLevel(const Instrument& in, int item, const Levels& l)
{
    const QString& id = in.items[item].id;
    if (in.id != QLatin1String("pulse") || id == QLatin1String("energie"))
        return l.wellbeing;
    if (id == QLatin1String("werkdruk"))
        return l.workFits;
    if (id == QLatin1String("werkplezier"))
        return std::min(1.0, l.wellbeing + 0.08);
    return (l.wellbeing + l.workFits) / 2; // balans
}

/** Up to @p count options of @p list, drawn by weight without repeating one. */
QStringList pickWeighted(const ChoiceList& list, int count,
    const std::function<double(const QString&)>& weightOf, QRandomGenerator& rng)
{
    QList<std::pair<QString, double>> left;
    for (const ChoiceOption& o : list.options)
        left.append({ o.id, weightOf(o.id) });
    QStringList picked;
    while (picked.size() < count && !left.isEmpty()) {
        double total = 0;
        for (const auto& [id, weight] : std::as_const(left))
            total += weight;
        double draw = rng.generateDouble() * total;
        qsizetype i = 0;
        while (i + 1 < left.size() && (draw -= left[i].second) >= 0)
            ++i;
        picked << left.takeAt(i).first;
    }
    return picked;
}

/** What a teacher names as sources of joy and of werkdruk; the rising team names its shortage
 * of hands and its administration more and more often. */
QStringList pickOptions(
    const ChoiceList& list, const Levels& l, double progress, bool rising, QRandomGenerator& rng)
{
    if (list.id == QLatin1String("werkdruk")) {
        const int count = 1 + (l.workFits < 0.5) + (l.workFits < 0.35);
        return pickWeighted(
            list, count,
            [&](const QString& id) {
                if (id == QLatin1String("te-weinig-handen"))
                    return 1.5 + (rising ? 6.0 * progress : 0);
                if (id == QLatin1String("administratie"))
                    return 3.0 + (rising ? 3.0 * progress : 0);
                return id == QLatin1String("e-mail") || id == QLatin1String("vergaderingen")
                        || id == QLatin1String("incidenten")
                    ? 2.0
                    : 1.0;
            },
            rng);
    }
    if (list.id == QLatin1String("blij"))
        return pickWeighted(
            list, 1 + (l.wellbeing > 0.6),
            [](const QString& id) {
                return id == QLatin1String("leerlingen-groei")                                ? 3.0
                    : id == QLatin1String("geslaagde-les") || id == QLatin1String("collegas") ? 2.5
                                                                                              : 1.0;
            },
            rng);
    return pickUniformly(list, 1, rng);
}

bool inSummerHoliday(QDate day)
{
    return (day.month() == 7 && day.day() >= 15) || (day.month() == 8 && day.day() < 28);
}

/** A fixed moment of the teacher's clock on @p day; the clock never goes back. */
void moveTo(FixedClock& clock, QDate day, QTime time)
{
    const QDateTime at(day, time);
    if (at > clock.now())
        clock.set(at);
}

QString fileName()
{
    // Anonymous, as a file in the custodian's mailbox: neither the teacher nor the period.
    return QStringLiteral("bijdrage-%1.kwbijdrage")
        .arg(exchange::systemRandom()() & 0xffff'ffff'ffffULL, 12, 16, QLatin1Char('0'));
}

Status exportPeriod(
    TeacherSession& session, const SchoolSetting& setting, const exchange::ExchangePeriod& period)
{
    exchange::TeacherExchange& teacher = session.exchange();
    auto preview = teacher.preview(session.profile(), period);
    if (!preview)
        return preview.error();
    const QString path = QDir(inboxFolder(setting.inbox, period)).filePath(fileName());
    auto written = teacher.exportTo(session.profile(), *preview, path, exchange::systemRandom());
    if (!written)
        return written.error();
    return {};
}

/** The teacher's first steps: the school's profile with its published code, and sharing. */
Status joinSchool(
    TeacherSession& session, const SimulatedTeacher& teacher, const SchoolSetting& setting)
{
    auto import = session.exchange().checkImport(setting.profileFile);
    if (!import)
        return import.error();
    if (Status s = session.install(*import, setting.verificationCode); !s)
        return s;
    if (!teacher.optedIn)
        return {};
    return session.exchangeStore().setSettings({ true, teacher.cohort });
}

} // namespace

QString periodFileName(const exchange::ExchangePeriod& period)
{
    QString name = period.id();
    return name.replace(QLatin1Char('/'), QLatin1Char('-'));
}

QString inboxFolder(const QString& inbox, const exchange::ExchangePeriod& period)
{
    return QDir(inbox).filePath(periodFileName(period));
}

QString journalPath(const QString& journals, const SimulatedTeacher& teacher)
{
    return QDir(journals).filePath(
        QStringLiteral("teacher-%1.sqlite").arg(teacher.number, 3, 10, QLatin1Char('0')));
}

Result<std::unique_ptr<TeacherSession>> openSimulatedJournal(
    const SimulatedTeacher& teacher, const SchoolSetting& setting, const Clock& clock)
{
    auto session = TeacherSession::open(journalPath(setting.journals, teacher), clock, {},
        TeacherSession::RemovedReflections::Keep);
    if (!session)
        return Error { session.error().code,
            Text::tr("Teacher %1's journal: %2").arg(teacher.number).arg(session.error().message) };
    // A simulated journal needs no protection against a power cut: leaving out the sync after
    // every check-in makes the simulation several times faster.
    if (Status s = (*session)->database().exec("PRAGMA synchronous = OFF"); !s)
        return s.error();
    return session;
}

Result<TeacherYear> liveTeacherYear(const SimulatedTeacher& teacher, const SchoolSetting& setting)
{
    const quint32 seeds[] = { setting.seed, quint32(teacher.number), 0x7ea5 };
    QRandomGenerator rng(seeds);
    const QDate first = setting.periods.first().start;
    FixedClock clock(QDateTime(first.addDays(-7), QTime(19, 0)));
    auto opened = openSimulatedJournal(teacher, setting, clock);
    if (!opened)
        return opened.error();
    TeacherSession& session = **opened;
    const auto failed = [&](const Error& e) {
        return Error { e.code, Text::tr("Teacher %1: %2").arg(teacher.number).arg(e.message) };
    };
    if (Status s = joinSchool(session, teacher, setting); !s)
        return failed(s.error());

    TeacherYear year;
    const SchoolProfile& profile = session.profile();
    const bool rising = teacher.team == QLatin1String(kRisingWorkloadTeam);
    for (int p = 0; p < setting.periods.size(); ++p) {
        const exchange::ExchangePeriod& period = setting.periods[p];
        // Each instrument on its own rhythm from the first week, answered on Fridays.
        for (QDate day = first.addDays(4); day <= period.end; day = day.addDays(7)) {
            if (day < period.start || inSummerHoliday(day))
                continue;
            const Levels levels = levelsOn(teacher, day, setting);
            const double progress
                = double(first.daysTo(day)) / first.daysTo(setting.periods.last().end);
            for (const Instrument& in : profile.instruments) {
                const bool fortnight = in.period == PeriodKind::Fortnight;
                if ((fortnight && first.daysTo(day) % 14 >= 7)
                    || rng.generateDouble() > teacher.diligence)
                    continue;
                moveTo(clock, day, QTime(16, 30));
                const CheckinInput c = simulatedCheckin(
                    profile, in, day,
                    [&](const Instrument& i, int item) { return itemLevel(i, item, levels); },
                    [&](const ChoiceList& list, QRandomGenerator& r) {
                        return pickOptions(list, levels, progress, rising, r);
                    },
                    rng);
                if (auto saved = session.checkins().add(c); !saved)
                    return failed(saved.error());
                ++year.checkins;
            }
        }

        // Fewer reflections in the rising team as its year fills up.
        const double busy
            = rising ? 1.0 - 0.4 * p / std::max<qsizetype>(1, setting.periods.size() - 1) : 1.0;
        const int count = int(std::lround(teacher.reflectionsPerPeriod * busy));
        moveTo(clock, period.end, QTime(20, 0));
        auto added = session.journal().addAll(demoReflections(
            profile, count, period.end, int(period.start.daysTo(period.end)) + 1, rng.generate()));
        if (!added)
            return failed(added.error());
        year.reflections += int(added->size());

        if (!teacher.sharesOnTime(p))
            continue;
        moveTo(clock, period.end.addDays(1 + rng.bounded(6)), QTime(19, 0));
        if (Status s = exportPeriod(session, setting, period); !s)
            return failed(s.error());
        ++year.exports;
        if (teacher.reExportPeriod == p) {
            // A reflection remembered after sharing: the teacher shares the period again.
            moveTo(clock, clock.today().addDays(2), QTime(19, 0));
            auto forgotten = session.journal().addAll(
                demoReflections(profile, 1, period.end, 7, rng.generate()));
            if (!forgotten)
                return failed(forgotten.error());
            ++year.reflections;
            if (Status s = exportPeriod(session, setting, period); !s)
                return failed(s.error());
            ++year.exports;
        }
    }
    return year;
}

Status exportLate(
    const SimulatedTeacher& teacher, const SchoolSetting& setting, const QDateTime& now)
{
    FixedClock clock(now);
    auto session = openSimulatedJournal(teacher, setting, clock);
    if (!session)
        return session.error();
    if (Status s = exportPeriod(**session, setting, setting.periods[teacher.latePeriod]); !s)
        return Error { s.error().code,
            Text::tr("Teacher %1: %2").arg(teacher.number).arg(s.error().message) };
    return {};
}

} // namespace kw::demo
