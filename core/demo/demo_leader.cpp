#include "demo/demo_leader.h"

#include "conversation/leader_store.h"
#include "conversation/teacher_conversations.h"
#include "demo/demo_text.h"
#include "exchange/profile_signing.h"
#include "teacher/teacher_session.h"

#include <algorithm>

namespace kw::demo {

namespace {

namespace v1 = ::kernwijzer::v1;
using conversation::LeaderStore;
using conversation::TeacherConversations;

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

/** Text for one part of the agenda: a point of the teacher, or the leader's points or notes. */
struct PartText
{
    v1::AgendaPart part;
    const char* text;
};

/** An agreement as the leader writes it, and how the teacher answers it (when they do). */
struct ScriptedAgreement
{
    const char* what;
    const char* who; ///< "teacher" or "leader"
    int dueDays; ///< after the conversation
    const char* kernwaarde;
    bool onGoal; ///< serves the POP goal the teacher brought
    bool agreed; ///< akkoord; else gezien
    const char* reaction;
};

enum class Stage { Prepared, Held, Closed };

/** One conversation from the teacher's preparation to where it stands today. */
struct Script
{
    Stage stage;
    int plannedIn; ///< days from today
    const char* team; ///< where the teacher works, when the leader holds that team
    const char* name;
    const char* reflection; ///< the teacher's own, brought to the terugblik
    QStringList reflectionValues;
    const char* goal; ///< a POP goal, brought to talent en groei
    const char* goalValue;
    const char* goalCriteria;
    QList<PartText> points;
    QList<PartText> own; ///< the leader's own points
    QList<PartText> notes; ///< the leader's notes during the conversation
    QList<ScriptedAgreement> agreements;
    const char* reaction; ///< the teacher's general reaction (closed only)
};

constexpr auto kLooking = v1::AGENDA_PART_LOOKING_BACK;
constexpr auto kEnergy = v1::AGENDA_PART_ENERGY;
constexpr auto kGrowth = v1::AGENDA_PART_GROWTH;
constexpr auto kFuture = v1::AGENDA_PART_FUTURE;

/** The three conversations, oldest first: each step of one comes before the next one's. */
QList<Script> scripts()
{
    return {
        { Stage::Closed, -30, "onderbouw", "Sanne Bakker",
            "Kringgesprek over de ruzie op het plein: de kinderen kwamen zelf met afspraken voor "
            "de pauze. Ik heb vooral geluisterd en doorgevraagd.",
            { u("verbinding"), u("eigenaarschap") },
            "Kleuters meer eigenaarschap geven over hun werkkeuze", "eigenaarschap",
            "Elke kleuter kiest twee keer per week zelf een werkje en vertelt erover in de kring.",
            { { kLooking, "Het nieuwe planbord in groep 2 werkt: de kinderen kiezen zelf." },
                { kEnergy, "De maandagen met twee overleggen na schooltijd zijn zwaar." },
                { kFuture,
                    "Ik wil graag meekijken in groep 3, voor de overgang van mijn "
                    "kleuters." } },
            { { kLooking,
                "Compliment voor de rust in de klas tijdens het bezoek van de "
                "inspectie." } },
            { { kLooking,
                  "Sanne vertelt enthousiast over het planbord; andere kleutergroepen "
                  "willen het zien." },
                { kEnergy,
                    "Maandag is vol. In het MT bespreken of één overleg naar donderdag "
                    "kan." },
                { kFuture,
                    "Meekijken in groep 3 past in het voorjaar, als de kleuters "
                    "doorstromen." } },
            { { "Het planbord laten zien in de bouwvergadering", "teacher", 60, "eigenaarschap",
                  true, true, "Leuk, ik neem foto's van de kinderen aan het werk mee." },
                { "Eén ochtend per maand meekijken in groep 3", "teacher", 90, "verbinding", false,
                    false, "Eerst na de kerstvakantie: dan is er meer rust in mijn groep." } },
            "Fijn gesprek; ik voelde me gehoord, vooral over de maandagen." },
        { Stage::Held, -7, "middenbouw", "Daan Visser",
            "Rekenles over breuken buiten op het schoolplein: pizza's van stoepkrijt. Zelfs de "
            "stille kinderen deden mee.",
            { u("talentontwikkeling") }, "Meer buitenlessen in het rekenonderwijs",
            "talentontwikkeling",
            "Elke week één rekenles buiten, en de kinderen kunnen zeggen "
            "wat ze ervan leerden.",
            { { kLooking, "De buitenlessen lopen goed; ouders reageren positief." },
                { kEnergy, "Ik beantwoord 's avonds vaak nog mail van ouders." },
                { kGrowth, "Ik zou graag de opleiding tot rekencoördinator volgen." } },
            { { kGrowth,
                "Daan heeft een goed oog voor rekendidactiek; de school zoekt een "
                "rekencoördinator." } },
            { { kEnergy,
                  "Mail 's avonds: een afspraak in het team over bereikbaarheid helpt "
                  "iedereen." },
                { kGrowth,
                    "De opleiding past in de professionaliseringsuren van volgend "
                    "schooljaar." } },
            { { "Oriënteren op de opleiding rekencoördinator en de kosten uitzoeken", "teacher", 42,
                  "talentontwikkeling", true, true, "" },
                { "In het team afspreken dat we na 18.00 uur geen mail van ouders beantwoorden",
                    "leader", 28, "verbinding", false, true, "" } },
            "" },
        { Stage::Prepared, 3, "onderbouw", "Fatima El Amrani",
            "Oudergesprek met de moeder van een nieuwe kleuter, samen met de IB'er: we hebben nu "
            "een plan voor thuis en school.",
            { u("vertrouwen"), u("verbinding") },
            "Meer leren over taalontwikkeling bij NT2-kleuters", "talentontwikkeling",
            "Ik kan voor drie kleuters een taalplan maken en bijstellen.",
            { { kLooking, "Mijn eerste jaar op deze school: ik voel me welkom in het team." },
                { kEnergy, "De balans is goed, al komt er veel nieuws tegelijk." },
                { kFuture, "Volgend schooljaar graag weer in groep 1-2." } },
            { { kLooking, "Ouders noemen de warme start in groep 1 vaak; dat wil ik benoemen." },
                { kGrowth, "Vragen naar de nascholing NT2 van het samenwerkingsverband." } },
            {}, {}, "" },
    };
}

/** The teachers a leader adds by hand before their first preparation, and their teams. */
constexpr std::pair<const char*, const char*> kAddedByHand[]
    = { { "Joost de Boer", "middenbouw" }, { "Eva Jansen", "onderbouw" } };

/**
 * The teacher of @p team (else of any team in @p pool) who plays a part next: one who chose their
 * team for sharing first, so their preparation names it and the leader's list shows it. Taken
 * out of @p pool; null when it is empty.
 */
const SimulatedTeacher* takeTeacher(QList<const SimulatedTeacher*>& pool, const QString& team)
{
    if (pool.isEmpty())
        return nullptr;
    const auto rank = [&team](const SimulatedTeacher* t) {
        return (t->team == team ? 0 : 2) + (t->optedIn && t->cohort.team == t->team ? 0 : 1);
    };
    const auto best = std::min_element(
        pool.begin(), pool.end(), [&rank](const SimulatedTeacher* a, const SimulatedTeacher* b) {
            return rank(a) < rank(b);
        });
    const SimulatedTeacher* chosen = *best;
    pool.erase(best);
    return chosen;
}

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

Error failedFor(const char* name, const Error& e)
{
    return Error { e.code,
        Text::tr("The demo leader's conversation with %1: %2").arg(u(name), e.message) };
}

/** The teacher's side up to the preparation: their reflection, their goal, the file. */
Result<QByteArray> prepare(TeacherSession& session, FixedClock& clock, const Script& s,
    const QString& leaderId, QDate plannedOn)
{
    const QDate preparedOn = plannedOn.addDays(-4);
    clock.set(at(preparedOn, 19, 30));
    Reflection reflection;
    reflection.text = u(s.reflection);
    reflection.day = preparedOn.addDays(-6);
    reflection.valueIds = s.reflectionValues;
    reflection.outcome = 4;
    reflection.energy = 4;
    auto reflectionId = session.journal().add(reflection);
    if (!reflectionId)
        return reflectionId.error();
    Goal goal;
    goal.title = u(s.goal);
    goal.valueIds = { u(s.goalValue) };
    goal.successCriteria = u(s.goalCriteria);
    goal.status = GoalStatus::Actief;
    auto goalId = session.pop().addGoal(goal);
    if (!goalId)
        return goalId.error();

    conversation::PreparationDraft draft = conversation::PreparationDraft::fresh();
    draft.plannedOn = plannedOn;
    draft.leaderId = leaderId;
    for (const PartText& p : s.points)
        draft.points << conversation::DraftPoint { p.part, u(p.text) };
    draft.reflections << conversation::DraftChoice { *reflectionId, kLooking };
    draft.goals << conversation::DraftChoice { *goalId, kGrowth };
    TeacherConversations conversations(session);
    auto sent = conversations.sendPreparation(draft, u(s.name));
    if (!sent)
        return sent.error();
    return sent->file;
}

/** The leader's points, notes and agreements of @p s into conversation @p id's notes. */
Status writeNotes(LeaderStore& leader, const QByteArray& id, const Script& s, QDate plannedOn)
{
    auto record = leader.conversation(id);
    if (!record)
        return record.error();
    const v1::AgendaItem* goalItem = nullptr;
    for (const v1::AgendaItem& item : record->preparation.body.items())
        if (item.source() == v1::AgendaItem::SOURCE_GOAL)
            goalItem = &item;
    v1::Verslag draft;
    const auto notesOf = [&draft](v1::AgendaPart part) {
        for (v1::PartNotes& n : *draft.mutable_notes())
            if (n.part() == part)
                return &n;
        v1::PartNotes* n = draft.add_notes();
        n->set_part(part);
        return n;
    };
    for (const PartText& p : s.own)
        notesOf(p.part)->set_own_points(p.text);
    for (const PartText& p : s.notes)
        notesOf(p.part)->set_notes(p.text);
    for (const ScriptedAgreement& a : s.agreements) {
        v1::Agreement* agreement = draft.add_agreements();
        agreement->set_what(a.what);
        agreement->set_who(a.who);
        agreement->set_due(plannedOn.addDays(a.dueDays).toString(Qt::ISODate).toStdString());
        agreement->set_kernwaarde_id(a.kernwaarde);
        if (a.onGoal && goalItem) {
            agreement->set_goal_ref(goalItem->goal_ref());
            agreement->set_goal_title(goalItem->title());
        }
    }
    return leader.saveNotes(id, draft);
}

/** The teacher imports the verslag and, for a closed conversation, answers it. */
Result<QByteArray> answer(TeacherSession& session, FixedClock& clock, const Script& s,
    const QByteArray& verslagFile, QDate plannedOn)
{
    clock.set(at(plannedOn.addDays(1), 20, 0));
    TeacherConversations conversations(session);
    auto imported = conversations.importVerslag(verslagFile);
    if (!imported)
        return imported.error();
    if (s.stage != Stage::Closed)
        return QByteArray();
    clock.set(at(plannedOn.addDays(3), 19, 45));
    conversation::ResponseInput input;
    input.reaction = u(s.reaction);
    for (int i = 0; i < imported->body.agreements_size(); ++i) {
        const ScriptedAgreement& a = s.agreements.value(i);
        input.answers << conversation::AgreementChoice { QByteArray::fromStdString(
                                                             imported->body.agreements(i).id()),
            a.agreed, u(a.reaction), {} };
    }
    auto responded = conversations.respond(
        QByteArray::fromStdString(imported->body.ref().conversation_id()), input);
    if (!responded)
        return responded.error();
    return responded->file;
}

/** One conversation, step by step on both sides, as far as its stage goes. */
Status play(const Script& s, const SimulatedTeacher& teacher, const SchoolSetting& setting,
    LeaderStore& leader, FixedClock& leaderClock, const exchange::KeySet& keys,
    const QString& leaderId, QDate today)
{
    const QDate plannedOn = today.addDays(s.plannedIn);
    FixedClock clock(at(plannedOn.addDays(-4), 19, 0));
    auto session = openSimulatedJournal(teacher, setting, clock);
    if (!session)
        return session.error();
    auto preparation = prepare(**session, clock, s, leaderId, plannedOn);
    if (!preparation)
        return preparation.error();

    leaderClock.set(at(plannedOn.addDays(-3), 8, 15));
    auto imported = leader.importFile(*preparation, keys);
    if (!imported)
        return imported.error();
    const QByteArray id = imported->conversationId;
    if (s.stage == Stage::Prepared) {
        // The leader prepares too: their own points so far, kept as notes.
        return writeNotes(leader, id, s, plannedOn);
    }

    leaderClock.set(at(plannedOn, 15, 30));
    if (Status notes = writeNotes(leader, id, s, plannedOn); !notes)
        return notes;
    auto verslag = leader.makeVerslag(id, plannedOn, keys);
    if (!verslag)
        return verslag.error();
    auto response = answer(**session, clock, s, *verslag, plannedOn);
    if (!response)
        return response.error();
    if (s.stage != Stage::Closed)
        return {};
    leaderClock.set(at(plannedOn.addDays(4), 8, 30));
    if (auto closed = leader.importFile(*response, keys); !closed)
        return closed.error();
    return {};
}

} // namespace

exchange::KeySet createLeaderKeys()
{
    return exchange::createKeySet(v1::PARTY_LEADER, QStringLiteral("Marieke Jansen (simulatie)"),
        QStringLiteral("Teamleider"));
}

Status listDemoLeader(SchoolProfile& profile, const exchange::KeySet& leader)
{
    QStringList teams;
    for (const ProfileItem& team : std::as_const(profile.teams))
        if (team.id != QLatin1String(kSmallTeam) && teams.size() < 2)
            teams << team.id;
    if (teams.isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("The simulated school has no team for its team leader.") };
    auto row = exchange::addLeaderKey(profile, leader);
    if (!row)
        return row.error();
    profile.leaders[*row].teamIds = teams;
    return {};
}

Result<DemoLeaderSummary> writeDemoLeader(const QString& path, const exchange::KeySet& leader,
    const SchoolSetting& setting, const SimulatedStaff& staff, QDate today)
{
    auto listed = conversation::listedLeader(setting.profile, leader);
    if (!listed)
        return listed.error();
    QList<const SimulatedTeacher*> pool;
    for (const SimulatedTeacher& t : staff.teachers)
        if (listed->teamIds.contains(t.team))
            pool << &t;

    const QList<Script> all = scripts();
    FixedClock clock(at(today.addDays(all.first().plannedIn - 3), 8, 0));
    auto store = LeaderStore::open(path, clock);
    if (!store)
        return store.error();
    LeaderStore& desk = **store;
    // As the simulated journals: no sync after every write.
    if (Status s = desk.database().exec("PRAGMA synchronous = OFF"); !s)
        return s.error();
    if (auto installed = desk.installProfile(setting.profileFile, leader); !installed)
        return installed.error();

    DemoLeaderSummary summary;
    for (const Script& script : all) {
        const SimulatedTeacher* teacher = takeTeacher(pool, u(script.team));
        if (!teacher)
            break;
        if (Status s = play(script, *teacher, setting, desk, clock, leader, listed->id, today); !s)
            return failedFor(script.name, s.error());
        ++summary.conversations;
    }
    clock.set(at(today, 8, 0));
    for (const auto& [name, team] : kAddedByHand) {
        const QString teamId
            = listed->teamIds.contains(u(team)) ? u(team) : listed->teamIds.first();
        if (Status s = desk.addTeacher(u(name), teamId); !s)
            return failedFor(name, s.error());
    }
    auto teachers = desk.teachers();
    if (!teachers)
        return teachers.error();
    summary.teachers = int(teachers->size());
    return summary;
}

} // namespace kw::demo
