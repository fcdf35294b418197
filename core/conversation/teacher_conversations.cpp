#include "conversation/teacher_conversations.h"

#include "conversation/conversation_text.h"
#include "conversation/teacher_conversation_key.h"
#include "exchange/crypto.h"
#include "exchange/demo_keys.h"
#include "exchange/signing.h"
#include "teacher/teacher_session.h"

namespace kw::conversation {

namespace {

v1::ConversationParty party(const QString& name, const QByteArray& sign, const QByteArray& box)
{
    v1::ConversationParty p;
    p.set_name(name.toStdString());
    p.set_sign_key(sign.toStdString());
    p.set_box_key(box.toStdString());
    return p;
}

} // namespace

Status sameLeaderKeys(const TeacherConversationRecord& record, const Leader& leader)
{
    if (record.leaderSignKey == leader.keys.signKey && record.leaderBoxKey == leader.keys.boxKey)
        return {};
    return Error { Error::Code::Untrusted,
        Text::tr("The keys of %1 in your school's profile changed since this conversation began "
                 "(signing key %2, was %3; sealing key %4, was %5). Nothing more of this "
                 "conversation goes to or comes from other keys: check the new fingerprints with "
                 "%1, then start a new preparation.")
            .arg(leader.keys.name, crypto::fingerprint(leader.keys.signKey),
                crypto::fingerprint(record.leaderSignKey), crypto::fingerprint(leader.keys.boxKey),
                crypto::fingerprint(record.leaderBoxKey)) };
}

TeacherConversations::TeacherConversations(TeacherSession& session)
    : m_session(session)
    , m_store(session.database(), session.clock())
{ }

Result<OwnKeys> TeacherConversations::ownKeys()
{
    return teacherConversationKeys(m_session.exchangeStore());
}

Result<QString> TeacherConversations::ownKeyFingerprint()
{
    auto keys = ownKeys();
    if (!keys)
        return keys.error();
    return crypto::fingerprint(keys->signPublic);
}

Result<PreparationDraft> TeacherConversations::currentDraft()
{
    auto kept = m_store.draft();
    if (!kept)
        return kept.error();
    return kept->value_or(PreparationDraft::fresh());
}

Result<Leader> TeacherConversations::leaderFor(const PreparationDraft& draft)
{
    const SchoolProfile& profile = m_session.profile();
    if (!draft.leaderId.isEmpty()) {
        if (const Leader* leader = profile.leader(draft.leaderId))
            return *leader;
        return Error { Error::Code::InvalidInput,
            Text::tr("\"%1\" is not a leader in the profile of %2.")
                .arg(draft.leaderId.left(60), profile.schoolName) };
    }
    auto settings = m_session.exchangeStore().settings();
    if (!settings)
        return settings.error();
    if (const Leader* leader = profile.leaderOfTeam(settings->cohort.team))
        return *leader;
    return Error { Error::Code::InvalidInput,
        settings->cohort.team.isEmpty()
            ? Text::tr("Choose your leader: you have not chosen your team yet.")
            : Text::tr("Choose your leader: the profile of %1 names no leader for your team.")
                  .arg(profile.schoolName) };
}

Result<PlannedPreparation> TeacherConversations::plan(
    const PreparationDraft& draft, const QString& teacherName)
{
    if (draft.conversationId.size() != kConversationIdBytes)
        return Error { Error::Code::InvalidInput,
            Text::tr("The preparation has no conversation id.") };
    QString name = teacherName.trimmed();
    if (name.isEmpty()) {
        auto kept = m_store.teacherName();
        if (!kept)
            return kept.error();
        name = *kept;
    }
    if (name.isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("Give the name your leader knows you by: it is on your preparation.") };
    if (Status s = TeacherConversationStore::checkTeacherName(name); !s)
        return s.error();
    auto leader = leaderFor(draft);
    if (!leader)
        return leader.error();
    auto existing = m_store.conversation(draft.conversationId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const TeacherConversationRecord& r = **existing;
        if (r.state() != TeacherConversationState::Prepared)
            return Error { Error::Code::InvalidInput,
                Text::tr("The verslag of this conversation has arrived: its preparation cannot "
                         "change any more. Start a new preparation for your next "
                         "conversation.") };
        if (r.leaderId != leader->id)
            return Error { Error::Code::InvalidInput,
                Text::tr("This conversation was prepared for another leader (%1). Start a new "
                         "preparation to prepare one with %2.")
                    .arg(r.leaderId, leader->keys.name) };
        if (Status s = sameLeaderKeys(r, *leader); !s)
            return s.error();
    }
    auto keys = ownKeys();
    if (!keys)
        return keys.error();
    auto settings = m_session.exchangeStore().settings();
    if (!settings)
        return settings.error();
    auto open = openAgreements(m_store);
    if (!open)
        return open.error();

    PreparationHeader header;
    header.conversationId = draft.conversationId;
    header.revision = existing->has_value() ? (*existing)->preparationRevision : 1;
    header.schoolId = m_session.profile().schoolId;
    header.teamId = settings->cohort.team;
    header.teacher = party(name, keys->signPublic, keys->boxPublic);
    header.leader = party(leader->keys.name, leader->keys.signKey, leader->keys.boxKey);
    header.writtenOn = m_session.clock().today();
    auto body = conversation::buildPreparation(draft, header, *open, m_session);
    if (!body)
        return body.error();

    PlannedPreparation planned { *body, *leader, true, *existing };
    if (existing->has_value()) {
        const QByteArray bytes = QByteArray::fromStdString(body->SerializeAsString());
        planned.newRevision = bytes != (*existing)->preparationBody;
        if (planned.newRevision)
            planned.body.mutable_ref()->set_revision(header.revision + 1);
    }
    return planned;
}

Result<v1::Preparation> TeacherConversations::buildPreparation(
    const PreparationDraft& draft, const QString& teacherName)
{
    auto planned = plan(draft, teacherName);
    if (!planned)
        return planned.error();
    return std::move(planned->body);
}

Result<SentPreparation> TeacherConversations::sendPreparation(
    const PreparationDraft& draft, const QString& teacherName)
{
    auto planned = plan(draft, teacherName);
    if (!planned)
        return planned.error();
    // The demo school's keys are public: only the demo teacher's journal talks to its leaders.
    if (exchange::isDemoProfile(m_session.profile())) {
        auto demo = m_session.exchangeStore().isDemoJournal();
        if (!demo)
            return demo.error();
        if (!*demo)
            return Error { Error::Code::Untrusted,
                Text::tr("This journal uses the demo school, whose keys anyone can have: import "
                         "your school's profile before you prepare a conversation.") };
    }
    auto keys = ownKeys();
    if (!keys)
        return keys.error();
    auto file = writePreparation(planned->body, *keys);
    if (!file)
        return file.error();
    SentPreparation sent { *file, planned->body, planned->leader, planned->newRevision };
    if (!planned->newRevision)
        return sent;

    TeacherConversationRecord record;
    record.id = draft.conversationId;
    record.schoolId = m_session.profile().schoolId;
    record.leaderId = planned->leader.id;
    record.leaderSignKey = planned->leader.keys.signKey;
    record.leaderBoxKey = planned->leader.keys.boxKey;
    record.plannedOn = draft.plannedOn;
    record.preparationRevision = planned->body.ref().revision();
    // The same bytes and (deterministic) signature as inside the sealed file.
    record.preparationBody = QByteArray::fromStdString(planned->body.SerializeAsString());
    record.preparationSignature
        = exchange::signAs(exchange::Signed::Preparation, record.preparationBody, keys->signSecret);
    record.preparationDigest = bodyDigest(record.preparationBody);
    if (auto check = readSignedPreparation(record.preparationBody, record.preparationSignature);
        !check)
        return check.error();

    auto kept = m_store.draft();
    if (!kept)
        return kept.error();
    sql::Transaction tx(m_session.database());
    if (!tx.began())
        return tx.status().error();
    if (Status s = m_store.recordPreparation(record); !s)
        return s.error();
    if (!teacherName.trimmed().isEmpty()) {
        if (Status s = m_store.setTeacherName(teacherName); !s)
            return s.error();
    }
    if (kept->has_value() && (*kept)->conversationId == draft.conversationId) {
        if (Status s = m_store.saveDraft(draft); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return sent;
}

Result<QList<ConversationReminder>> TeacherConversations::reminders(QDate today)
{
    const QDate day = today.addDays(kReminderDaysAhead);
    auto all = m_store.conversations();
    if (!all)
        return all.error();
    QList<ConversationReminder> out;
    auto leaderName = [this](const QString& id) {
        const Leader* leader = m_session.profile().leader(id);
        return leader ? leader->keys.name : id;
    };
    for (const TeacherConversationRecord& r : *all) {
        if (r.plannedOn == day && r.state() == TeacherConversationState::Prepared)
            out << ConversationReminder { r.id, r.plannedOn, leaderName(r.leaderId), true };
    }
    auto kept = m_store.draft();
    if (!kept)
        return kept.error();
    if (kept->has_value() && (*kept)->plannedOn == day) {
        const bool sent = std::any_of(all->cbegin(), all->cend(),
            [&](const TeacherConversationRecord& r) { return r.id == (*kept)->conversationId; });
        if (!sent) {
            auto leader = leaderFor(**kept);
            out << ConversationReminder { (*kept)->conversationId, day,
                leader ? leader->keys.name : QString(), false };
        }
    }
    return out;
}

} // namespace kw::conversation
