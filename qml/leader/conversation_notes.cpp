#include "conversation_notes.h"

#include "exchange/crypto.h"
#include "exchange/proto_bytes.h"

#include <QLocale>

namespace kw {

namespace v1 = ::kernwijzer::v1;

namespace {

/** Kept this long after the last keystroke: often enough that nothing is lost. */
constexpr int kSaveAfterMs = 700;

QString qs(const std::string& utf8)
{
    return QString::fromStdString(utf8);
}

} // namespace

ConversationNotes::ConversationNotes(QObject* parent)
    : QObject(parent)
    , m_agreements(new AgreementListModel(this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveAfterMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ConversationNotes::saveNow);
}

ConversationNotes::~ConversationNotes()
{
    if (m_dirty)
        saveNow();
}

void ConversationNotes::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    disconnect(m_deskChanged);
    m_desk = desk;
    if (desk)
        m_deskChanged = connect(desk, &SchoolDesk::changed, this, &ConversationNotes::reload);
    emit deskChanged();
    reload();
}

void ConversationNotes::setConversationId(const QString& hexId)
{
    if (hexId == m_id)
        return;
    if (m_dirty)
        saveNow();
    m_id = hexId;
    m_dirty = false;
    emit deskChanged();
    reload();
}

void ConversationNotes::reload()
{
    // What the leader is typing is never replaced by what the database held before it.
    if (m_dirty)
        return;
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    m_record.reset();
    m_draft.Clear();
    m_editable = false;
    if (store && !m_id.isEmpty()) {
        auto record = store->conversation(QByteArray::fromHex(m_id.toLatin1()));
        if (record) {
            m_record = *record;
            m_profile = m_desk->profile();
            m_editable = record->state != conversation::ConversationState::Closed;
            // A closed conversation shows the verslag the teacher answered.
            m_draft = !m_editable && record->verslag ? record->verslag->body : record->draft;
        } else {
            m_error = record.error().message;
        }
    }
    ++m_version;
    showAgreements();
    emit draftChanged();
    emit savedChanged();
}

void ConversationNotes::showAgreements()
{
    QList<v1::Agreement> list(m_draft.agreements().begin(), m_draft.agreements().end());
    m_agreements->reset(list, m_record ? m_record->preparation.body.ref() : v1::ConversationRef(),
        m_record && m_record->response ? std::optional(m_record->response->body) : std::nullopt,
        m_profile);
}

QVariantList ConversationNotes::kernwaardeChoices() const
{
    QVariantList out;
    if (m_profile)
        for (const Kernwaarde& k : m_profile->kernwaarden)
            out.append(
                QVariantMap { { QStringLiteral("id"), k.id }, { QStringLiteral("name"), k.name } });
    return out;
}

QVariantList ConversationNotes::goalChoices() const
{
    QVariantList out;
    if (!m_record)
        return out;
    for (const v1::AgendaItem& item : m_record->preparation.body.items())
        if (item.source() == v1::AgendaItem::SOURCE_GOAL && !item.goal_ref().empty())
            out.append(QVariantMap { { QStringLiteral("ref"), qs(item.goal_ref()) },
                { QStringLiteral("title"), qs(item.title()) } });
    return out;
}

QString ConversationNotes::savedText() const
{
    if (m_dirty)
        return tr("Keeping…");
    if (!m_savedAt.isValid())
        return {};
    return tr("Kept at %1").arg(QLocale().toString(m_savedAt.time(), QStringLiteral("HH:mm")));
}

QString ConversationNotes::teacherName() const
{
    return m_record ? m_record->teacherName : QString();
}

QString ConversationNotes::leaderName() const
{
    return m_record ? qs(m_record->preparation.body.ref().leader().name()) : QString();
}

QString ConversationNotes::notes(int part) const
{
    for (const v1::PartNotes& n : m_draft.notes())
        if (n.part() == part)
            return qs(n.notes());
    return {};
}

QString ConversationNotes::ownPoints(int part) const
{
    for (const v1::PartNotes& n : m_draft.notes())
        if (n.part() == part)
            return qs(n.own_points());
    return {};
}

v1::PartNotes& ConversationNotes::partNotes(int part)
{
    for (v1::PartNotes& n : *m_draft.mutable_notes())
        if (n.part() == part)
            return n;
    v1::PartNotes* added = m_draft.add_notes();
    added->set_part(v1::AgendaPart(part));
    return *added;
}

void ConversationNotes::changedByUser()
{
    m_dirty = true;
    m_saveTimer.start();
    emit savedChanged();
}

void ConversationNotes::setNotes(int part, const QString& text)
{
    if (!m_editable || !v1::AgendaPart_IsValid(part) || part == 0 || notes(part) == text)
        return;
    partNotes(part).set_notes(text.toStdString());
    changedByUser();
}

void ConversationNotes::setOwnPoints(int part, const QString& text)
{
    if (!m_editable || !v1::AgendaPart_IsValid(part) || part == 0 || ownPoints(part) == text)
        return;
    partNotes(part).set_own_points(text.toStdString());
    changedByUser();
}

bool ConversationNotes::addAgreement(const QString& what, const QString& who, const QString& dueIso,
    const QString& kernwaardeId, const QString& goalRef)
{
    if (!m_editable)
        return false;
    m_error.clear();
    if (what.trimmed().isEmpty())
        m_error = tr("Write what is agreed.");
    else if (!dueIso.isEmpty() && !QDate::fromString(dueIso, Qt::ISODate).isValid())
        m_error = tr("\"%1\" is not a day.").arg(dueIso);
    if (!m_error.isEmpty()) {
        emit savedChanged();
        return false;
    }
    v1::Agreement* a = m_draft.add_agreements();
    a->set_id(exchange::bytesOf(crypto::randomBytes(conversation::kAgreementIdBytes)));
    a->set_what(what.trimmed().toStdString());
    a->set_who((who.isEmpty() ? QStringLiteral("teacher") : who).toStdString());
    a->set_due(dueIso.toStdString());
    a->set_kernwaarde_id(kernwaardeId.toStdString());
    for (const QVariant& goal : goalChoices()) {
        const QVariantMap g = goal.toMap();
        if (!goalRef.isEmpty() && g.value(QStringLiteral("ref")).toString() == goalRef) {
            a->set_goal_ref(goalRef.toStdString());
            a->set_goal_title(g.value(QStringLiteral("title")).toString().toStdString());
        }
    }
    ++m_version;
    showAgreements();
    emit draftChanged();
    // An agreement is kept at once: it is what the teacher will answer.
    return saveNow();
}

void ConversationNotes::removeAgreement(int row)
{
    if (!m_editable || row < 0 || row >= m_draft.agreements_size())
        return;
    m_draft.mutable_agreements()->DeleteSubrange(row, 1);
    ++m_version;
    showAgreements();
    emit draftChanged();
    saveNow();
}

bool ConversationNotes::saveNow()
{
    m_saveTimer.stop();
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store || m_id.isEmpty())
        return false;
    if (Status s = store->saveNotes(QByteArray::fromHex(m_id.toLatin1()), m_draft); !s) {
        m_error = s.error().message;
        emit savedChanged();
        return false;
    }
    m_dirty = false;
    m_error.clear();
    m_savedAt = m_desk->clock().now().toLocalTime();
    emit savedChanged();
    return true;
}

} // namespace kw
