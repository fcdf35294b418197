#include "leader_conversation.h"

#include "conversation/teacher_preparation_draft.h"
#include "leader_text.h"

namespace kw {

namespace v1 = ::kernwijzer::v1;

namespace {

QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

LeaderConversation::LeaderConversation(QObject* parent)
    : QObject(parent)
{ }

void LeaderConversation::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &LeaderConversation::reload);
    emit deskChanged();
    reload();
}

void LeaderConversation::setConversationId(const QString& hexId)
{
    if (hexId == m_id)
        return;
    m_id = hexId;
    emit deskChanged();
    reload();
}

void LeaderConversation::reload()
{
    m_record.reset();
    m_error.clear();
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store) {
        m_error = m_desk ? m_desk->openError() : QString();
    } else if (!m_id.isEmpty()) {
        auto record = store->conversation(QByteArray::fromHex(m_id.toLatin1()));
        if (record) {
            m_record = *record;
            m_profile = m_desk->profile();
            m_teamName = m_desk->teamName(qs(record->preparation.body.team_id()));
        } else {
            m_error = record.error().message;
        }
    }
    emit changed();
}

QString LeaderConversation::plannedOn() const
{
    return m_record ? leader::dayLabel(m_record->plannedOn) : QString();
}

QString LeaderConversation::heldOn() const
{
    if (!m_record || !m_record->verslag)
        return {};
    return leader::dayLabel(QDate::fromString(qs(m_record->verslag->body.held_on()), Qt::ISODate));
}

QString LeaderConversation::stateId() const
{
    return m_record ? conversation::stateId(m_record->state) : QString();
}

QString LeaderConversation::stateName() const
{
    return m_record ? conversation::stateName(m_record->state) : QString();
}

QVariantList LeaderConversation::parts() const
{
    QVariantList out;
    for (const v1::AgendaPart part : conversation::agendaParts()) {
        QVariantList items;
        if (m_record) {
            for (const v1::AgendaItem& item : m_record->preparation.body.items()) {
                if (item.part() != part)
                    continue;
                QStringList values;
                for (const std::string& id : item.kernwaarde_ids()) {
                    const Kernwaarde* k = m_profile ? m_profile->kernwaarde(qs(id)) : nullptr;
                    values << (k ? k->name : qs(id));
                }
                items.append(QVariantMap {
                    { QStringLiteral("source"), conversation::agendaSourceId(item.source()) },
                    { QStringLiteral("title"), qs(item.title()) },
                    { QStringLiteral("text"), qs(item.text()) },
                    { QStringLiteral("day"),
                        leader::shortDayLabel(QDate::fromString(qs(item.day()), Qt::ISODate)) },
                    { QStringLiteral("kernwaarden"), values.join(QStringLiteral(", ")) } });
            }
        }
        out.append(QVariantMap { { QStringLiteral("part"), int(part) },
            { QStringLiteral("partId"), conversation::agendaPartId(part) },
            { QStringLiteral("name"), conversation::agendaPartName(part) },
            { QStringLiteral("items"), items } });
    }
    return out;
}

QVariantList LeaderConversation::wellbeing() const
{
    QVariantList out;
    if (!m_record)
        return out;
    for (const v1::WellbeingSeries& series : m_record->preparation.body.wellbeing().series()) {
        QStringList points;
        for (const v1::WellbeingPoint& p : series.points())
            points << QStringLiteral("%1: %2").arg(
                leader::shortDayLabel(QDate::fromString(qs(p.period_start()), Qt::ISODate)),
                QLocale().toString(p.score(), 'f', 0));
        out.append(QVariantMap { { QStringLiteral("name"), qs(series.name()) },
            { QStringLiteral("points"), points.join(QStringLiteral(" · ")) } });
    }
    return out;
}

QString LeaderConversation::reaction() const
{
    return m_record && m_record->response ? qs(m_record->response->body.reaction()) : QString();
}

} // namespace kw
