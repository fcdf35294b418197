#include "gesprek_fixtures.h"

#include "exchange/envelope.h"
#include "exchange/verification_code.h"

namespace kw::test {

GesprekFixtures::GesprekFixtures(QObject* parent)
    : QObject(parent)
{
    if (Status s = m_leader.open(); !s)
        qFatal("leader database: %s", qPrintable(s.error().message));
    m_profile = QUrl::fromLocalFile(m_leader.writeBytes(
        QStringLiteral("linde-leiders.kwprofiel"), m_leader.profileFile(m_leader.profile())));
}

GesprekFixtures::~GesprekFixtures() = default;

QString GesprekFixtures::profileCode() const
{
    return exchange::verificationCode(m_leader.profile());
}

QUrl GesprekFixtures::fail(const QString& message)
{
    m_error = message;
    emit errorChanged();
    return {};
}

QUrl GesprekFixtures::verslagFor(const QUrl& preparation, const QVariantList& agreements)
{
    auto bytes = exchange::readFileLimited(preparation.toLocalFile(), 1 << 22);
    if (!bytes)
        return fail(bytes.error().message);
    auto imported = m_leader.import(*bytes);
    if (!imported)
        return fail(imported.error().message);
    pb::Verslag notes;
    pb::PartNotes* part = notes.add_notes();
    part->set_part(pb::AGENDA_PART_LOOKING_BACK);
    part->set_own_points("Je oudergesprekken gaan steeds beter.");
    part->set_notes("We spraken over de rekenles met blokjes.");
    for (const QVariant& v : agreements) {
        const QVariantMap a = v.toMap();
        pb::Agreement* agreement = notes.add_agreements();
        agreement->set_what(a.value(QStringLiteral("what")).toString().toStdString());
        agreement->set_who("teacher");
        agreement->set_due(a.value(QStringLiteral("due")).toString().toStdString());
        agreement->set_kernwaarde_id(
            a.value(QStringLiteral("kernwaardeId")).toString().toStdString());
        agreement->set_goal_ref(a.value(QStringLiteral("goalRef")).toString().toStdString());
    }
    if (Status s = m_leader.store().saveNotes(imported->conversationId, notes); !s)
        return fail(s.error().message);
    auto verslag = m_leader.store().makeVerslag(
        imported->conversationId, m_leader.clock().today(), m_leader.leader());
    if (!verslag)
        return fail(verslag.error().message);
    return QUrl::fromLocalFile(m_leader.writeBytes(
        QStringLiteral("%1.kwverslag").arg(cv::conversationIdText(imported->conversationId)),
        *verslag));
}

} // namespace kw::test
