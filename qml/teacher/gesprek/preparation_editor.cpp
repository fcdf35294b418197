#include "teacher/gesprek/preparation_editor.h"

#include "conversation/teacher_agreements_to_pop.h"
#include "conversation/teacher_conversations.h"

#include <QCoreApplication>

namespace kw {

namespace cv = conversation;

namespace {

std::optional<cv::v1::AgendaPart> partOf(int part)
{
    if (part < cv::v1::AGENDA_PART_LOOKING_BACK || part > cv::v1::AGENDA_PART_FUTURE)
        return std::nullopt;
    return cv::v1::AgendaPart(part);
}

/** The first words of @p text: enough for the teacher to know which reflection it is. */
QString firstWords(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() <= 90 ? line : line.left(89) + QChar(0x2026);
}

} // namespace

PreparationEditor::PreparationEditor(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &PreparationEditor::flush);
    // The app may be closed at any moment: whatever was chosen since the last tick goes to disk.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
        &PreparationEditor::flush);
}

PreparationEditor::~PreparationEditor()
{
    flush();
}

void PreparationEditor::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    flush();
    m_journal = journal;
    emit journalChanged();
    load();
}

void PreparationEditor::load()
{
    m_timer.stop();
    m_dirty = false;
    m_openAgreements.clear();
    m_state = QStringLiteral("new");
    m_restored = false;
    if (!m_journal || !m_journal->session()) {
        m_draft = cv::PreparationDraft::fresh();
        setError(m_journal ? m_journal->openError() : QString());
        emit loaded();
        emit contentChanged();
        return;
    }
    cv::TeacherConversations conversations(*m_journal->session());
    QString problem;
    auto kept = conversations.store().draft();
    if (!kept)
        problem = kept.error().message;
    m_restored = kept && kept->has_value();
    m_draft = kept && kept->has_value() ? **kept : cv::PreparationDraft::fresh();
    if (auto record = conversations.store().conversation(m_draft.conversationId); record)
        m_state = cv::draftStateId(*record);
    else
        problem = record.error().message;
    if (auto name = conversations.store().teacherName(); name)
        m_teacherName = *name;
    if (auto open = cv::openAgreements(conversations.store()); open) {
        for (const cv::OpenAgreement& a : *open)
            m_openAgreements << QVariantMap {
                { QStringLiteral("what"), QString::fromStdString(a.agreement.what()) },
                { QStringLiteral("due"), QString::fromStdString(a.agreement.due()) },
                { QStringLiteral("kernwaardeId"),
                    QString::fromStdString(a.agreement.kernwaarde_id()) },
            };
    } else {
        problem = open.error().message;
    }
    setError(problem);
    resolveLeader();
    emit loaded();
    emit contentChanged();
}

void PreparationEditor::startNew()
{
    m_timer.stop();
    m_dirty = false;
    if (m_journal && m_journal->session()) {
        cv::TeacherConversations conversations(*m_journal->session());
        if (Status s = conversations.store().removeDraft(); !s) {
            setError(s.error().message);
            return;
        }
    }
    load();
}

QVariantList PreparationEditor::leaders() const
{
    QVariantList out;
    if (!m_journal)
        return out;
    const SchoolProfile& profile = m_journal->profile();
    out << QVariantMap { { QStringLiteral("id"), QString() },
        { QStringLiteral("name"), tr("The leader of my team") },
        { QStringLiteral("detail"), QString() } };
    for (const Leader& leader : profile.leaders) {
        QStringList teams;
        for (const QString& teamId : leader.teamIds) {
            const auto it = std::find_if(profile.teams.cbegin(), profile.teams.cend(),
                [&](const ProfileItem& t) { return t.id == teamId; });
            teams << (it != profile.teams.cend() ? it->name : teamId);
        }
        out << QVariantMap { { QStringLiteral("id"), leader.id },
            { QStringLiteral("name"), leader.keys.name },
            { QStringLiteral("detail"), teams.join(QStringLiteral(", ")) } };
    }
    return out;
}

QVariantList PreparationEditor::parts() const
{
    QVariantList out;
    for (const cv::v1::AgendaPart part : cv::agendaParts())
        out << QVariantMap { { QStringLiteral("part"), int(part) },
            { QStringLiteral("name"), cv::agendaPartName(part) } };
    return out;
}

QVariantList PreparationEditor::points() const
{
    QVariantList out;
    for (int i = 0; i < m_draft.points.size(); ++i)
        out << QVariantMap { { QStringLiteral("index"), i },
            { QStringLiteral("part"), int(m_draft.points[i].part) },
            { QStringLiteral("text"), m_draft.points[i].text } };
    return out;
}

QVariantMap PreparationEditor::reflectionParts() const
{
    QVariantMap out;
    for (const cv::DraftChoice& c : m_draft.reflections)
        out.insert(QString::number(c.id), int(c.part));
    return out;
}

QVariantMap PreparationEditor::goalParts() const
{
    QVariantMap out;
    for (const cv::DraftChoice& c : m_draft.goals)
        out.insert(QString::number(c.id), int(c.part));
    return out;
}

QVariantList PreparationEditor::chosenReflections() const
{
    QVariantList out;
    for (const cv::DraftChoice& c : m_draft.reflections) {
        QVariantMap row { { QStringLiteral("id"), c.id }, { QStringLiteral("part"), int(c.part) } };
        JournalStore* store = m_journal ? m_journal->store() : nullptr;
        auto r = store ? store->get(c.id) : Result<Reflection>(Reflection {});
        if (store && r) {
            row.insert(QStringLiteral("day"), r->day.toString(Qt::ISODate));
            row.insert(QStringLiteral("valueIds"), r->valueIds);
            row.insert(QStringLiteral("title"), firstWords(r->text));
        } else {
            row.insert(QStringLiteral("day"), QString());
            row.insert(QStringLiteral("valueIds"), QStringList());
            row.insert(QStringLiteral("title"), tr("This reflection no longer exists."));
        }
        out << row;
    }
    return out;
}

QString PreparationEditor::wellbeingWarning() const
{
    return cv::wellbeingWarning();
}

void PreparationEditor::setPlannedOn(const QString& isoDay)
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    if (day == m_draft.plannedOn)
        return;
    m_draft.plannedOn = day;
    changed();
}

void PreparationEditor::setLeaderId(const QString& id)
{
    if (id == m_draft.leaderId)
        return;
    m_draft.leaderId = id;
    resolveLeader();
    changed();
}

void PreparationEditor::setTeacherName(const QString& name)
{
    if (name == m_teacherName)
        return;
    m_teacherName = name;
    // Kept as typed once it is a name a leader can be shown; the preview says what is wrong.
    if (m_journal && m_journal->session()
        && cv::TeacherConversationStore::checkTeacherName(name.trimmed())) {
        cv::TeacherConversations conversations(*m_journal->session());
        if (Status s = conversations.store().setTeacherName(name.trimmed()); !s)
            setError(s.error().message);
    }
    emit contentChanged();
}

void PreparationEditor::setHoursPart(int part)
{
    const auto value = partOf(part);
    if (value == m_draft.hoursPart)
        return;
    m_draft.hoursPart = value;
    changed();
}

void PreparationEditor::setShareWellbeing(bool on)
{
    if (on == m_draft.shareWellbeing)
        return;
    m_draft.shareWellbeing = on;
    changed();
}

void PreparationEditor::addPoint(int part, const QString& text)
{
    const auto value = partOf(part);
    if (!value || text.trimmed().isEmpty())
        return;
    m_draft.points << cv::DraftPoint { *value, text.trimmed() };
    changed();
}

void PreparationEditor::removePoint(int index)
{
    if (index < 0 || index >= m_draft.points.size())
        return;
    m_draft.points.removeAt(index);
    changed();
}

void PreparationEditor::setChoice(QList<cv::DraftChoice>& list, qint64 id, bool chosen, int part)
{
    const auto it = std::find_if(
        list.begin(), list.end(), [id](const cv::DraftChoice& c) { return c.id == id; });
    const auto value = partOf(part);
    if (chosen && it == list.end())
        list << cv::DraftChoice { id, value.value_or(cv::v1::AGENDA_PART_LOOKING_BACK) };
    else if (chosen && value && it->part != *value)
        it->part = *value;
    else if (!chosen && it != list.end())
        list.erase(it);
    else
        return;
    changed();
}

void PreparationEditor::setReflectionChosen(qint64 reflectionId, bool chosen, int part)
{
    setChoice(m_draft.reflections, reflectionId, chosen, part);
}

void PreparationEditor::setReflectionPart(qint64 reflectionId, int part)
{
    setChoice(m_draft.reflections, reflectionId, true, part);
}

void PreparationEditor::setGoalChosen(qint64 goalId, bool chosen, int part)
{
    setChoice(m_draft.goals, goalId, chosen, part);
}

void PreparationEditor::setGoalPart(qint64 goalId, int part)
{
    setChoice(m_draft.goals, goalId, true, part);
}

void PreparationEditor::changed()
{
    if (editable()) {
        m_dirty = true;
        m_timer.start();
    }
    emit contentChanged();
}

bool PreparationEditor::flush()
{
    m_timer.stop();
    if (!m_dirty || !editable())
        return true;
    if (!m_journal || !m_journal->session())
        return false;
    cv::TeacherConversations conversations(*m_journal->session());
    if (Status s = conversations.store().saveDraft(m_draft); !s) {
        setError(s.error().message); // what was typed stays on screen; the next change retries
        return false;
    }
    m_dirty = false;
    setError({});
    return true;
}

void PreparationEditor::resolveLeader()
{
    m_leaderName.clear();
    m_leaderProblem.clear();
    if (!m_journal || !m_journal->session())
        return;
    cv::TeacherConversations conversations(*m_journal->session());
    if (auto leader = conversations.leaderFor(m_draft); leader)
        m_leaderName = leader->keys.name;
    else
        m_leaderProblem = leader.error().message;
}

void PreparationEditor::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}

} // namespace kw
