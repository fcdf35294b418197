#include "cli/gesprek_leader_json.h"

#include "conversation/teacher_preparation_draft.h"
#include "exchange/crypto.h"

#include <QJsonArray>

namespace kw::cli {

namespace v1 = ::kernwijzer::v1;
using conversation::conversationIdText;

namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

QString hex(const std::string& bytes)
{
    return QString::fromLatin1(QByteArray::fromStdString(bytes).toHex());
}

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString statusWord(v1::AgreementAnswer::Status status)
{
    return status == v1::AgreementAnswer::STATUS_AGREED ? QStringLiteral("akkoord")
                                                        : QStringLiteral("gezien");
}

QJsonArray notesJson(const v1::Verslag& v)
{
    QJsonArray out;
    for (const v1::PartNotes& n : v.notes())
        out.append(QJsonObject { { QStringLiteral("part"), conversation::agendaPartId(n.part()) },
            { QStringLiteral("ownPoints"), str(n.own_points()) },
            { QStringLiteral("notes"), str(n.notes()) } });
    return out;
}

QJsonArray agreementsJson(const v1::Verslag& v)
{
    QJsonArray out;
    for (const v1::Agreement& a : v.agreements())
        out.append(QJsonObject { { QStringLiteral("id"), hex(a.id()) },
            { QStringLiteral("what"), str(a.what()) }, { QStringLiteral("who"), str(a.who()) },
            { QStringLiteral("due"), str(a.due()) },
            { QStringLiteral("kernwaarde"), str(a.kernwaarde_id()) },
            { QStringLiteral("goalRef"), str(a.goal_ref()) },
            { QStringLiteral("goalTitle"), str(a.goal_title()) } });
    return out;
}

} // namespace

QJsonObject summaryJson(const conversation::ConversationSummary& c)
{
    return { { QStringLiteral("id"), conversationIdText(c.id) },
        { QStringLiteral("teacher"), c.teacherName }, { QStringLiteral("team"), c.teamId },
        { QStringLiteral("plannedOn"), day(c.plannedOn) },
        { QStringLiteral("state"), conversation::stateId(c.state) },
        { QStringLiteral("preparationRevision"), c.preparationRevision },
        { QStringLiteral("verslagRevision"), c.verslagRevision },
        { QStringLiteral("heldOn"), day(c.heldOn) } };
}

QJsonObject teacherJson(const conversation::TeacherSummary& t)
{
    return { { QStringLiteral("name"), t.name }, { QStringLiteral("team"), t.teamId },
        { QStringLiteral("key"), t.hasKey ? crypto::fingerprint(t.signKey) : QString() },
        { QStringLiteral("inService"), !t.leftOn.isValid() },
        { QStringLiteral("leftOn"), day(t.leftOn) },
        { QStringLiteral("lastConversation"), day(t.lastConversation) },
        { QStringLiteral("nextConversation"), day(t.nextConversation) },
        { QStringLiteral("conversations"), t.conversations } };
}

QJsonObject recordJson(const conversation::ConversationRecord& r)
{
    const v1::Preparation& p = r.preparation.body;
    QJsonArray items;
    for (const v1::AgendaItem& item : p.items()) {
        QJsonArray kernwaarden;
        for (const std::string& id : item.kernwaarde_ids())
            kernwaarden.append(str(id));
        items.append(
            QJsonObject { { QStringLiteral("part"), conversation::agendaPartId(item.part()) },
                { QStringLiteral("source"), conversation::agendaSourceId(item.source()) },
                { QStringLiteral("title"), str(item.title()) },
                { QStringLiteral("text"), str(item.text()) },
                { QStringLiteral("day"), str(item.day()) },
                { QStringLiteral("kernwaarden"), kernwaarden },
                { QStringLiteral("goalRef"), str(item.goal_ref()) } });
    }
    QJsonArray wellbeing;
    for (const v1::WellbeingSeries& series : p.wellbeing().series()) {
        QJsonArray points;
        for (const v1::WellbeingPoint& point : series.points())
            points.append(
                QJsonObject { { QStringLiteral("periodStart"), str(point.period_start()) },
                    { QStringLiteral("score"), point.score() } });
        wellbeing.append(QJsonObject {
            { QStringLiteral("instrument"), str(series.instrument_id()) },
            { QStringLiteral("name"), str(series.name()) }, { QStringLiteral("points"), points } });
    }
    QJsonObject out { { QStringLiteral("id"), conversationIdText(r.id) },
        { QStringLiteral("teacher"), r.teacherName },
        { QStringLiteral("plannedOn"), day(r.plannedOn) },
        { QStringLiteral("state"), conversation::stateId(r.state) },
        { QStringLiteral("preparation"),
            QJsonObject { { QStringLiteral("revision"), r.preparation.revision },
                { QStringLiteral("writtenOn"), str(p.written_on()) },
                { QStringLiteral("team"), str(p.team_id()) },
                { QStringLiteral("teacherKey"),
                    crypto::fingerprint(QByteArray::fromStdString(p.ref().teacher().sign_key())) },
                { QStringLiteral("items"), items }, { QStringLiteral("wellbeing"), wellbeing } } },
        { QStringLiteral("notes"), notesJson(r.draft) },
        { QStringLiteral("agreements"), agreementsJson(r.draft) } };
    if (r.verslag) {
        const v1::Verslag& v = r.verslag->body;
        out.insert(QStringLiteral("verslag"),
            QJsonObject { { QStringLiteral("revision"), r.verslag->revision },
                { QStringLiteral("heldOn"), str(v.held_on()) },
                { QStringLiteral("writtenOn"), str(v.written_on()) },
                { QStringLiteral("notes"), notesJson(v) },
                { QStringLiteral("agreements"), agreementsJson(v) } });
    }
    if (r.response) {
        const v1::Response& resp = r.response->body;
        QJsonArray answers;
        for (const v1::AgreementAnswer& a : resp.answers())
            answers.append(QJsonObject { { QStringLiteral("agreement"), hex(a.agreement_id()) },
                { QStringLiteral("status"), statusWord(a.status()) },
                { QStringLiteral("reaction"), str(a.reaction()) } });
        out.insert(QStringLiteral("response"),
            QJsonObject { { QStringLiteral("writtenOn"), str(resp.written_on()) },
                { QStringLiteral("reaction"), str(resp.reaction()) },
                { QStringLiteral("answers"), answers } });
    }
    return out;
}

QStringList recordLines(const conversation::ConversationRecord& r)
{
    const v1::Preparation& p = r.preparation.body;
    QStringList lines { QStringLiteral("Conversation %1 with %2 on %3: %4.")
                            .arg(conversationIdText(r.id), r.teacherName, day(r.plannedOn),
                                conversation::stateName(r.state)) };
    lines << QStringLiteral("Preparation (revision %1, written %2):")
                 .arg(r.preparation.revision)
                 .arg(str(p.written_on()));
    for (const v1::AgendaItem& item : p.items()) {
        const QString title = str(item.title());
        lines << QStringLiteral("  [%1, %2] %3%4")
                     .arg(conversation::agendaPartId(item.part()),
                         conversation::agendaSourceId(item.source()),
                         title.isEmpty() ? QString() : title + QStringLiteral(": "),
                         str(item.text()));
    }
    if (p.wellbeing().series_size() > 0)
        lines << QStringLiteral("  The teacher shared %1 wellbeing series.")
                     .arg(p.wellbeing().series_size());
    const v1::Verslag& notes = r.verslag ? r.verslag->body : r.draft;
    for (const v1::PartNotes& n : notes.notes()) {
        if (!n.own_points().empty())
            lines << QStringLiteral("Your points, %1: %2")
                         .arg(conversation::agendaPartId(n.part()), str(n.own_points()));
        if (!n.notes().empty())
            lines << QStringLiteral("Notes, %1: %2")
                         .arg(conversation::agendaPartId(n.part()), str(n.notes()));
    }
    for (int i = 0; i < notes.agreements_size(); ++i) {
        const v1::Agreement& a = notes.agreements(i);
        QString line
            = QStringLiteral("Agreement %1: %2 (%3%4)")
                  .arg(i + 1)
                  .arg(str(a.what()), str(a.who()),
                      a.due().empty() ? QString() : QStringLiteral(", by ") + str(a.due()));
        if (r.response && i < r.response->body.answers_size())
            line += QStringLiteral(": ") + statusWord(r.response->body.answers(i).status());
        lines << line;
    }
    if (r.verslag)
        lines << QStringLiteral("Verslag revision %1, held on %2.")
                     .arg(r.verslag->revision)
                     .arg(str(r.verslag->body.held_on()));
    if (r.response && !r.response->body.reaction().empty())
        lines << QStringLiteral("The teacher's reaction: %1").arg(str(r.response->body.reaction()));
    return lines;
}

} // namespace kw::cli
