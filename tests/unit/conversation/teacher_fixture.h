#pragma once

// A teacher's journal with a school's co-signed profile that lists two leaders, and the leaders'
// side of the files as far as the teacher's tests need it (open a preparation, write a verslag).
// Seeded keys: every run uses the same ones.

#include "conversation/conversation_file.h"
#include "conversation/teacher_conversation_key.h"
#include "conversation/teacher_conversations.h"
#include "exchange/crypto.h"
#include "exchange/key_file.h"
#include "exchange/verification_code.h"
#include "exchange_fixtures.h"
#include "test_support.h"

#include <QTest>

namespace kw::test {

namespace v1 = ::kernwijzer::v1;

inline exchange::KeySet leaderKeys(
    const char* seed = "leader-lotte", const QString& name = QStringLiteral("Lotte de Leider"))
{
    return exchange::createKeySet(
        v1::PARTY_LEADER, name, QStringLiteral("Teamleider"), crypto::hash(seed));
}

inline conversation::OwnKeys ownKeysOf(const exchange::KeySet& k)
{
    return { k.signPublic, k.signSecret, k.boxPublic, k.boxSecret };
}

/** The test school with Lotte (onderbouw, middenbouw) and Bram (bovenbouw) as leaders. */
inline SchoolProfile profileWithLeaders()
{
    SchoolProfile p = signedProfileFor(schoolKeys(), custodianKeys());
    p.leaders = {
        Leader { QStringLiteral("lotte"),
            { QStringLiteral("onderbouw"), QStringLiteral("middenbouw") }, leaderKeys().holder() },
        Leader { QStringLiteral("bram"), { QStringLiteral("bovenbouw") },
            leaderKeys("leader-bram", QStringLiteral("Bram Baas")).holder() },
    };
    return p;
}

/**
 * A teacher (TempTeacher) in team onderbouw of profileWithLeaders(), named "Tess Teacher", with
 * the conversations service over the session.
 */
class ConversationTeacher
{
public:
    explicit ConversationTeacher(const QDateTime& now = defaultNow())
        : m_teacher(now)
    { }

    /** Opens the journal and, the first time, installs the profile and sets team and name. */
    [[nodiscard]] Status open(bool firstTime = true)
    {
        m_conversations.reset();
        if (Status s = m_teacher.open(); !s)
            return s;
        if (firstTime) {
            const SchoolProfile profile = profileWithLeaders();
            auto check = m_teacher.session().exchange().checkImport(
                coSignedFile(profile, schoolKeys(), custodianKeys()));
            if (!check)
                return check.error();
            if (Status s = m_teacher.session().install(*check, exchange::verificationCode(profile));
                !s)
                return s;
            if (Status s = m_teacher.session().exchangeStore().setSettings(
                    { false, { QStringLiteral("onderbouw"), {}, {} } });
                !s)
                return s;
        }
        m_conversations = std::make_unique<conversation::TeacherConversations>(m_teacher.session());
        if (firstTime)
            return m_conversations->store().setTeacherName(QStringLiteral("Tess Teacher"));
        return {};
    }
    void close()
    {
        m_conversations.reset();
        m_teacher.close();
    }

    TempTeacher& journal() { return m_teacher; }
    TeacherSession& session() { return m_teacher.session(); }
    conversation::TeacherConversations& conversations() { return *m_conversations; }
    conversation::TeacherConversationStore& store() { return m_conversations->store(); }
    FixedClock& clock() { return m_teacher.clock(); }

    /** Every row of the conversation tables, the app state and the POP, as text. */
    QString dump()
    {
        return tableDump(m_teacher.db(),
            { "conversation", "conversation_agreement", "app_state", "goal", "goal_value",
                "goal_action" });
    }

private:
    TempTeacher m_teacher;
    std::unique_ptr<conversation::TeacherConversations> m_conversations;
};

/** One agreement as a leader's app makes it. */
inline v1::Agreement agreement(const QString& what, const QString& kernwaarde = {},
    const QString& goalRef = {}, const QString& due = {})
{
    v1::Agreement a;
    a.set_id(crypto::randomBytes(conversation::kAgreementIdBytes).toStdString());
    a.set_what(what.toStdString());
    a.set_who("teacher");
    a.set_due(due.toStdString());
    a.set_kernwaarde_id(kernwaarde.toStdString());
    a.set_goal_ref(goalRef.toStdString());
    return a;
}

/**
 * The verslag @p leader writes (revision @p revision) to the preparation @p opened, with
 * @p agreements: its ref is the preparation's, as the leader's app copies it.
 */
inline v1::Verslag verslagTo(const conversation::Opened<v1::Preparation>& opened,
    const QList<v1::Agreement>& agreements = {}, quint32 revision = 1)
{
    v1::Verslag v;
    *v.mutable_ref() = opened.body.ref();
    v.mutable_ref()->set_revision(revision);
    v.set_preparation_digest(opened.digest.toStdString());
    v.set_held_on(opened.body.planned_on());
    v.set_written_on(opened.body.planned_on());
    v1::PartNotes* notes = v.add_notes();
    notes->set_part(v1::AGENDA_PART_LOOKING_BACK);
    notes->set_notes("Goed gesprek over de onderbouw.");
    for (const v1::Agreement& a : agreements)
        *v.add_agreements() = a;
    return v;
}

/** Writes @p verslag as @p leader would; fails the test when the format refuses it. */
inline QByteArray verslagFile(const v1::Verslag& verslag, const exchange::KeySet& leader)
{
    auto file = conversation::writeVerslag(verslag, ownKeysOf(leader));
    if (!file)
        qFatal("writeVerslag: %s", qPrintable(file.error().message));
    return *file;
}

} // namespace kw::test
