// After the conversation: the teacher imports the leader's verslag (and refuses every file that
// does not answer their last preparation from the leader it was sealed to), responds to each
// agreement, and the accepted ones become POP actions that come back, while open, in the
// terugblik of the next preparation.
#include "pop/pop_store.h"
#include "teacher_fixture.h"

#include <QTest>

using namespace kw;
using namespace kw::conversation;
using kw::test::codeOf;

namespace {

QString q(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QByteArray idOf(const v1::Agreement& a)
{
    return QByteArray::fromStdString(a.id());
}

AgreementChoice agree(const v1::Agreement& a, const QString& reaction = {})
{
    return { idOf(a), true, reaction, {} };
}

AgreementChoice seen(const v1::Agreement& a, const QString& reaction = {})
{
    return { idOf(a), false, reaction, {} };
}

} // namespace

class TestTeacherVerslag : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_teacher.reset(); }

    void verslagIsKeptExactlyAsSigned();
    void aNewerVerslagReplacesAnUnansweredOne();
    void refusedVerslagenChangeNothing_data();
    void refusedVerslagenChangeNothing();
    void aVerslagForAClosedConversationIsRefused();
    void respondingTurnsAcceptedAgreementsIntoPopActions();
    void everyAgreementMustBeAnswered();
    void aNewGoalNeedsAKernwaarde();
    void onlyGoalsThePreparationSharedGetActions();
    void openAgreementsComeBackInTheNextPreparation();

private:
    /** Sends a preparation (planned in a week) and returns what Lotte opens. */
    Opened<v1::Preparation> prepare(
        PreparationDraft* out = nullptr, const QList<qint64>& sharedGoals = {});
    Status importVerslag(
        const v1::Verslag& verslag, const exchange::KeySet& leader = test::leaderKeys());
    qint64 addGoal(const QString& title);

    std::unique_ptr<test::ConversationTeacher> m_teacher;
};

void TestTeacherVerslag::init()
{
    m_teacher = std::make_unique<test::ConversationTeacher>();
    QVERIFY_RESULT(m_teacher->open());
}

Opened<v1::Preparation> TestTeacherVerslag::prepare(
    PreparationDraft* out, const QList<qint64>& sharedGoals)
{
    PreparationDraft d = PreparationDraft::fresh();
    d.plannedOn = test::defaultNow().date().addDays(7);
    d.points << DraftPoint { v1::AGENDA_PART_LOOKING_BACK, QStringLiteral("Het schoolreisje.") };
    for (qint64 goal : sharedGoals)
        d.goals << DraftChoice { goal, v1::AGENDA_PART_GROWTH };
    auto sent = m_teacher->conversations().sendPreparation(d);
    if (!sent)
        qFatal("sendPreparation: %s", qPrintable(sent.error().message));
    if (out)
        *out = d;
    auto opened = openPreparation(sent->file, test::ownKeysOf(test::leaderKeys()));
    if (!opened)
        qFatal("openPreparation: %s", qPrintable(opened.error().message));
    return *opened;
}

Status TestTeacherVerslag::importVerslag(const v1::Verslag& verslag, const exchange::KeySet& leader)
{
    auto imported = m_teacher->conversations().importVerslag(test::verslagFile(verslag, leader));
    if (!imported)
        return imported.error();
    return {};
}

qint64 TestTeacherVerslag::addGoal(const QString& title)
{
    Goal goal;
    goal.title = title;
    goal.valueIds = { QStringLiteral("talentontwikkeling") };
    goal.status = GoalStatus::Actief;
    auto id = m_teacher->session().pop().addGoal(goal);
    return id ? *id : 0;
}

void TestTeacherVerslag::verslagIsKeptExactlyAsSigned()
{
    const Opened<v1::Preparation> prep = prepare();
    const v1::Verslag verslag
        = test::verslagTo(prep, { test::agreement(QStringLiteral("Intervisie starten")) });
    const QByteArray file = test::verslagFile(verslag, test::leaderKeys());
    auto imported = m_teacher->conversations().importVerslag(file);
    QVERIFY_RESULT(imported);
    QVERIFY(!imported->replaced);
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());
    auto record = m_teacher->store().conversation(id);
    QVERIFY_RESULT(record);
    QCOMPARE((*record)->state(), TeacherConversationState::Held);
    QCOMPARE((*record)->verslagRevision, 1u);
    auto opened = openVerslag(file, *m_teacher->conversations().ownKeys());
    QVERIFY_RESULT(opened);
    QCOMPARE((*record)->verslagBody, opened->bodyBytes);
    QCOMPARE((*record)->verslagSignature, opened->signature);
    auto again = m_teacher->conversations().verslag(id);
    QVERIFY_RESULT(again);
    QCOMPARE(q(again->agreements(0).what()), QStringLiteral("Intervisie starten"));
    QCOMPARE(q(again->notes(0).notes()), QStringLiteral("Goed gesprek over de onderbouw."));
}

void TestTeacherVerslag::aNewerVerslagReplacesAnUnansweredOne()
{
    const Opened<v1::Preparation> prep = prepare();
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { test::agreement(QStringLiteral("A")) })));
    auto newer = m_teacher->conversations().importVerslag(test::verslagFile(
        test::verslagTo(prep, { test::agreement(QStringLiteral("B")) }, 2), test::leaderKeys()));
    QVERIFY_RESULT(newer);
    QVERIFY(newer->replaced);
    auto kept = m_teacher->conversations().verslag(
        QByteArray::fromStdString(prep.body.ref().conversation_id()));
    QVERIFY_RESULT(kept);
    QCOMPARE(kept->ref().revision(), 2u);
    QCOMPARE(q(kept->agreements(0).what()), QStringLiteral("B"));
}

void TestTeacherVerslag::refusedVerslagenChangeNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("for another teacher") << "other-teacher"
                                         << "Untrusted"
                                         << "another teacher";
    QTest::newRow("another conversation") << "other-conversation"
                                          << "Untrusted"
                                          << "not on this device";
    QTest::newRow("another leader's signature") << "other-leader"
                                                << "Untrusted"
                                                << "someone else than the leader";
    QTest::newRow("an earlier preparation") << "earlier-preparation"
                                            << "InvalidInput"
                                            << "another version of your preparation";
    QTest::newRow("replayed") << "replayed"
                              << "InvalidInput"
                              << "imported before";
    QTest::newRow("older revision") << "older"
                                    << "InvalidInput"
                                    << "newer version 3";
    QTest::newRow("tampered") << "tampered"
                              << "Untrusted"
                              << "changed";
    QTest::newRow("truncated") << "truncated"
                               << ""
                               << "";
    QTest::newRow("a preparation, not a verslag") << "wrong-kind"
                                                  << ""
                                                  << "";
}

void TestTeacherVerslag::refusedVerslagenChangeNothing()
{
    QFETCH(QString, how);
    QFETCH(QString, code);
    QFETCH(QString, says);
    PreparationDraft draft;
    const Opened<v1::Preparation> first = prepare(&draft);
    const exchange::KeySet lotte = test::leaderKeys();
    QByteArray file;
    if (how == QStringLiteral("other-teacher")) {
        // Sealed to a teacher of another device: a ref with that teacher's keys.
        const OwnKeys stranger = teacherConversationKeys(QByteArray(32, 's'));
        v1::Verslag v = test::verslagTo(first);
        v.mutable_ref()->mutable_teacher()->set_sign_key(stranger.signPublic.toStdString());
        v.mutable_ref()->mutable_teacher()->set_box_key(stranger.boxPublic.toStdString());
        file = test::verslagFile(v, lotte);
    } else if (how == QStringLiteral("other-conversation")) {
        v1::Verslag v = test::verslagTo(first);
        v.mutable_ref()->set_conversation_id(crypto::randomBytes(16).toStdString());
        file = test::verslagFile(v, lotte);
    } else if (how == QStringLiteral("other-leader")) {
        const exchange::KeySet bram = test::leaderKeys("leader-bram", QStringLiteral("Bram Baas"));
        v1::Verslag v = test::verslagTo(first);
        v.mutable_ref()->mutable_leader()->set_name("Bram Baas");
        v.mutable_ref()->mutable_leader()->set_sign_key(bram.signPublic.toStdString());
        v.mutable_ref()->mutable_leader()->set_box_key(bram.boxPublic.toStdString());
        file = test::verslagFile(v, bram);
    } else if (how == QStringLiteral("earlier-preparation")) {
        draft.points << DraftPoint { v1::AGENDA_PART_FUTURE, QStringLiteral("Nog iets.") };
        QVERIFY_RESULT(m_teacher->conversations().sendPreparation(draft)); // revision 2
        file = test::verslagFile(test::verslagTo(first), lotte); // answers revision 1
    } else if (how == QStringLiteral("replayed")) {
        file = test::verslagFile(test::verslagTo(first), lotte);
        QVERIFY_RESULT(m_teacher->conversations().importVerslag(file));
    } else if (how == QStringLiteral("older")) {
        QVERIFY_RESULT(importVerslag(test::verslagTo(first, {}, 3)));
        file = test::verslagFile(test::verslagTo(first, {}, 2), lotte);
    } else if (how == QStringLiteral("tampered")) {
        file = test::verslagFile(test::verslagTo(first), lotte);
        file[file.size() - 20] = char(file.at(file.size() - 20) ^ 0x01);
    } else if (how == QStringLiteral("truncated")) {
        file = test::verslagFile(test::verslagTo(first), lotte);
        file.chop(40);
    } else if (how == QStringLiteral("wrong-kind")) {
        auto prep = m_teacher->conversations().sendPreparation(draft);
        QVERIFY_RESULT(prep);
        file = prep->file;
    }
    const QString before = m_teacher->dump();
    auto refused = m_teacher->conversations().importVerslag(file);
    QVERIFY(!refused.ok());
    if (!code.isEmpty())
        QCOMPARE(codeOf(refused), qPrintable(code));
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
    QCOMPARE(m_teacher->dump(), before);
}

void TestTeacherVerslag::aVerslagForAClosedConversationIsRefused()
{
    const Opened<v1::Preparation> prep = prepare();
    const v1::Agreement a
        = test::agreement(QStringLiteral("Coachingstraject"), QStringLiteral("vertrouwen"));
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { a })));
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());
    QVERIFY_RESULT(m_teacher->conversations().respond(id, { { agree(a) }, {} }));

    const QString before = m_teacher->dump();
    auto newer = m_teacher->conversations().importVerslag(
        test::verslagFile(test::verslagTo(prep, { a }, 2), test::leaderKeys()));
    QCOMPARE(codeOf(newer), "InvalidInput");
    QVERIFY2(newer.error().message.contains(QStringLiteral("closed")),
        qPrintable(newer.error().message));
    // Responding again is refused too; the same response can be written again.
    QCOMPARE(codeOf(m_teacher->conversations().respond(id, { { agree(a) }, {} })), "InvalidInput");
    QCOMPARE(m_teacher->dump(), before);
    auto again = m_teacher->conversations().responseFile(id);
    QVERIFY_RESULT(again);
    auto opened = openResponse(*again, test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(opened);
    auto record = m_teacher->store().conversation(id);
    QCOMPARE(opened->bodyBytes, (*record)->responseBody);
}

void TestTeacherVerslag::respondingTurnsAcceptedAgreementsIntoPopActions()
{
    const qint64 goalId = addGoal(QStringLiteral("Coöperatief leren"));
    QVERIFY(goalId > 0);
    const Opened<v1::Preparation> prep = prepare(nullptr, { goalId });
    const v1::Agreement onGoal = test::agreement(QStringLiteral("Twee lessen bij Noor kijken"), {},
        QString::number(goalId), QStringLiteral("2027-01-31"));
    v1::Agreement newGoal = test::agreement(
        QStringLiteral("Scholing rekendidactiek volgen"), QStringLiteral("talentontwikkeling"));
    newGoal.set_goal_title("Rekenonderwijs versterken");
    const v1::Agreement goneGoal = test::agreement(
        QStringLiteral("Mentor worden"), QStringLiteral("verbinding"), QStringLiteral("9999"));
    const v1::Agreement notAgreed = test::agreement(QStringLiteral("Extra taak in de MR"));
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { onGoal, newGoal, goneGoal, notAgreed })));
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());

    // Answered in another order than the verslag's; the response follows the verslag.
    ResponseInput input { { seen(notAgreed, QStringLiteral("Daar heb ik geen ruimte voor.")),
                              agree(goneGoal), agree(newGoal),
                              agree(onGoal, QStringLiteral("Graag!")) },
        QStringLiteral("Dank voor het gesprek.") };
    auto responded = m_teacher->conversations().respond(id, input);
    QVERIFY_RESULT(responded);
    QCOMPARE(responded->changes.size(), 3);

    // The leader opens the response: every agreement answered, in the verslag's order.
    auto opened = openResponse(responded->file, test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(opened);
    const v1::Response& body = opened->body;
    QCOMPARE(body.answers_size(), 4);
    QCOMPARE(body.answers(0).agreement_id(), onGoal.id());
    QCOMPARE(body.answers(0).status(), v1::AgreementAnswer::STATUS_AGREED);
    QCOMPARE(q(body.answers(0).reaction()), QStringLiteral("Graag!"));
    QCOMPARE(body.answers(3).status(), v1::AgreementAnswer::STATUS_SEEN);
    QCOMPARE(q(body.reaction()), QStringLiteral("Dank voor het gesprek."));
    auto record = m_teacher->store().conversation(id);
    QVERIFY_RESULT(record);
    QCOMPARE(body.verslag_digest(), (*record)->verslagDigest.toStdString());
    QCOMPARE((*record)->state(), TeacherConversationState::Closed);
    QCOMPARE((*record)->responseBody, opened->bodyBytes);

    // The agreement on an existing goal is an action of that goal, with its date.
    PopStore& pop = m_teacher->session().pop();
    auto actions = pop.actions(goalId);
    QVERIFY_RESULT(actions);
    QCOMPARE(actions->size(), 1);
    QCOMPARE(actions->first().title, QStringLiteral("Twee lessen bij Noor kijken"));
    QCOMPARE(actions->first().due, QDate(2027, 1, 31));
    // The others became new active goals with the agreement's kernwaarde.
    auto goals = pop.goals();
    QVERIFY_RESULT(goals);
    QCOMPARE(goals->size(), 3);
    const Goal& made = goals->at(1);
    QCOMPARE(made.title, QStringLiteral("Rekenonderwijs versterken"));
    QCOMPARE(made.valueIds, QStringList { QStringLiteral("talentontwikkeling") });
    QCOMPARE(made.status, GoalStatus::Actief);
    auto madeActions = pop.actions(made.id);
    QCOMPARE(madeActions->first().title, QStringLiteral("Scholing rekendidactiek volgen"));
    QCOMPARE(goals->at(2).title, QStringLiteral("Mentor worden"));
    QCOMPARE(goals->at(2).valueIds, QStringList { QStringLiteral("verbinding") });

    // Linked to the conversation: open until the action is done; the seen one has none.
    auto links = m_teacher->store().agreementLinks(id);
    QVERIFY_RESULT(links);
    QCOMPARE(links->size(), 4);
    int open = 0;
    for (const AgreementLink& link : *links) {
        open += link.isOpen();
        if (link.agreementId == idOf(notAgreed))
            QVERIFY(!link.agreed && link.actionId == 0);
        if (link.agreementId == idOf(onGoal)) {
            QCOMPARE(link.goalId, goalId);
            QCOMPARE(link.actionId, actions->first().id);
        }
    }
    QCOMPARE(open, 3);
    QVERIFY_RESULT(pop.setActionDone(actions->first().id, true));
    auto after = m_teacher->store().agreementLinks(id);
    QCOMPARE(std::count_if(
                 after->cbegin(), after->cend(), [](const AgreementLink& l) { return l.isOpen(); }),
        2);
}

void TestTeacherVerslag::onlyGoalsThePreparationSharedGetActions()
{
    const qint64 shared = addGoal(QStringLiteral("Coöperatief leren"));
    const qint64 kept = addGoal(QStringLiteral("Solliciteren elders"));
    QVERIFY(shared > 0 && kept > 0);
    const Opened<v1::Preparation> prep = prepare(nullptr, { shared });
    QCOMPARE(sharedGoalRefs(prep.body), QSet<std::string> { goalRef(shared).toStdString() });
    // The leader names the goal the teacher kept to themselves, and a goal id that does not
    // exist: both become new goals alike, so the outcome does not tell which one exists.
    const v1::Agreement onShared
        = test::agreement(QStringLiteral("Twee lessen bij Noor kijken"), {}, goalRef(shared));
    const v1::Agreement onKept = test::agreement(
        QStringLiteral("Sollicitatiebrief nalezen"), QStringLiteral("vertrouwen"), goalRef(kept));
    const v1::Agreement onNone = test::agreement(
        QStringLiteral("Portfolio bijwerken"), QStringLiteral("vertrouwen"), goalRef(kept + 1000));
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { onShared, onKept, onNone })));
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());
    auto responded = m_teacher->conversations().respond(
        id, { { agree(onShared), agree(onKept), agree(onNone) }, {} });
    QVERIFY_RESULT(responded);
    QCOMPARE(responded->changes.size(), 3);
    QCOMPARE(responded->changes[0].goalId, shared);
    QVERIFY(!responded->changes[0].newGoal);
    QVERIFY(responded->changes[1].newGoal && responded->changes[2].newGoal);
    QVERIFY(responded->changes[1].goalId != kept && responded->changes[2].goalId != kept);
    PopStore& pop = m_teacher->session().pop();
    auto onKeptGoal = pop.actions(kept);
    QVERIFY_RESULT(onKeptGoal);
    QVERIFY(onKeptGoal->isEmpty()); // the goal the teacher did not share is untouched
    QCOMPARE(pop.actions(shared)->size(), 1);
    auto goals = pop.goals();
    QVERIFY_RESULT(goals);
    QCOMPARE(goals->size(), 4);
}

void TestTeacherVerslag::everyAgreementMustBeAnswered()
{
    const Opened<v1::Preparation> prep = prepare();
    const v1::Agreement a = test::agreement(QStringLiteral("Eén"), QStringLiteral("vertrouwen"));
    const v1::Agreement b = test::agreement(QStringLiteral("Twee"), QStringLiteral("vertrouwen"));
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { a, b })));
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());
    const QString before = m_teacher->dump();

    auto missing = m_teacher->conversations().respond(id, { { agree(a) }, {} });
    QCOMPARE(codeOf(missing), "InvalidInput");
    QVERIFY(missing.error().message.contains(QStringLiteral("Twee")));
    auto twice = m_teacher->conversations().respond(id, { { agree(a), seen(a), agree(b) }, {} });
    QCOMPARE(codeOf(twice), "InvalidInput");
    v1::Agreement stranger = test::agreement(QStringLiteral("Drie"));
    auto unknown
        = m_teacher->conversations().respond(id, { { agree(a), agree(b), agree(stranger) }, {} });
    QCOMPARE(codeOf(unknown), "InvalidInput");
    auto tooLong = m_teacher->conversations().respond(
        id, { { agree(a), seen(b) }, QString(kMaxTextChars + 1, QLatin1Char('x')) });
    QVERIFY(!tooLong.ok());
    QCOMPARE(m_teacher->dump(), before);

    // Before a verslag, there is nothing to respond to.
    const Opened<v1::Preparation> other = prepare();
    QCOMPARE(codeOf(m_teacher->conversations().respond(
                 QByteArray::fromStdString(other.body.ref().conversation_id()), {})),
        "InvalidInput");
}

void TestTeacherVerslag::aNewGoalNeedsAKernwaarde()
{
    const Opened<v1::Preparation> prep = prepare();
    const v1::Agreement bare = test::agreement(QStringLiteral("Een buddy zoeken"));
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { bare })));
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());
    const QString before = m_teacher->dump();
    auto refused = m_teacher->conversations().respond(id, { { agree(bare) }, {} });
    QCOMPARE(codeOf(refused), "InvalidInput");
    QVERIFY(refused.error().message.contains(QStringLiteral("kernwaarde")));
    QVERIFY(refused.error().message.contains(QStringLiteral("Een buddy zoeken")));
    AgreementChoice unknownValue = agree(bare);
    unknownValue.kernwaardeId = QStringLiteral("gehoorzaamheid");
    QCOMPARE(
        codeOf(m_teacher->conversations().respond(id, { { unknownValue }, {} })), "InvalidInput");
    QCOMPARE(m_teacher->dump(), before);

    // Seen, not agreed, it needs none; agreed with the teacher's kernwaarde (by name) it works.
    AgreementChoice chosen = agree(bare);
    chosen.kernwaardeId = QStringLiteral("Verbinding");
    auto responded = m_teacher->conversations().respond(id, { { chosen }, {} });
    QVERIFY_RESULT(responded);
    auto goal = m_teacher->session().pop().goal(responded->changes.first().goalId);
    QVERIFY_RESULT(goal);
    QCOMPARE(goal->valueIds, QStringList { QStringLiteral("verbinding") });
    QCOMPARE(goal->title, QStringLiteral("Een buddy zoeken"));
}

void TestTeacherVerslag::openAgreementsComeBackInTheNextPreparation()
{
    const Opened<v1::Preparation> prep = prepare();
    const v1::Agreement done = test::agreement(QStringLiteral("Lesbezoek plannen"),
        QStringLiteral("vertrouwen"), {}, QStringLiteral("2027-02-01"));
    const v1::Agreement open = test::agreement(
        QStringLiteral("Teamoverleg voorzitten"), QStringLiteral("eigenaarschap"));
    const v1::Agreement notAgreed = test::agreement(QStringLiteral("Minder mailen"));
    QVERIFY_RESULT(importVerslag(test::verslagTo(prep, { done, open, notAgreed })));
    const QByteArray id = QByteArray::fromStdString(prep.body.ref().conversation_id());
    auto responded = m_teacher->conversations().respond(
        id, { { agree(done), agree(open), seen(notAgreed) }, {} });
    QVERIFY_RESULT(responded);
    QVERIFY_RESULT(
        m_teacher->session().pop().setActionDone(responded->changes.at(0).actionId, true));

    // Months later: the next preparation starts with what is still open, in the terugblik.
    m_teacher->clock().set(test::defaultNow().addDays(120));
    PreparationDraft next = PreparationDraft::fresh();
    next.plannedOn = m_teacher->clock().today().addDays(7);
    auto body = m_teacher->conversations().buildPreparation(next);
    QVERIFY_RESULT(body);
    QCOMPARE(body->items_size(), 1);
    const v1::AgendaItem& item = body->items(0);
    QCOMPARE(item.source(), v1::AgendaItem::SOURCE_AGREEMENT);
    QCOMPARE(item.part(), v1::AGENDA_PART_LOOKING_BACK);
    QCOMPARE(q(item.title()), QStringLiteral("Teamoverleg voorzitten"));
    QCOMPARE(item.agreement_id(), open.id());
    QCOMPARE(q(item.kernwaarde_ids(0)), QStringLiteral("eigenaarschap"));
    QCOMPARE(q(item.goal_ref()), QString::number(responded->changes.at(1).goalId));

    // Sent and opened by the leader, it is there; once its action is done it no longer is.
    auto sent = m_teacher->conversations().sendPreparation(next);
    QVERIFY_RESULT(sent);
    auto opened = openPreparation(sent->file, test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(opened);
    QCOMPARE(opened->body.items(0).agreement_id(), open.id());
    QVERIFY_RESULT(
        m_teacher->session().pop().setActionDone(responded->changes.at(1).actionId, true));
    PreparationDraft later = PreparationDraft::fresh();
    later.plannedOn = next.plannedOn;
    later.points << DraftPoint { v1::AGENDA_PART_FUTURE, QStringLiteral("Verder.") };
    auto none = m_teacher->conversations().buildPreparation(later);
    QVERIFY_RESULT(none);
    QCOMPARE(none->items_size(), 1);
    QCOMPARE(none->items(0).source(), v1::AgendaItem::SOURCE_OWN);
}

QTEST_GUILESS_MAIN(TestTeacherVerslag)
#include "tst_teacher_verslag.moc"
