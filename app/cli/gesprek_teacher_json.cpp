#include "cli/gesprek_teacher_json.h"

#include "conversation/teacher_preparation_draft.h"

#include <QJsonArray>

namespace kw::cli {

namespace {

QString q(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QString kernwaardenText(
    const google::protobuf::RepeatedPtrField<std::string>& ids, const SchoolProfile& profile)
{
    QStringList names;
    for (const std::string& id : ids) {
        const Kernwaarde* value = profile.kernwaarde(q(id));
        names << (value ? value->name : q(id));
    }
    return names.join(QStringLiteral(", "));
}

QString indented(const QString& text)
{
    return QStringLiteral("      ")
        + QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n      "));
}

const v1::AgreementAnswer* answerTo(const v1::Response* response, const std::string& id)
{
    if (!response)
        return nullptr;
    for (const v1::AgreementAnswer& a : response->answers())
        if (a.agreement_id() == id)
            return &a;
    return nullptr;
}

const conversation::AgreementLink* linkOf(
    const QList<conversation::AgreementLink>& links, const std::string& id)
{
    for (const conversation::AgreementLink& link : links)
        if (link.agreementId.toStdString() == id)
            return &link;
    return nullptr;
}

QString agreementState(const conversation::AgreementLink* link)
{
    if (!link)
        return QStringLiteral("unanswered");
    if (!link->agreed)
        return QStringLiteral("gezien");
    return link->isOpen() ? QStringLiteral("open") : QStringLiteral("done");
}

} // namespace

QString hexId(const std::string& bytes)
{
    return QString::fromLatin1(QByteArray::fromStdString(bytes).toHex());
}

QString hexId(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject preparationJson(const v1::Preparation& body)
{
    QJsonArray items;
    for (const v1::AgendaItem& item : body.items()) {
        QJsonObject o { { QStringLiteral("part"), conversation::agendaPartId(item.part()) },
            { QStringLiteral("source"), conversation::agendaSourceId(item.source()) },
            { QStringLiteral("title"), q(item.title()) },
            { QStringLiteral("text"), q(item.text()) } };
        QJsonArray values;
        for (const std::string& id : item.kernwaarde_ids())
            values.append(q(id));
        if (!values.isEmpty())
            o.insert(QStringLiteral("kernwaarden"), values);
        if (!item.day().empty())
            o.insert(QStringLiteral("day"), q(item.day()));
        if (!item.goal_ref().empty())
            o.insert(QStringLiteral("goal"), q(item.goal_ref()));
        if (!item.agreement_id().empty())
            o.insert(QStringLiteral("agreement"), hexId(item.agreement_id()));
        items.append(o);
    }
    QJsonObject out { { QStringLiteral("conversation"), hexId(body.ref().conversation_id()) },
        { QStringLiteral("revision"), int(body.ref().revision()) },
        { QStringLiteral("school"), q(body.ref().school_id()) },
        { QStringLiteral("teacher"), q(body.ref().teacher().name()) },
        { QStringLiteral("leader"), q(body.ref().leader().name()) },
        { QStringLiteral("team"), q(body.team_id()) },
        { QStringLiteral("plannedOn"), q(body.planned_on()) },
        { QStringLiteral("writtenOn"), q(body.written_on()) }, { QStringLiteral("items"), items } };
    if (body.has_wellbeing()) {
        QJsonArray series;
        for (const v1::WellbeingSeries& s : body.wellbeing().series()) {
            QJsonArray points;
            for (const v1::WellbeingPoint& p : s.points())
                points.append(QJsonObject { { QStringLiteral("periodStart"), q(p.period_start()) },
                    { QStringLiteral("score"), p.score() } });
            series.append(QJsonObject { { QStringLiteral("instrument"), q(s.instrument_id()) },
                { QStringLiteral("name"), q(s.name()) }, { QStringLiteral("points"), points } });
        }
        out.insert(QStringLiteral("wellbeing"), series);
    }
    return out;
}

QStringList preparationLines(const v1::Preparation& body, const SchoolProfile& profile)
{
    QStringList lines { QStringLiteral("Waarderingsgesprek on %1: %2 with %3 (conversation %4, "
                                       "version %5)")
                            .arg(q(body.planned_on()), q(body.ref().teacher().name()),
                                q(body.ref().leader().name()), hexId(body.ref().conversation_id()))
                            .arg(body.ref().revision()) };
    for (const v1::AgendaPart part : conversation::agendaParts()) {
        lines << QString() << conversation::agendaPartName(part);
        int count = 0;
        for (const v1::AgendaItem& item : body.items()) {
            if (item.part() != part)
                continue;
            ++count;
            QStringList head { conversation::agendaSourceId(item.source()) };
            if (!item.day().empty())
                head << q(item.day());
            if (item.kernwaarde_ids_size() > 0)
                head << kernwaardenText(item.kernwaarde_ids(), profile);
            const bool titled = !item.title().empty();
            lines << QStringLiteral("  - [%1] %2")
                         .arg(head.join(QStringLiteral(" · ")),
                             titled ? q(item.title()) : indented(q(item.text())).trimmed());
            if (titled && !item.text().empty())
                lines << indented(q(item.text()));
        }
        if (count == 0)
            lines << QStringLiteral("  (nothing)");
    }
    lines << QString();
    if (!body.has_wellbeing()) {
        lines << QStringLiteral("Wellbeing: not shared.");
    } else {
        lines << QStringLiteral("Wellbeing, shared for this conversation only (health data: your "
                                "leader may not ask for it):");
        for (const v1::WellbeingSeries& s : body.wellbeing().series()) {
            QStringList points;
            for (const v1::WellbeingPoint& p : s.points())
                points << QStringLiteral("%1 %2").arg(q(p.period_start())).arg(p.score());
            lines << QStringLiteral("  %1: %2").arg(q(s.name()), points.join(QStringLiteral(", ")));
        }
    }
    return lines;
}

QJsonObject verslagJson(const v1::Verslag& body, const QList<conversation::AgreementLink>& links,
    const v1::Response* response)
{
    QJsonArray notes;
    for (const v1::PartNotes& n : body.notes())
        notes.append(QJsonObject { { QStringLiteral("part"), conversation::agendaPartId(n.part()) },
            { QStringLiteral("ownPoints"), q(n.own_points()) },
            { QStringLiteral("notes"), q(n.notes()) } });
    QJsonArray agreements;
    int position = 0;
    for (const v1::Agreement& a : body.agreements()) {
        QJsonObject o { { QStringLiteral("number"), ++position },
            { QStringLiteral("id"), hexId(a.id()) }, { QStringLiteral("what"), q(a.what()) },
            { QStringLiteral("who"), q(a.who()) }, { QStringLiteral("due"), q(a.due()) },
            { QStringLiteral("kernwaarde"), q(a.kernwaarde_id()) },
            { QStringLiteral("goal"), q(a.goal_ref()) },
            { QStringLiteral("goalTitle"), q(a.goal_title()) } };
        const conversation::AgreementLink* link = linkOf(links, a.id());
        o.insert(QStringLiteral("state"), agreementState(link));
        if (const v1::AgreementAnswer* answer = answerTo(response, a.id()))
            o.insert(QStringLiteral("reaction"), q(answer->reaction()));
        if (link && link->actionId > 0) {
            o.insert(QStringLiteral("popGoal"), link->goalId);
            o.insert(QStringLiteral("popAction"), link->actionId);
        }
        agreements.append(o);
    }
    QJsonObject out { { QStringLiteral("revision"), int(body.ref().revision()) },
        { QStringLiteral("heldOn"), q(body.held_on()) }, { QStringLiteral("notes"), notes },
        { QStringLiteral("agreements"), agreements } };
    if (response)
        out.insert(QStringLiteral("reaction"), q(response->reaction()));
    return out;
}

QStringList verslagLines(const v1::Verslag& body, const QList<conversation::AgreementLink>& links,
    const v1::Response* response)
{
    QStringList lines { QStringLiteral("Verslag by %1, held on %2 (version %3)")
                            .arg(q(body.ref().leader().name()), q(body.held_on()))
                            .arg(body.ref().revision()) };
    for (const v1::PartNotes& n : body.notes()) {
        lines << conversation::agendaPartName(n.part());
        if (!n.own_points().empty())
            lines << QStringLiteral("  Leader's points:") << indented(q(n.own_points()));
        if (!n.notes().empty())
            lines << QStringLiteral("  Notes:") << indented(q(n.notes()));
    }
    lines << QStringLiteral("Agreements:");
    int position = 0;
    for (const v1::Agreement& a : body.agreements()) {
        QStringList detail;
        if (!a.who().empty())
            detail << q(a.who());
        if (!a.due().empty())
            detail << QStringLiteral("by %1").arg(q(a.due()));
        if (!a.kernwaarde_id().empty())
            detail << q(a.kernwaarde_id());
        if (!a.goal_title().empty())
            detail << QStringLiteral("goal: %1").arg(q(a.goal_title()));
        lines << QStringLiteral("  %1. [%2] %3 (%4)%5")
                     .arg(++position)
                     .arg(agreementState(linkOf(links, a.id())), q(a.what()),
                         detail.join(QStringLiteral(", ")),
                         QStringLiteral("  id %1").arg(hexId(a.id()).left(8)));
        if (const v1::AgreementAnswer* answer = answerTo(response, a.id());
            answer && !answer->reaction().empty())
            lines << QStringLiteral("     Your reaction: %1").arg(q(answer->reaction()));
    }
    if (body.agreements_size() == 0)
        lines << QStringLiteral("  (none)");
    if (response && !response->reaction().empty())
        lines << QStringLiteral("Your reaction: %1").arg(q(response->reaction()));
    return lines;
}

} // namespace kw::cli
