#include "conversation_fixture.h"

#include "exchange/crypto.h"
#include "exchange_fixtures.h"
#include "test_support.h"

#include <QFile>

namespace kw::test {

using exchange::KeySet;

KeySet leaderKeys(const char* seed)
{
    return exchange::createKeySet(pb::PARTY_LEADER, QStringLiteral("Jeroen Bakker"),
        QStringLiteral("Teamleider"), crypto::hash(seed));
}

cv::OwnKeys teacherKeys(const char* seed)
{
    const QByteArray root = crypto::hash(seed);
    const crypto::KeyPair sign = crypto::signKeyPair(crypto::hash("test/sign", root));
    const crypto::KeyPair box = crypto::boxKeyPair(crypto::hash("test/box", root));
    return { sign.publicKey, sign.secretKey, box.publicKey, box.secretKey };
}

SchoolProfile profileWithLeader(
    const KeySet& school, const KeySet& custodian, const KeySet& leader, int version)
{
    SchoolProfile p = signedProfileFor(school, custodian, version);
    p.leaders = { { QStringLiteral("jeroen"),
        { QStringLiteral("onderbouw"), QStringLiteral("middenbouw") }, leader.holder() } };
    p.leaders.first().keys.role.clear();
    return p;
}

pb::ConversationParty partyOf(const QString& name, const cv::OwnKeys& keys)
{
    pb::ConversationParty party;
    party.set_name(name.toStdString());
    party.set_sign_key(keys.signPublic.toStdString());
    party.set_box_key(keys.boxPublic.toStdString());
    return party;
}

pb::ConversationParty partyOf(const KeySet& keys)
{
    return partyOf(keys.name, cv::OwnKeys { keys.signPublic, {}, keys.boxPublic, {} });
}

QByteArray conversationId(int n)
{
    return crypto::hash(QByteArray::number(n), "test/conversation", 16);
}

pb::Preparation preparation(const cv::OwnKeys& teacher, const KeySet& leader, const QByteArray& id,
    quint32 revision, const QString& name, QDate plannedOn)
{
    pb::Preparation body;
    pb::ConversationRef* ref = body.mutable_ref();
    ref->set_conversation_id(id.toStdString());
    ref->set_revision(revision);
    ref->set_school_id("kc-de-linde");
    *ref->mutable_teacher() = partyOf(name, teacher);
    *ref->mutable_leader() = partyOf(leader);
    body.set_planned_on(plannedOn.toString(Qt::ISODate).toStdString());
    body.set_team_id("onderbouw");
    body.set_written_on("2026-11-18");
    pb::AgendaItem* own = body.add_items();
    own->set_part(pb::AGENDA_PART_LOOKING_BACK);
    own->set_source(pb::AgendaItem::SOURCE_OWN);
    own->set_text(
        QStringLiteral("Revision %1: het oudergesprek ging goed.").arg(revision).toStdString());
    pb::AgendaItem* reflection = body.add_items();
    reflection->set_part(pb::AGENDA_PART_GROWTH);
    reflection->set_source(pb::AgendaItem::SOURCE_REFLECTION);
    reflection->set_title("Rekenles groep 3");
    reflection->set_text("Met blokjes werkte het beter dan met het werkblad.");
    reflection->set_day("2026-10-02");
    reflection->add_kernwaarde_ids("vertrouwen");
    return body;
}

QByteArray preparationFile(const pb::Preparation& body, const cv::OwnKeys& teacher)
{
    auto file = cv::writePreparation(body, teacher);
    if (!file)
        qFatal("writePreparation: %s", qPrintable(file.error().message));
    return *file;
}

QByteArray responseFile(const QByteArray& verslagFile, const cv::OwnKeys& teacher,
    const std::function<void(pb::Response&)>& edit, const cv::OwnKeys* author)
{
    auto verslag = cv::openVerslag(verslagFile, teacher);
    if (!verslag)
        qFatal("openVerslag: %s", qPrintable(verslag.error().message));
    pb::Response body;
    *body.mutable_ref() = verslag->body.ref();
    body.mutable_ref()->set_revision(1);
    body.set_verslag_digest(verslag->digest.toStdString());
    body.set_written_on("2026-11-20");
    body.set_reaction("Fijn gesprek.");
    for (const pb::Agreement& agreement : verslag->body.agreements()) {
        pb::AgreementAnswer* answer = body.add_answers();
        answer->set_agreement_id(agreement.id());
        answer->set_status(pb::AgreementAnswer::STATUS_AGREED);
    }
    if (edit)
        edit(body);
    auto file = cv::writeResponse(body, author ? *author : teacher);
    if (!file)
        qFatal("writeResponse: %s", qPrintable(file.error().message));
    return *file;
}

TempLeader::TempLeader()
    : m_clock(defaultNow())
    , m_school(schoolKeys())
    , m_custodian(test::custodianKeys())
    , m_leader(leaderKeys())
    , m_profile(profileWithLeader(m_school, m_custodian, m_leader))
{ }

TempLeader::~TempLeader() = default;

Status TempLeader::open()
{
    m_store.reset();
    auto store = cv::LeaderStore::open(dbPath(), m_clock);
    if (!store)
        return store.error();
    m_store = std::move(*store);
    auto installed = m_store->installProfile(profileFile(m_profile), m_leader);
    if (!installed)
        return installed.error();
    return {};
}

QString TempLeader::writeBytes(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

QByteArray TempLeader::profileFile(const SchoolProfile& profile) const
{
    return coSignedFile(profile, m_school, m_custodian);
}

Result<cv::Imported> TempLeader::import(const QByteArray& file, const cv::ImportOptions& options)
{
    return m_store->importFile(file, m_leader, options);
}

QString TempLeader::dump()
{
    return tableDump(
        m_store->database(), { "leader_profile", "leader_self", "teacher", "conversation" });
}

} // namespace kw::test
