#include "teacher/gesprek/verslag_response.h"

#include "conversation/conversation_file.h"
#include "conversation/teacher_agreements_to_pop.h"
#include "conversation/teacher_conversations.h"
#include "exchange/envelope.h"

#include <QDir>
#include <QFileInfo>

namespace kw {

namespace cv = conversation;

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s).trimmed();
}

} // namespace

VerslagResponse::VerslagResponse(QObject* parent)
    : QObject(parent)
{ }

void VerslagResponse::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    m_journal = journal;
    emit journalChanged();
    load();
}

void VerslagResponse::setConversationId(const QString& hexId)
{
    const QByteArray id = QByteArray::fromHex(hexId.toLatin1());
    if (id == m_id)
        return;
    m_id = id;
    load();
}

void VerslagResponse::clear()
{
    m_state.clear();
    m_leaderName.clear();
    m_heldOn.clear();
    m_revision = 0;
    m_notes.clear();
    m_answers.clear();
    m_reaction.clear();
    m_changes.clear();
}

void VerslagResponse::load()
{
    clear();
    const auto done = [this] {
        emit loaded();
        emit answersChanged();
    };
    if (!m_journal || !m_journal->session() || m_id.isEmpty())
        return done();
    TeacherSession& session = *m_journal->session();
    cv::TeacherConversations conversations(session);
    auto record = conversations.store().conversation(m_id);
    if (!record) {
        setError(record.error().message);
        return done();
    }
    if (!record->has_value() || (*record)->state() == cv::TeacherConversationState::Prepared)
        return done(); // no verslag yet: the page offers the import
    auto verslag = conversations.verslag(m_id);
    if (!verslag) {
        setError(verslag.error().message);
        return done();
    }
    const cv::TeacherConversationRecord& r = **record;
    m_state = cv::teacherStateId(r.state());
    m_leaderName = text(verslag->ref().leader().name());
    m_heldOn = text(verslag->held_on());
    m_revision = int(verslag->ref().revision());
    for (const cv::v1::AgendaPart part : cv::agendaParts()) {
        for (const cv::v1::PartNotes& n : verslag->notes()) {
            if (n.part() != part || (text(n.own_points()).isEmpty() && text(n.notes()).isEmpty()))
                continue;
            m_notes << QVariantMap { { QStringLiteral("part"), int(part) },
                { QStringLiteral("name"), cv::agendaPartName(part) },
                { QStringLiteral("ownPoints"), text(n.own_points()) },
                { QStringLiteral("notes"), text(n.notes()) } };
        }
    }
    std::optional<cv::v1::Response> response;
    if (r.state() == cv::TeacherConversationState::Closed) {
        auto read = cv::readSignedResponse(r.responseBody, r.responseSignature);
        if (!read)
            setError(read.error().message);
        else
            response = *read;
    }
    if (response)
        m_reaction = text(response->reaction());
    // As the response will decide it: an akkoord adds to a goal only when the preparation this
    // verslag answers shared it, and it still exists.
    auto answered = cv::readSignedPreparation(r.preparationBody, r.preparationSignature);
    const QSet<std::string> shared = answered ? cv::sharedGoalRefs(*answered) : QSet<std::string>();
    for (const cv::v1::Agreement& a : verslag->agreements()) {
        const qint64 goalId = cv::sharedGoalId(a, shared);
        const bool goalExists = goalId > 0 && session.pop().goal(goalId).ok();
        const QString who = text(a.who());
        Answer answer { QByteArray::fromStdString(a.id()),
            { { QStringLiteral("id"),
                  QString::fromLatin1(QByteArray::fromStdString(a.id()).toHex()) },
                { QStringLiteral("what"), text(a.what()) },
                { QStringLiteral("who"),
                    who == QLatin1String("teacher")      ? tr("You")
                        : who == QLatin1String("leader") ? m_leaderName
                                                         : who },
                { QStringLiteral("due"), text(a.due()) },
                { QStringLiteral("kernwaardeId"), text(a.kernwaarde_id()) },
                { QStringLiteral("goalTitle"), text(a.goal_title()) },
                { QStringLiteral("newGoal"), !goalExists } },
            {}, {}, text(a.kernwaarde_id()) };
        if (response) {
            for (const cv::v1::AgreementAnswer& given : response->answers()) {
                if (given.agreement_id() != a.id())
                    continue;
                answer.status = given.status() == cv::v1::AgreementAnswer::STATUS_AGREED
                    ? QStringLiteral("akkoord")
                    : QStringLiteral("gezien");
                answer.reaction = text(given.reaction());
            }
        }
        m_answers << answer;
    }
    if (auto links = conversations.store().agreementLinks(m_id); links) {
        for (const cv::AgreementLink& link : *links) {
            if (link.actionId == 0)
                continue;
            auto goal = session.pop().goal(link.goalId);
            auto actions = session.pop().actions(link.goalId);
            QVariantMap change { { QStringLiteral("goalId"), link.goalId },
                { QStringLiteral("goalTitle"), goal ? goal->title : QString() },
                { QStringLiteral("done"), link.actionDone } };
            for (const GoalAction& action : actions ? *actions : QList<GoalAction>()) {
                if (action.id != link.actionId)
                    continue;
                change.insert(QStringLiteral("actionTitle"), action.title);
                change.insert(QStringLiteral("due"), action.due.toString(Qt::ISODate));
            }
            for (const cv::v1::Agreement& a : verslag->agreements())
                if (QByteArray::fromStdString(a.id()) == link.agreementId)
                    change.insert(
                        QStringLiteral("newGoal"), cv::goalIdFromRef(a.goal_ref()) != link.goalId);
            m_changes << change;
        }
    } else {
        setError(links.error().message);
    }
    done();
}

QVariantList VerslagResponse::agreements() const
{
    QVariantList out;
    for (const Answer& a : m_answers) {
        QVariantMap row = a.shown;
        row.insert(QStringLiteral("status"), a.status);
        row.insert(QStringLiteral("reaction"), a.reaction);
        row.insert(QStringLiteral("chosenKernwaarde"), a.kernwaardeId);
        out << row;
    }
    return out;
}

bool VerslagResponse::complete() const
{
    return std::all_of(
        m_answers.cbegin(), m_answers.cend(), [](const Answer& a) { return !a.status.isEmpty(); });
}

VerslagResponse::Answer* VerslagResponse::answer(const QString& hexId)
{
    const QByteArray id = QByteArray::fromHex(hexId.toLatin1());
    for (Answer& a : m_answers)
        if (a.id == id)
            return &a;
    return nullptr;
}

void VerslagResponse::setStatus(const QString& agreementId, const QString& status)
{
    Answer* a = answer(agreementId);
    if (!a || m_state != QLatin1String("held") || a->status == status)
        return;
    if (!status.isEmpty() && status != QLatin1String("akkoord")
        && status != QLatin1String("gezien"))
        return;
    a->status = status;
    setError({});
    emit answersChanged();
}

void VerslagResponse::setAgreementReaction(const QString& agreementId, const QString& reaction)
{
    Answer* a = answer(agreementId);
    if (!a || m_state != QLatin1String("held") || a->reaction == reaction)
        return;
    a->reaction = reaction;
    emit answersChanged();
}

void VerslagResponse::setKernwaarde(const QString& agreementId, const QString& kernwaardeId)
{
    Answer* a = answer(agreementId);
    if (!a || m_state != QLatin1String("held") || a->kernwaardeId == kernwaardeId)
        return;
    a->kernwaardeId = kernwaardeId;
    setError({});
    emit answersChanged();
}

void VerslagResponse::setReaction(const QString& reaction)
{
    if (reaction == m_reaction || m_state != QLatin1String("held"))
        return;
    m_reaction = reaction;
    emit answersChanged();
}

QUrl VerslagResponse::suggestedFile() const
{
    return QUrl::fromLocalFile(
        QDir(JournalService::exportFolder())
            .filePath(QStringLiteral("waarderingsgesprek-%1.kwreactie")
                          .arg(m_heldOn.isEmpty() ? QStringLiteral("reactie") : m_heldOn)));
}

bool VerslagResponse::importFile(const QUrl& file)
{
    m_written.clear();
    if (!m_journal || !m_journal->session()) {
        setError(m_journal ? m_journal->openError() : QString());
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(cv::v1::FILE_KIND_VERSLAG));
    if (!bytes) {
        setError(bytes.error().message);
        return false;
    }
    cv::TeacherConversations conversations(*m_journal->session());
    auto imported = conversations.importVerslag(*bytes);
    if (!imported) {
        setError(imported.error().message);
        return false;
    }
    setError({});
    m_id = QByteArray::fromStdString(imported->body.ref().conversation_id());
    load();
    m_journal->notifyChanged();
    return true;
}

bool VerslagResponse::writeTo(const QUrl& file, const QByteArray& bytes)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (const QString problem = m_journal->exportTargetProblem(path); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        setError(tr("The folder %1 cannot be made. Choose another place.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    if (Status s = exchange::writeFileAtomically(path, bytes); !s) {
        setError(
            tr("%1 Your response is kept: save it again to another place.").arg(s.error().message));
        return false;
    }
    m_written = QDir::toNativeSeparators(path);
    emit finished();
    return true;
}

bool VerslagResponse::sign(const QUrl& file)
{
    m_written.clear();
    if (!m_journal || !m_journal->session() || m_state != QLatin1String("held")) {
        setError(tr("There is no verslag to answer."));
        return false;
    }
    cv::ResponseInput input { {}, m_reaction };
    for (const Answer& a : std::as_const(m_answers)) {
        if (a.status.isEmpty())
            continue; // core names the first agreement without an answer
        input.answers << cv::AgreementChoice { a.id, a.status == QLatin1String("akkoord"),
            a.reaction, a.kernwaardeId };
    }
    cv::TeacherConversations conversations(*m_journal->session());
    auto responded = conversations.respond(m_id, input);
    if (!responded) {
        setError(responded.error().message);
        return false;
    }
    setError({});
    load(); // closed now: the answers as signed and the POP actions they made
    m_journal->notifyChanged();
    return writeTo(file, responded->file);
}

bool VerslagResponse::saveResponse(const QUrl& file)
{
    m_written.clear();
    if (!m_journal || !m_journal->session()) {
        setError(m_journal ? m_journal->openError() : QString());
        return false;
    }
    cv::TeacherConversations conversations(*m_journal->session());
    auto bytes = conversations.responseFile(m_id);
    if (!bytes) {
        setError(bytes.error().message);
        return false;
    }
    setError({});
    return writeTo(file, *bytes);
}

void VerslagResponse::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}

} // namespace kw
