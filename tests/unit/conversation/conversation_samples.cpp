#include "conversation_samples.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"

namespace kw::test {

conversation::OwnKeys seededOwnKeys(const char* label)
{
    const QByteArray seed = crypto::hash(QByteArray(label));
    const crypto::KeyPair sign = crypto::signKeyPair(seed);
    const crypto::KeyPair box = crypto::boxKeyPair(crypto::hash(seed));
    return { sign.publicKey, sign.secretKey, box.publicKey, box.secretKey };
}

std::string sampleId(char fill)
{
    return std::string(std::size_t(conversation::kConversationIdBytes), fill);
}

namespace {

void setParty(v1::ConversationParty* party, const QString& name, const conversation::OwnKeys& keys)
{
    party->set_name(name.toStdString());
    party->set_sign_key(keys.signPublic.toStdString());
    party->set_box_key(keys.boxPublic.toStdString());
}

v1::AgendaItem* addItem(v1::Preparation& p, v1::AgendaPart part, v1::AgendaItem::Source source,
    const char* title, const char* text)
{
    v1::AgendaItem* item = p.add_items();
    item->set_part(part);
    item->set_source(source);
    item->set_title(title);
    item->set_text(text);
    return item;
}

} // namespace

v1::Preparation samplePreparation(
    const conversation::OwnKeys& teacher, const conversation::OwnKeys& leader, bool wellbeing)
{
    v1::Preparation p;
    v1::ConversationRef* ref = p.mutable_ref();
    ref->set_conversation_id(sampleId('\x5a'));
    ref->set_revision(1);
    ref->set_school_id("demo-school");
    setParty(ref->mutable_teacher(), kSampleTeacherName, teacher);
    setParty(ref->mutable_leader(), kSampleLeaderName, leader);
    p.set_planned_on("2026-12-03");
    p.set_team_id("bovenbouw");
    p.set_written_on("2026-11-28");
    addItem(p, v1::AGENDA_PART_LOOKING_BACK, v1::AgendaItem::SOURCE_OWN, "Trots op het leesproject",
        "De groep leest elke ochtend twintig minuten.");
    v1::AgendaItem* reflection = addItem(p, v1::AGENDA_PART_LOOKING_BACK,
        v1::AgendaItem::SOURCE_REFLECTION, "Reflectie", "Het kindgesprek met Sem gaf me energie.");
    reflection->set_day("2026-10-14");
    reflection->add_kernwaarde_ids("vertrouwen");
    addItem(p, v1::AGENDA_PART_ENERGY, v1::AgendaItem::SOURCE_HOURS, "Professionaliseringsuren",
        "46,25 uur over");
    v1::AgendaItem* goal = addItem(p, v1::AGENDA_PART_GROWTH, v1::AgendaItem::SOURCE_GOAL,
        "Formatief handelen", "2 van 4 acties gedaan");
    goal->set_goal_ref("goal-7");
    v1::AgendaItem* open = addItem(p, v1::AGENDA_PART_LOOKING_BACK,
        v1::AgendaItem::SOURCE_AGREEMENT, "Intervisie opzetten", "");
    open->set_agreement_id(sampleId('\x11'));
    addItem(p, v1::AGENDA_PART_FUTURE, v1::AgendaItem::SOURCE_OWN, "Bouwcoördinator worden", "");
    if (wellbeing) {
        v1::WellbeingSeries* who5 = p.mutable_wellbeing()->add_series();
        who5->set_instrument_id("who5");
        who5->set_name("WHO-5");
        for (const auto& [day, score] :
            { std::pair { "2026-09-01", 64.0 }, std::pair { "2026-11-01", 48.0 } }) {
            v1::WellbeingPoint* point = who5->add_points();
            point->set_period_start(day);
            point->set_score(score);
        }
    }
    return p;
}

v1::Verslag sampleVerslag(const v1::Preparation& preparation, const QByteArray& preparationDigest)
{
    v1::Verslag v;
    *v.mutable_ref() = preparation.ref();
    v.set_preparation_digest(preparationDigest.toStdString());
    v.set_held_on("2026-12-03");
    v.set_written_on("2026-12-04");
    const struct
    {
        v1::AgendaPart part;
        const char* points;
        const char* notes;
    } parts[] = {
        { v1::AGENDA_PART_LOOKING_BACK, "Compliment voor het leesproject",
            "Anna vertelt hoe de groep eraan begon." },
        { v1::AGENDA_PART_ENERGY, "", "Woensdagmiddag is zwaar; vergaderingen schuiven." },
        { v1::AGENDA_PART_GROWTH, "Ruimte voor de opleiding", "Cursus in het voorjaar." },
    };
    for (const auto& part : parts) {
        v1::PartNotes* n = v.add_notes();
        n->set_part(part.part);
        n->set_own_points(part.points);
        n->set_notes(part.notes);
    }
    v1::Agreement* a = v.add_agreements();
    a->set_id(sampleId('\x21'));
    a->set_what("Leesproject presenteren in de teamvergadering");
    a->set_who("teacher");
    a->set_due("2027-02-01");
    a->set_kernwaarde_id("vertrouwen");
    v1::Agreement* b = v.add_agreements();
    b->set_id(sampleId('\x22'));
    b->set_what("Minder vergaderingen op woensdag");
    b->set_who("leader");
    b->set_goal_ref("goal-7");
    b->set_goal_title("Formatief handelen");
    return v;
}

v1::Response sampleResponse(const v1::Verslag& verslag, const QByteArray& verslagDigest)
{
    v1::Response r;
    *r.mutable_ref() = verslag.ref();
    r.set_verslag_digest(verslagDigest.toStdString());
    r.set_written_on("2026-12-06");
    r.set_reaction("Een fijn gesprek, dank je wel.");
    v1::AgreementAnswer* first = r.add_answers();
    first->set_agreement_id(verslag.agreements(0).id());
    first->set_status(v1::AgreementAnswer::STATUS_AGREED);
    first->set_reaction("Graag, in februari.");
    v1::AgreementAnswer* second = r.add_answers();
    second->set_agreement_id(verslag.agreements(1).id());
    second->set_status(v1::AgreementAnswer::STATUS_SEEN);
    second->set_reaction("Ik twijfel of dat lukt.");
    return r;
}

QByteArray sealByHand(v1::FileKind kind, v1::Party recipient, const QByteArray& recipientBox,
    const std::string& body, const QByteArray& signature)
{
    v1::SignedConversation inner;
    inner.set_body(body);
    inner.set_signature(signature.toStdString());
    const auto sealed
        = crypto::seal(QByteArray::fromStdString(inner.SerializeAsString()), recipientBox);
    v1::Envelope envelope;
    envelope.set_kind(kind);
    v1::Seal* seal = envelope.add_seals();
    seal->set_recipient(recipient);
    seal->set_recipient_key(recipientBox.toStdString());
    seal->set_sealed(sealed ? sealed->toStdString() : std::string());
    return exchange::writeEnvelope(std::move(envelope));
}

} // namespace kw::test
