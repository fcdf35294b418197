// The teacher prepares a waarderingsgesprek: the conversation key from the device secret, the
// draft kept in the journal, the preview that is exactly what the leader opens, what never
// leaves the journal unticked (reflections, wellbeing), revisions and reminders.
#include "conversation/teacher_conversation_key.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "teacher_fixture.h"
#include "wellbeing/checkin_store.h"

#include <QTest>

using namespace kw;
using namespace kw::conversation;
using kw::test::codeOf;

namespace {

const QString kTicked = QStringLiteral("Samen met Ahmed de ouderavond voorbereid: het liep goed.");
const QString kUnticked = QStringLiteral("Vertrouwelijk: ik overweeg te stoppen met lesgeven.");

QDate plannedDay()
{
    return test::defaultNow().date().addDays(10);
}

QString q(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

bool contains(const QByteArray& haystack, const QString& text)
{
    return haystack.contains(text.toUtf8());
}

} // namespace

class TestTeacherPreparation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_teacher.reset(); }

    void keyIsStableAndDerivedFromTheDeviceSecret();
    void draftSurvivesClosingTheJournal();
    void previewIsExactlyWhatTheLeaderOpens();
    void anUntickedReflectionNeverLeaves();
    void wellbeingOnlyWhenSwitchedOn();
    void leaderComesFromTheProfileByTeam();
    void aChangedPreparationCountsTheRevisionUp();
    void aVanishedReflectionIsNamed();
    void remindersTwoDaysAhead();

private:
    PreparationDraft draft();
    Opened<v1::Preparation> openAsLeader(
        const QByteArray& file, const exchange::KeySet& leader = test::leaderKeys());

    std::unique_ptr<test::ConversationTeacher> m_teacher;
};

void TestTeacherPreparation::init()
{
    m_teacher = std::make_unique<test::ConversationTeacher>();
    QVERIFY_RESULT(m_teacher->open());
}

PreparationDraft TestTeacherPreparation::draft()
{
    PreparationDraft d = PreparationDraft::fresh();
    d.plannedOn = plannedDay();
    d.points << DraftPoint { v1::AGENDA_PART_ENERGY, QStringLiteral("De werkdruk in december.") };
    return d;
}

Opened<v1::Preparation> TestTeacherPreparation::openAsLeader(
    const QByteArray& file, const exchange::KeySet& leader)
{
    auto opened = openPreparation(file, test::ownKeysOf(leader));
    if (!opened)
        qFatal("openPreparation: %s", qPrintable(opened.error().message));
    return *opened;
}

void TestTeacherPreparation::keyIsStableAndDerivedFromTheDeviceSecret()
{
    const QByteArray secret(32, 'a');
    const OwnKeys a = teacherConversationKeys(secret);
    const OwnKeys b = teacherConversationKeys(secret);
    QCOMPARE(a.signPublic, b.signPublic);
    QCOMPARE(a.boxPublic, b.boxPublic);
    QCOMPARE(a.signPublic.size(), 32);
    QVERIFY(crypto::isValidSignKey(a.signPublic));
    QVERIFY(crypto::isValidBoxKey(a.boxPublic));
    // Another device secret gives another key; a secret that is not one gives none at all.
    const OwnKeys other = teacherConversationKeys(QByteArray(32, 'b'));
    QVERIFY(other.signPublic != a.signPublic && other.boxPublic != a.boxPublic);
    QVERIFY(teacherConversationKeys(QByteArray(31, 'a')).signSecret.isEmpty());
    // The key is not the submission key of any period: another domain.
    QVERIFY(a.signPublic
        != exchange::submissionIdFor(
            secret, QStringLiteral("kc-de-linde"), QStringLiteral("2026-2027/1of6")));

    // The journal's key survives closing the app, and is the device secret's.
    auto first = m_teacher->conversations().ownKeys();
    QVERIFY_RESULT(first);
    auto secretOfJournal = m_teacher->session().exchangeStore().deviceSecret();
    QVERIFY_RESULT(secretOfJournal);
    QCOMPARE(first->signPublic, teacherConversationKeys(*secretOfJournal).signPublic);
    m_teacher->close();
    QVERIFY_RESULT(m_teacher->open(false));
    auto again = m_teacher->conversations().ownKeys();
    QVERIFY_RESULT(again);
    QCOMPARE(again->signPublic, first->signPublic);
    QCOMPARE(again->boxSecret, first->boxSecret);
}

void TestTeacherPreparation::draftSurvivesClosingTheJournal()
{
    auto none = m_teacher->store().draft();
    QVERIFY_RESULT(none);
    QVERIFY(!none->has_value());
    auto fresh = m_teacher->conversations().currentDraft();
    QVERIFY_RESULT(fresh);
    QCOMPARE(fresh->conversationId.size(), kConversationIdBytes);
    QVERIFY(!fresh->shareWellbeing); // off by default

    PreparationDraft d = draft();
    d.leaderId = QStringLiteral("bram");
    d.points << DraftPoint { v1::AGENDA_PART_FUTURE,
        QStringLiteral("Regie over mijn rooster\n– "
                       "en wat \"vrij\" betekent") };
    d.reflections << DraftChoice { 12, v1::AGENDA_PART_LOOKING_BACK };
    d.goals << DraftChoice { 3, v1::AGENDA_PART_GROWTH };
    d.hoursPart = v1::AGENDA_PART_GROWTH;
    d.shareWellbeing = true;
    QVERIFY_RESULT(m_teacher->store().saveDraft(d));
    m_teacher->close();

    QVERIFY_RESULT(m_teacher->open(false));
    auto kept = m_teacher->conversations().currentDraft();
    QVERIFY_RESULT(kept);
    QCOMPARE(*kept, d);
    QVERIFY_RESULT(m_teacher->store().removeDraft());
    auto gone = m_teacher->store().draft();
    QVERIFY_RESULT(gone);
    QVERIFY(!gone->has_value());
}

void TestTeacherPreparation::previewIsExactlyWhatTheLeaderOpens()
{
    const qint64 reflection
        = m_teacher->journal().add(kTicked, QDate(2026, 11, 3), { QStringLiteral("verbinding") });
    QVERIFY(reflection > 0);
    Goal goal;
    goal.title = QStringLiteral("Coöperatief leren in groep 3");
    goal.valueIds = { QStringLiteral("eigenaarschap") };
    goal.status = GoalStatus::Actief;
    auto goalId = m_teacher->session().pop().addGoal(goal);
    QVERIFY_RESULT(goalId);
    QVERIFY_RESULT(m_teacher->session().pop().addAction(
        { 0, *goalId, QStringLiteral("Twee lessen bij Noor kijken"), QDate(2026, 12, 1), true }));
    QVERIFY_RESULT(m_teacher->session().pop().addAction(
        { 0, *goalId, QStringLiteral("Eigen les laten filmen"), {}, false }));

    PreparationDraft d = draft();
    d.reflections << DraftChoice { reflection, v1::AGENDA_PART_LOOKING_BACK };
    d.goals << DraftChoice { *goalId, v1::AGENDA_PART_GROWTH };
    d.hoursPart = v1::AGENDA_PART_GROWTH;

    auto preview = m_teacher->conversations().buildPreparation(d);
    QVERIFY_RESULT(preview);
    auto sent = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(sent);
    const Opened<v1::Preparation> opened = openAsLeader(sent->file);
    QCOMPARE(QByteArray::fromStdString(opened.body.SerializeAsString()),
        QByteArray::fromStdString(preview->SerializeAsString()));

    // What the leader sees, part by part, with both names and the teacher's key.
    const v1::Preparation& body = opened.body;
    QCOMPARE(body.ref().revision(), 1u);
    QCOMPARE(QByteArray::fromStdString(body.ref().conversation_id()), d.conversationId);
    QCOMPARE(q(body.ref().teacher().name()), QStringLiteral("Tess Teacher"));
    QCOMPARE(q(body.ref().leader().name()),
        QStringLiteral("Lotte de Leider")); // the leader of onderbouw
    QCOMPARE(q(body.team_id()), QStringLiteral("onderbouw"));
    QCOMPARE(q(body.planned_on()), plannedDay().toString(Qt::ISODate));
    QCOMPARE(body.items_size(), 4);
    QCOMPARE(body.items(0).source(), v1::AgendaItem::SOURCE_REFLECTION);
    QCOMPARE(body.items(0).part(), v1::AGENDA_PART_LOOKING_BACK);
    QCOMPARE(QString::fromStdString(body.items(0).text()), kTicked);
    QCOMPARE(q(body.items(0).day()), QStringLiteral("2026-11-03"));
    QCOMPARE(q(body.items(0).kernwaarde_ids(0)), QStringLiteral("verbinding"));
    QCOMPARE(body.items(1).source(), v1::AgendaItem::SOURCE_OWN);
    QCOMPARE(body.items(1).part(), v1::AGENDA_PART_ENERGY);
    QCOMPARE(body.items(2).source(), v1::AgendaItem::SOURCE_GOAL);
    QCOMPARE(q(body.items(2).goal_ref()), QString::number(*goalId));
    QVERIFY2(QString::fromStdString(body.items(2).text()).contains(QStringLiteral("1 of 2")),
        body.items(2).text().c_str());
    QVERIFY(QString::fromStdString(body.items(2).text())
                .contains(QStringLiteral("Eigen les laten filmen")));
    QCOMPARE(body.items(3).source(), v1::AgendaItem::SOURCE_HOURS);
    QVERIFY(!body.has_wellbeing());

    // The journal keeps the body exactly as signed: the leader's digest is the journal's.
    auto record = m_teacher->store().conversation(d.conversationId);
    QVERIFY_RESULT(record);
    QVERIFY(record->has_value());
    QCOMPARE((*record)->preparationBody, opened.bodyBytes);
    QCOMPARE((*record)->preparationSignature, opened.signature);
    QCOMPARE((*record)->preparationDigest, opened.digest);
    QCOMPARE((*record)->leaderId, QStringLiteral("lotte"));
    QVERIFY_RESULT(
        readSignedPreparation((*record)->preparationBody, (*record)->preparationSignature));

    // The other leader cannot open it.
    const auto other = openPreparation(
        sent->file, test::ownKeysOf(test::leaderKeys("leader-bram", QStringLiteral("Bram Baas"))));
    QCOMPARE(codeOf(other), "Untrusted");
    QVERIFY(other.error().message.contains(QStringLiteral("another leader")));
}

void TestTeacherPreparation::anUntickedReflectionNeverLeaves()
{
    const qint64 ticked = m_teacher->journal().add(kTicked, QDate(2026, 11, 3));
    const qint64 unticked = m_teacher->journal().add(kUnticked, QDate(2026, 11, 4));
    QVERIFY(ticked > 0 && unticked > 0);
    PreparationDraft d = draft();
    d.reflections << DraftChoice { ticked, v1::AGENDA_PART_LOOKING_BACK };
    // A goal whose evidence is the unticked reflection brings a count, never its text.
    Goal goal;
    goal.title = QStringLiteral("Rust in de klas");
    goal.valueIds = { QStringLiteral("vertrouwen") };
    auto goalId = m_teacher->session().pop().addGoal(goal);
    QVERIFY_RESULT(goalId);
    QVERIFY_RESULT(m_teacher->session().pop().linkEvidence(*goalId, unticked));
    d.goals << DraftChoice { *goalId, v1::AGENDA_PART_GROWTH };

    auto sent = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(sent);
    const Opened<v1::Preparation> opened = openAsLeader(sent->file);
    // The scan finds a ticked text, so it would find the unticked one.
    QVERIFY(contains(opened.bodyBytes, kTicked));
    for (const QString& part : { kUnticked, kUnticked.left(20), QStringLiteral("stoppen") }) {
        QVERIFY2(!contains(opened.bodyBytes, part), qPrintable(part));
        QVERIFY2(!contains(sent->file, part), qPrintable(part));
        QVERIFY(!QString::fromStdString(opened.body.DebugString()).contains(part));
    }
    QVERIFY(!opened.bodyBytes.contains(QByteArray::number(unticked) + "\"")); // not even its id
}

void TestTeacherPreparation::wellbeingOnlyWhenSwitchedOn()
{
    CheckinStore& checkins = m_teacher->session().checkins();
    for (int week = 1; week <= 6; ++week) {
        const QDate day = test::defaultNow().date().addDays(-7 * week);
        QVERIFY_RESULT(checkins.add({ QStringLiteral("pulse"), day, { 2, 4, 3, 2 }, {} }));
        if (week % 2 == 0)
            QVERIFY_RESULT(checkins.add({ QStringLiteral("who5"), day, { 1, 2, 1, 2, 1 }, {} }));
    }
    PreparationDraft d = draft();
    auto off = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(off);
    const Opened<v1::Preparation> closed = openAsLeader(off->file);
    QVERIFY(!closed.body.has_wellbeing());
    QVERIFY(!closed.bodyBytes.contains("who5") && !closed.bodyBytes.contains("pulse"));

    d.shareWellbeing = true;
    auto on = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(on);
    const Opened<v1::Preparation> shared = openAsLeader(on->file);
    QVERIFY(shared.body.has_wellbeing());
    QCOMPARE(shared.body.ref().revision(), 2u);
    QMap<std::string, int> points;
    for (const v1::WellbeingSeries& series : shared.body.wellbeing().series())
        points.insert(series.instrument_id(), series.points_size());
    QCOMPARE(points.value("pulse"), 6);
    QCOMPARE(points.value("who5"), 3);
    const v1::WellbeingSeries& first = shared.body.wellbeing().series(0);
    QVERIFY(first.points(0).period_start() < first.points(1).period_start()); // oldest first
    QVERIFY(!wellbeingWarning().isEmpty());

    // Switched off again, the next revision holds none of it.
    d.shareWellbeing = false;
    auto offAgain = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(offAgain);
    QVERIFY(!openAsLeader(offAgain->file).body.has_wellbeing());
}

void TestTeacherPreparation::leaderComesFromTheProfileByTeam()
{
    PreparationDraft d = draft();
    auto lotte = m_teacher->conversations().leaderFor(d);
    QVERIFY_RESULT(lotte);
    QCOMPARE(lotte->id, QStringLiteral("lotte"));

    d.leaderId = QStringLiteral("bram");
    auto sent = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(sent);
    const Opened<v1::Preparation> opened
        = openAsLeader(sent->file, test::leaderKeys("leader-bram", QStringLiteral("Bram Baas")));
    QCOMPARE(q(opened.body.ref().leader().name()), QStringLiteral("Bram Baas"));

    // Once sent to Bram, the conversation stays Bram's; a leader the profile lacks is refused.
    const QString before = m_teacher->dump();
    d.leaderId = QStringLiteral("lotte");
    QCOMPARE(codeOf(m_teacher->conversations().sendPreparation(d)), "InvalidInput");
    d.leaderId = QStringLiteral("mallory");
    auto unknown = m_teacher->conversations().sendPreparation(d);
    QCOMPARE(codeOf(unknown), "InvalidInput");
    QVERIFY(unknown.error().message.contains(QStringLiteral("mallory")));
    QCOMPARE(m_teacher->dump(), before);

    // Without a team and without a choice, the teacher is asked to choose.
    QVERIFY_RESULT(m_teacher->session().exchangeStore().setSettings({}));
    PreparationDraft noTeam = draft();
    QCOMPARE(codeOf(m_teacher->conversations().buildPreparation(noTeam)), "InvalidInput");
}

void TestTeacherPreparation::aChangedPreparationCountsTheRevisionUp()
{
    PreparationDraft d = draft();
    QVERIFY_RESULT(m_teacher->store().saveDraft(d));
    auto first = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(first);
    QCOMPARE(first->body.ref().revision(), 1u);
    QVERIFY(first->newRevision);

    // Unchanged: the same revision, nothing recorded again.
    const QString before = m_teacher->dump();
    auto same = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(same);
    QCOMPARE(same->body.ref().revision(), 1u);
    QVERIFY(!same->newRevision);
    QCOMPARE(m_teacher->dump(), before);
    QCOMPARE(openAsLeader(same->file).digest, openAsLeader(first->file).digest);

    // Changed: the preview already shows the next revision, and sending records it.
    d.points << DraftPoint { v1::AGENDA_PART_FUTURE, QStringLiteral("Een tweede punt.") };
    auto preview = m_teacher->conversations().buildPreparation(d);
    QVERIFY_RESULT(preview);
    QCOMPARE(preview->ref().revision(), 2u);
    auto second = m_teacher->conversations().sendPreparation(d);
    QVERIFY_RESULT(second);
    QCOMPARE(second->body.ref().revision(), 2u);
    auto record = m_teacher->store().conversation(d.conversationId);
    QVERIFY_RESULT(record);
    QCOMPARE((*record)->preparationRevision, 2u);
    QCOMPARE((*record)->preparationDigest, openAsLeader(second->file).digest);
    // The kept draft is what was sent.
    auto kept = m_teacher->store().draft();
    QVERIFY_RESULT(kept);
    QCOMPARE(**kept, d);

    // Once the verslag is in, the preparation cannot change any more.
    QVERIFY_RESULT(m_teacher->conversations().importVerslag(
        test::verslagFile(test::verslagTo(openAsLeader(second->file)), test::leaderKeys())));
    auto draftAfter = m_teacher->store().draft();
    QVERIFY_RESULT(draftAfter);
    QVERIFY(!draftAfter->has_value()); // done with
    d.points << DraftPoint { v1::AGENDA_PART_FUTURE, QStringLiteral("Te laat.") };
    const QString held = m_teacher->dump();
    auto late = m_teacher->conversations().sendPreparation(d);
    QCOMPARE(codeOf(late), "InvalidInput");
    QVERIFY(late.error().message.contains(QStringLiteral("verslag")));
    QCOMPARE(m_teacher->dump(), held);
}

void TestTeacherPreparation::aVanishedReflectionIsNamed()
{
    const qint64 id = m_teacher->journal().add(kTicked, QDate(2026, 11, 3));
    PreparationDraft d = draft();
    d.reflections << DraftChoice { id, v1::AGENDA_PART_LOOKING_BACK };
    QVERIFY_RESULT(m_teacher->session().journal().remove(id));
    auto refused = m_teacher->conversations().sendPreparation(d);
    QCOMPARE(codeOf(refused), "NotFound");
    QVERIFY(refused.error().message.contains(QString::number(id)));
    auto none = m_teacher->store().conversations();
    QVERIFY_RESULT(none);
    QVERIFY(none->isEmpty());
}

void TestTeacherPreparation::remindersTwoDaysAhead()
{
    const QDate today = test::defaultNow().date();
    PreparationDraft soon = draft();
    soon.plannedOn = today.addDays(2);
    QVERIFY_RESULT(m_teacher->conversations().sendPreparation(soon));
    PreparationDraft later = draft();
    later.plannedOn = today.addDays(3);
    QVERIFY_RESULT(m_teacher->conversations().sendPreparation(later));

    auto due = m_teacher->conversations().reminders(today);
    QVERIFY_RESULT(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().conversationId, soon.conversationId);
    QCOMPARE(due->first().leaderName, QStringLiteral("Lotte de Leider"));
    QVERIFY(due->first().sent);
    auto nextDay = m_teacher->conversations().reminders(today.addDays(1));
    QVERIFY_RESULT(nextDay);
    QCOMPARE(nextDay->size(), 1);
    QCOMPARE(nextDay->first().conversationId, later.conversationId);

    // A draft not sent yet reminds the teacher to prepare.
    PreparationDraft unsent = draft();
    unsent.plannedOn = today.addDays(5);
    QVERIFY_RESULT(m_teacher->store().saveDraft(unsent));
    auto prepare = m_teacher->conversations().reminders(today.addDays(3));
    QVERIFY_RESULT(prepare);
    QCOMPARE(prepare->size(), 1);
    QVERIFY(!prepare->first().sent);
}

QTEST_GUILESS_MAIN(TestTeacherPreparation)
#include "tst_teacher_preparation.moc"
