#include "reports/conversation_pdf.h"

#include "conversation/conversation_file.h"
#include "conversation/conversation_text.h"
#include "exchange/crypto.h"

#include <QCoreApplication>

namespace kw {

namespace v1 = ::kernwijzer::v1;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::ConversationReport)
};

QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

QString day(QDate date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy"))
                          : QStringLiteral("—");
}

/** A "YYYY-MM-DD" of a body as a person reads it; the text itself when it is no date. */
QString day(const std::string& iso, const QLocale& locale)
{
    if (iso.empty())
        return QStringLiteral("—");
    const QDate date = QDate::fromString(qs(iso), Qt::ISODate);
    return date.isValid() ? day(date, locale) : qs(iso);
}

QString fingerprint(const std::string& key)
{
    return crypto::fingerprint(QByteArray::fromStdString(key));
}

QString partName(int part)
{
    switch (part) {
    case v1::AGENDA_PART_LOOKING_BACK:
        return Text::tr("Looking back and appreciation");
    case v1::AGENDA_PART_ENERGY:
        return Text::tr("Energy and balance");
    case v1::AGENDA_PART_GROWTH:
        return Text::tr("Talent and growth");
    case v1::AGENDA_PART_FUTURE:
        return Text::tr("Future and agreements");
    default:
        return Text::tr("Other");
    }
}

QString sourceName(v1::AgendaItem::Source source)
{
    switch (source) {
    case v1::AgendaItem::SOURCE_REFLECTION:
        return Text::tr("reflection");
    case v1::AgendaItem::SOURCE_GOAL:
        return Text::tr("POP goal");
    case v1::AgendaItem::SOURCE_HOURS:
        return Text::tr("professional development hours");
    case v1::AgendaItem::SOURCE_AGREEMENT:
        return Text::tr("earlier agreement");
    default:
        return Text::tr("own point");
    }
}

QString kernwaardeName(const std::string& id, const SchoolProfile& profile)
{
    // A kernwaarde a newer profile dropped still shows, by its id.
    const Kernwaarde* value = profile.kernwaarde(qs(id));
    return value ? value->name : qs(id);
}

/** One shared item as a paragraph: what it is, then its text as the teacher shared it. */
QString itemText(const v1::AgendaItem& item, const SchoolProfile& profile, const QLocale& locale)
{
    const QString title = qs(item.title()).trimmed();
    // An own point is its text: "own point (own point)" would say nothing.
    QStringList about;
    if (!title.isEmpty())
        about << sourceName(item.source());
    if (!item.day().empty())
        about << day(item.day(), locale);
    QStringList values;
    for (const std::string& id : item.kernwaarde_ids())
        values << kernwaardeName(id, profile);
    if (!values.isEmpty())
        about << values.join(QStringLiteral(", "));
    QString text = QStringLiteral("• ") + (title.isEmpty() ? sourceName(item.source()) : title);
    if (!about.isEmpty())
        text += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(" · ")));
    if (!item.text().empty())
        text += QLatin1Char('\n') + qs(item.text()).trimmed();
    return text;
}

const v1::PartNotes* notesOf(const v1::Verslag& verslag, int part)
{
    for (const v1::PartNotes& n : verslag.notes())
        if (n.part() == part)
            return &n;
    return nullptr;
}

/**
 * One section per agenda part: what the teacher shared, then the leader's points and notes of
 * @p notes (the verslag, or a draft for the access export).
 */
QList<ReportSection> partSections(const v1::Preparation& preparation, const v1::Verslag& notes,
    const SchoolProfile& profile, const QLocale& locale)
{
    QList<ReportSection> sections;
    for (int part = v1::AGENDA_PART_LOOKING_BACK; part <= v1::AGENDA_PART_FUTURE; ++part) {
        ReportSection s;
        s.heading = partName(part);
        QStringList shared;
        for (const v1::AgendaItem& item : preparation.items())
            if (item.part() == part)
                shared << itemText(item, profile, locale);
        s.paragraphs << (shared.isEmpty() ? Text::tr("The teacher shared nothing for this part.")
                                          : Text::tr("Shared by the teacher:") + QLatin1Char('\n')
                    + shared.join(QLatin1Char('\n')));
        if (const v1::PartNotes* n = notesOf(notes, part)) {
            if (!qs(n->own_points()).trimmed().isEmpty())
                s.paragraphs
                    << Text::tr("The leader's points: %1").arg(qs(n->own_points()).trimmed());
            if (!qs(n->notes()).trimmed().isEmpty())
                s.paragraphs << Text::tr("Notes: %1").arg(qs(n->notes()).trimmed());
        }
        sections << s;
    }
    return sections;
}

const v1::AgreementAnswer* answerTo(
    const std::optional<v1::Response>& response, const std::string& agreementId)
{
    if (!response)
        return nullptr;
    for (const v1::AgreementAnswer& a : response->answers())
        if (a.agreement_id() == agreementId)
            return &a;
    return nullptr;
}

QString whoName(const std::string& who, const v1::ConversationRef& ref)
{
    if (who == "teacher")
        return qs(ref.teacher().name());
    if (who == "leader")
        return qs(ref.leader().name());
    return qs(who);
}

/**
 * Each agreement as a short paragraph rather than a table row: the texts are sentences, and a
 * table's equal columns would break their words.
 */
ReportSection agreementSection(const v1::Verslag& verslag,
    const std::optional<v1::Response>& response, const SchoolProfile& profile,
    const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Agreements");
    if (verslag.agreements().empty()) {
        s.paragraphs << Text::tr("No agreements were made.");
        return s;
    }
    int number = 0;
    for (const v1::Agreement& a : verslag.agreements()) {
        QStringList about { Text::tr("Who: %1").arg(whoName(a.who(), verslag.ref())) };
        if (!a.due().empty())
            about << Text::tr("by %1").arg(day(a.due(), locale));
        if (!a.kernwaarde_id().empty())
            about << kernwaardeName(a.kernwaarde_id(), profile);
        if (!a.goal_title().empty())
            about << Text::tr("POP goal %1").arg(qs(a.goal_title()));
        const v1::AgreementAnswer* answer = answerTo(response, a.id());
        QString status = Text::tr("Status: not answered yet");
        if (answer) {
            status = answer->status() == v1::AgreementAnswer::STATUS_AGREED
                ? Text::tr("Status: akkoord (agreed)")
                : Text::tr("Status: gezien (seen, not agreed)");
            if (!qs(answer->reaction()).trimmed().isEmpty())
                status += QLatin1Char('\n')
                    + Text::tr("Reaction: %1").arg(qs(answer->reaction()).trimmed());
        }
        s.paragraphs << QStringLiteral("%1. %2\n%3\n%4")
                            .arg(QString::number(++number), qs(a.what()).trimmed(),
                                about.join(QStringLiteral(" · ")), status);
    }
    return s;
}

/** Only called when the teacher shared wellbeing for this conversation. */
ReportSection wellbeingSection(const v1::Preparation& preparation, const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Wellbeing (shared by the teacher for this conversation)");
    s.paragraphs << Text::tr("The teacher chose to share these scores. They are health data: "
                             "keep them only as long as the verslag is kept.");
    s.table.header << Text::tr("Measure") << Text::tr("Period from") << Text::tr("Score");
    for (const v1::WellbeingSeries& series : preparation.wellbeing().series())
        for (const v1::WellbeingPoint& point : series.points())
            s.table.rows << QStringList { qs(series.name()), day(point.period_start(), locale),
                locale.toString(point.score(), 'f', 0) };
    return s;
}

QString reactionText(const std::optional<v1::Response>& response)
{
    if (!response)
        return Text::tr("The teacher has not responded yet.");
    const QString reaction = qs(response->reaction()).trimmed();
    return reaction.isEmpty() ? Text::tr("The teacher added no general reaction.") : reaction;
}

QString signedText(
    const v1::Verslag& verslag, const std::optional<v1::Response>& response, const QLocale& locale)
{
    if (!response)
        return Text::tr("Signed by the leader on %1; the teacher has not signed yet.")
            .arg(day(verslag.written_on(), locale));
    return Text::tr("Signed by both on %1 (the leader on %2, the teacher on %3).")
        .arg(day(response->written_on(), locale), day(verslag.written_on(), locale),
            day(response->written_on(), locale));
}

/** Who talked: both names and the fingerprints of the keys that signed. */
QStringList partiesText(const v1::ConversationRef& ref)
{
    return { Text::tr("Teacher: %1 · signing key %2")
                 .arg(qs(ref.teacher().name()), fingerprint(ref.teacher().sign_key())),
        Text::tr("Leader: %1 · signing key %2")
            .arg(qs(ref.leader().name()), fingerprint(ref.leader().sign_key())) };
}

QString conversationIdText(const v1::ConversationRef& ref)
{
    return Text::tr("Conversation %1")
        .arg(QString::fromLatin1(QByteArray::fromStdString(ref.conversation_id()).toHex()));
}

} // namespace

ReportDocument verslagReport(const v1::Preparation& preparation, const v1::Verslag& verslag,
    const std::optional<v1::Response>& response, const SchoolProfile& profile, QDate today,
    const QLocale& locale)
{
    ReportDocument d;
    d.title = Text::tr("Verslag of the waarderingsgesprek");
    d.subtitle = profile.schoolName.isEmpty() ? qs(verslag.ref().school_id()) : profile.schoolName;
    ReportSection about;
    about.heading = Text::tr("The conversation");
    about.paragraphs << partiesText(verslag.ref());
    about.paragraphs << Text::tr("Held on %1 · prepared by the teacher on %2 · verslag written "
                                 "on %3")
                            .arg(day(verslag.held_on(), locale),
                                day(preparation.written_on(), locale),
                                day(verslag.written_on(), locale));
    about.paragraphs << conversationIdText(verslag.ref());
    d.sections << about;
    d.sections << partSections(preparation, verslag, profile, locale);
    if (preparation.wellbeing().series_size() > 0)
        d.sections << wellbeingSection(preparation, locale);
    d.sections << agreementSection(verslag, response, profile, locale);
    ReportSection reaction;
    reaction.heading = Text::tr("The teacher's reaction");
    reaction.paragraphs << reactionText(response);
    d.sections << reaction;
    ReportSection signatures;
    signatures.heading = Text::tr("Signatures");
    signatures.paragraphs << signedText(verslag, response, locale);
    signatures.paragraphs << partiesText(verslag.ref());
    signatures.paragraphs << Text::tr("Each signature is an Ed25519 signature over the file as "
                                      "it was sent; the fingerprints above identify the keys.");
    d.sections << signatures;
    d.footer = Text::tr("Made with Kernwijzer on %1").arg(day(today, locale));
    return d;
}

Result<CheckedConversation> checkStoredConversation(const StoredConversation& stored)
{
    using conversation::bodyDigest;
    const auto notOne = [](const QString& why) {
        return Error { Error::Code::Untrusted,
            conversation::Text::tr("The kept files are not one signed conversation: %1").arg(why) };
    };
    auto preparation
        = conversation::readSignedPreparation(stored.preparationBody, stored.preparationSignature);
    if (!preparation)
        return preparation.error();
    if (stored.verslagBody.isEmpty())
        return Error { Error::Code::NotFound,
            conversation::Text::tr("This conversation has no verslag yet: there is nothing "
                                   "signed to print.") };
    auto verslag = conversation::readSignedVerslag(stored.verslagBody, stored.verslagSignature);
    if (!verslag)
        return verslag.error();
    const auto sameRef = [](const v1::ConversationRef& a, const v1::ConversationRef& b) {
        return a.conversation_id() == b.conversation_id() && a.school_id() == b.school_id()
            && a.teacher().sign_key() == b.teacher().sign_key()
            && a.leader().sign_key() == b.leader().sign_key();
    };
    if (!sameRef(preparation->ref(), verslag->ref()))
        return notOne(conversation::Text::tr("the verslag belongs to another conversation."));
    if (QByteArray::fromStdString(verslag->preparation_digest())
        != bodyDigest(stored.preparationBody))
        return notOne(conversation::Text::tr("the verslag answers another preparation."));
    CheckedConversation checked { std::move(*preparation), std::move(*verslag), std::nullopt };
    if (!stored.responseBody.isEmpty()) {
        auto read = conversation::readSignedResponse(stored.responseBody, stored.responseSignature);
        if (!read)
            return read.error();
        if (!sameRef(checked.verslag.ref(), read->ref()))
            return notOne(conversation::Text::tr("the response belongs to another conversation."));
        if (QByteArray::fromStdString(read->verslag_digest()) != bodyDigest(stored.verslagBody))
            return notOne(conversation::Text::tr("the response answers another verslag."));
        checked.response = std::move(*read);
    }
    return checked;
}

Result<ReportDocument> checkedVerslagReport(const StoredConversation& stored,
    const SchoolProfile& profile, QDate today, const QLocale& locale)
{
    auto checked = checkStoredConversation(stored);
    if (!checked)
        return checked.error();
    return verslagReport(
        checked->preparation, checked->verslag, checked->response, profile, today, locale);
}

ReportDocument accessExportReport(const conversation::LeaderTeacherRecord& record,
    const SchoolProfile& profile, QDate today, const QLocale& locale)
{
    ReportDocument d;
    d.title = Text::tr("Everything held about %1").arg(record.name);
    d.subtitle = Text::tr("%1 · held by %2 · for an access request (AVG article 15)")
                     .arg(record.schoolName.isEmpty() ? profile.schoolName : record.schoolName,
                         record.leaderName);
    ReportSection who;
    who.heading = Text::tr("The teacher");
    who.paragraphs << Text::tr("Name: %1").arg(record.name);
    if (!record.teamId.isEmpty())
        who.paragraphs << Text::tr("Team: %1")
                              .arg(record.teamName.isEmpty() ? record.teamId : record.teamName);
    who.paragraphs << (record.signKey.isEmpty()
            ? Text::tr("Conversation key: none received yet")
            : Text::tr("Conversation key: signing %1 · sealing %2")
                  .arg(crypto::fingerprint(record.signKey), crypto::fingerprint(record.boxKey)));
    who.paragraphs << (record.leftOn.isValid()
            ? Text::tr("Out of service since %1; everything below is deleted on %2.")
                  .arg(day(record.leftOn, locale), day(record.deleteOn, locale))
            : Text::tr("In service."));
    who.paragraphs << Text::tr("Conversations: %1").arg(record.conversations.size());
    who.paragraphs << Text::tr("There are no other notes: everything the leader writes is part "
                               "of the verslag the teacher receives.");
    d.sections << who;

    for (const conversation::ConversationRecord& c : record.conversations) {
        ReportSection head;
        head.newPage = true;
        head.heading = Text::tr("Conversation of %1").arg(day(c.plannedOn, locale));
        const v1::Preparation& p = c.preparation.body;
        if (p.has_ref())
            head.paragraphs << partiesText(p.ref());
        head.paragraphs << Text::tr("Prepared by the teacher on %1 (revision %2)")
                               .arg(day(p.written_on(), locale))
                               .arg(c.preparation.revision);
        if (c.verslag)
            head.paragraphs << Text::tr("Verslag sent on %1, held on %2 (revision %3)")
                                   .arg(day(c.verslag->body.written_on(), locale),
                                       day(c.verslag->body.held_on(), locale))
                                   .arg(c.verslag->revision);
        else
            head.paragraphs << Text::tr("No verslag sent yet: the notes below are the leader's "
                                        "draft.");
        if (c.response)
            head.paragraphs << Text::tr("Signed by the teacher on %1")
                                   .arg(day(c.response->body.written_on(), locale));
        head.paragraphs << Text::tr("Conversation %1").arg(QString::fromLatin1(c.id.toHex()));
        d.sections << head;
        const v1::Verslag& notes = c.verslag ? c.verslag->body : c.draft;
        d.sections << partSections(p, notes, profile, locale);
        if (p.wellbeing().series_size() > 0)
            d.sections << wellbeingSection(p, locale);
        const std::optional<v1::Response> response
            = c.response ? std::optional(c.response->body) : std::nullopt;
        d.sections << agreementSection(notes, response, profile, locale);
        if (c.response) {
            ReportSection reaction;
            reaction.heading = Text::tr("The teacher's reaction");
            reaction.paragraphs << reactionText(response);
            d.sections << reaction;
        }
    }
    d.footer = Text::tr("Made with Kernwijzer on %1").arg(day(today, locale));
    return d;
}

} // namespace kw
