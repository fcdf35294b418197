#include "conversation/teacher_preparation_draft.h"

#include "conversation/conversation_text.h"
#include "exchange/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::conversation {

namespace {

QJsonArray choicesToJson(const QList<DraftChoice>& choices)
{
    QJsonArray out;
    for (const DraftChoice& c : choices)
        out.append(QJsonObject {
            { QStringLiteral("id"), c.id }, { QStringLiteral("part"), agendaPartId(c.part) } });
    return out;
}

std::optional<v1::AgendaPart> partOf(const QJsonObject& o)
{
    return agendaPartFromId(o.value(QStringLiteral("part")).toString());
}

Error badDraft()
{
    return Error { Error::Code::Corrupt,
        Text::tr("The kept preparation of your conversation cannot be read; start a new one.") };
}

} // namespace

PreparationDraft PreparationDraft::fresh()
{
    PreparationDraft d;
    d.conversationId = crypto::randomBytes(kConversationIdBytes);
    return d;
}

QList<v1::AgendaPart> agendaParts()
{
    return { v1::AGENDA_PART_LOOKING_BACK, v1::AGENDA_PART_ENERGY, v1::AGENDA_PART_GROWTH,
        v1::AGENDA_PART_FUTURE };
}

QString agendaPartId(v1::AgendaPart part)
{
    switch (part) {
    case v1::AGENDA_PART_LOOKING_BACK:
        return QStringLiteral("terugblik");
    case v1::AGENDA_PART_ENERGY:
        return QStringLiteral("energie");
    case v1::AGENDA_PART_GROWTH:
        return QStringLiteral("talent");
    case v1::AGENDA_PART_FUTURE:
        return QStringLiteral("toekomst");
    default:
        return {};
    }
}

QString agendaSourceId(v1::AgendaItem::Source source)
{
    switch (source) {
    case v1::AgendaItem::SOURCE_OWN:
        return QStringLiteral("own");
    case v1::AgendaItem::SOURCE_REFLECTION:
        return QStringLiteral("reflection");
    case v1::AgendaItem::SOURCE_GOAL:
        return QStringLiteral("goal");
    case v1::AgendaItem::SOURCE_HOURS:
        return QStringLiteral("hours");
    case v1::AgendaItem::SOURCE_AGREEMENT:
        return QStringLiteral("agreement");
    default:
        return QStringLiteral("unknown");
    }
}

std::optional<v1::AgendaPart> agendaPartFromId(const QString& id)
{
    for (v1::AgendaPart part : agendaParts())
        if (agendaPartId(part) == id.trimmed().toLower())
            return part;
    return std::nullopt;
}

QString agendaPartName(v1::AgendaPart part)
{
    switch (part) {
    case v1::AGENDA_PART_LOOKING_BACK:
        return Text::tr("Looking back and appreciation");
    case v1::AGENDA_PART_ENERGY:
        return Text::tr("Energy and balance");
    case v1::AGENDA_PART_GROWTH:
        return Text::tr("Talent and growth");
    case v1::AGENDA_PART_FUTURE:
        return Text::tr("The future and agreements");
    default:
        return {};
    }
}

QByteArray draftToJson(const PreparationDraft& d)
{
    QJsonArray points;
    for (const DraftPoint& p : d.points)
        points.append(QJsonObject {
            { QStringLiteral("part"), agendaPartId(p.part) }, { QStringLiteral("text"), p.text } });
    QJsonObject o { { QStringLiteral("conversation"),
                        QString::fromLatin1(d.conversationId.toHex()) },
        { QStringLiteral("date"), d.plannedOn.toString(Qt::ISODate) },
        { QStringLiteral("leader"), d.leaderId }, { QStringLiteral("points"), points },
        { QStringLiteral("reflections"), choicesToJson(d.reflections) },
        { QStringLiteral("goals"), choicesToJson(d.goals) },
        { QStringLiteral("wellbeing"), d.shareWellbeing } };
    if (d.hoursPart)
        o.insert(QStringLiteral("hours"), agendaPartId(*d.hoursPart));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<PreparationDraft> draftFromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return badDraft();
    const QJsonObject o = doc.object();
    PreparationDraft d;
    d.conversationId
        = QByteArray::fromHex(o.value(QStringLiteral("conversation")).toString().toLatin1());
    if (d.conversationId.size() != kConversationIdBytes)
        return badDraft();
    const QString day = o.value(QStringLiteral("date")).toString();
    d.plannedOn = QDate::fromString(day, Qt::ISODate);
    if (!day.isEmpty() && !d.plannedOn.isValid())
        return badDraft();
    d.leaderId = o.value(QStringLiteral("leader")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("points")).toArray()) {
        const auto part = partOf(v.toObject());
        if (!part)
            return badDraft();
        d.points << DraftPoint { *part, v.toObject().value(QStringLiteral("text")).toString() };
    }
    for (auto [key, list] :
        { std::pair { "reflections", &d.reflections }, std::pair { "goals", &d.goals } }) {
        for (const QJsonValue& v : o.value(QLatin1String(key)).toArray()) {
            const auto part = partOf(v.toObject());
            const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
            if (!part || id <= 0)
                return badDraft();
            *list << DraftChoice { id, *part };
        }
    }
    if (o.contains(QStringLiteral("hours"))) {
        d.hoursPart = agendaPartFromId(o.value(QStringLiteral("hours")).toString());
        if (!d.hoursPart)
            return badDraft();
    }
    d.shareWellbeing = o.value(QStringLiteral("wellbeing")).toBool(false);
    return d;
}

} // namespace kw::conversation
