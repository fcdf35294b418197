#include "conversation/teacher_conversation_store.h"

#include "conversation/conversation_text.h"
#include "exchange/plain_text.h"

#include <QRegularExpression>

namespace kw::conversation {

namespace {

const QString kDraftKey = QStringLiteral("draft/conversation");
const QString kNameKey = QStringLiteral("teacher.name");
constexpr int kMaxNameChars = 100;

constexpr char kColumns[]
    = "SELECT id, school_id, leader_id, leader_sign_key, leader_box_key, planned_on, "
      "prep_revision, prep_body, prep_signature, prep_digest, prepared_ms, "
      "coalesce(verslag_revision, 0), verslag_body, verslag_signature, verslag_digest, "
      "verslag_ms, response_body, response_signature, responded_ms FROM conversation ";

QDateTime timeAt(const sql::Statement& row, int column)
{
    return row.columnIsNull(column) ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(row.columnInt64(column));
}

TeacherConversationRecord readRecord(const sql::Statement& row)
{
    TeacherConversationRecord r;
    r.id = row.columnBlob(0);
    r.schoolId = row.columnText(1);
    r.leaderId = row.columnText(2);
    r.leaderSignKey = row.columnBlob(3);
    r.leaderBoxKey = row.columnBlob(4);
    r.plannedOn = QDate::fromString(row.columnText(5), Qt::ISODate);
    r.preparationRevision = quint32(row.columnInt64(6));
    r.preparationBody = row.columnBlob(7);
    r.preparationSignature = row.columnBlob(8);
    r.preparationDigest = row.columnBlob(9);
    r.prepared = timeAt(row, 10);
    r.verslagRevision = quint32(row.columnInt64(11));
    r.verslagBody = row.columnBlob(12);
    r.verslagSignature = row.columnBlob(13);
    r.verslagDigest = row.columnBlob(14);
    r.verslagImported = timeAt(row, 15);
    r.responseBody = row.columnBlob(16);
    r.responseSignature = row.columnBlob(17);
    r.responded = timeAt(row, 18);
    return r;
}

sql::Blob blob(const QByteArray& bytes)
{
    return sql::Blob { bytes };
}

} // namespace

QString teacherStateId(TeacherConversationState state)
{
    switch (state) {
    case TeacherConversationState::Prepared:
        return QStringLiteral("prepared");
    case TeacherConversationState::Held:
        return QStringLiteral("held");
    case TeacherConversationState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString draftStateId(const std::optional<TeacherConversationRecord>& record)
{
    if (!record)
        return QStringLiteral("new");
    return record->state() == TeacherConversationState::Prepared ? QStringLiteral("sent")
                                                                 : teacherStateId(record->state());
}

TeacherConversationStore::TeacherConversationStore(sql::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_state(db)
{ }

Result<QString> TeacherConversationStore::teacherName()
{
    auto value = m_state.value(kNameKey);
    if (!value)
        return value.error();
    return value->value_or(QString());
}

Status TeacherConversationStore::checkTeacherName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("Give the name your leader knows you by.") };
    if (trimmed.size() > kMaxNameChars || exchange::hasUnsafeCharacters(trimmed))
        return Error { Error::Code::InvalidInput,
            Text::tr("A name has at most %1 characters and no control characters or < >.")
                .arg(kMaxNameChars) };
    return {};
}

Status TeacherConversationStore::setTeacherName(const QString& name)
{
    if (Status s = checkTeacherName(name); !s)
        return s;
    return m_state.setValue(kNameKey, name.trimmed());
}

Result<std::optional<PreparationDraft>> TeacherConversationStore::draft()
{
    auto value = m_state.value(kDraftKey);
    if (!value)
        return value.error();
    if (!value->has_value())
        return std::optional<PreparationDraft>();
    auto draft = draftFromJson((*value)->toUtf8());
    if (!draft)
        return draft.error();
    return std::optional<PreparationDraft>(*draft);
}

Status TeacherConversationStore::saveDraft(const PreparationDraft& draft)
{
    if (draft.conversationId.size() != kConversationIdBytes)
        return Error { Error::Code::InvalidInput,
            Text::tr("The preparation has no conversation id.") };
    return m_state.setValue(kDraftKey, QString::fromUtf8(draftToJson(draft)));
}

Status TeacherConversationStore::removeDraft()
{
    return m_state.remove(kDraftKey);
}

Result<std::optional<TeacherConversationRecord>> TeacherConversationStore::conversation(
    const QByteArray& id)
{
    auto stmt = m_db.prepare((QByteArray(kColumns) + "WHERE id = ?").constData());
    if (!stmt)
        return stmt.error();
    stmt->bindBlob(1, id);
    return stmt->first(readRecord);
}

Result<QList<TeacherConversationRecord>> TeacherConversationStore::conversations()
{
    auto stmt = m_db.prepare(
        (QByteArray(kColumns) + "ORDER BY planned_on DESC, prepared_ms DESC").constData());
    if (!stmt)
        return stmt.error();
    return stmt->collect(readRecord);
}

Result<QByteArray> TeacherConversationStore::findConversation(const QString& prefix)
{
    const QString hex = prefix.trimmed().toLower();
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-f]{6,32}$"));
    if (!hexDigits.match(hex).hasMatch())
        return Error { Error::Code::InvalidInput,
            Text::tr("\"%1\" is not a conversation id: give at least its first 6 hex digits.")
                .arg(prefix.left(40)) };
    auto stmt = m_db.prepare("SELECT id FROM conversation");
    if (!stmt)
        return stmt.error();
    auto ids = stmt->collect([](const sql::Statement& row) { return row.columnBlob(0); });
    if (!ids)
        return ids.error();
    QList<QByteArray> matches;
    for (const QByteArray& id : *ids)
        if (QString::fromLatin1(id.toHex()).startsWith(hex))
            matches << id;
    if (matches.isEmpty())
        return Error { Error::Code::NotFound,
            Text::tr("There is no conversation %1 on this device.").arg(hex) };
    if (matches.size() > 1)
        return Error { Error::Code::InvalidInput,
            Text::tr("Several conversations start with %1: give more digits.").arg(hex) };
    return matches.first();
}

Result<std::optional<QByteArray>> TeacherConversationStore::lastClosed()
{
    auto stmt = m_db.prepare("SELECT id FROM conversation WHERE response_body IS NOT NULL "
                             "ORDER BY responded_ms DESC, planned_on DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    return stmt->first([](const sql::Statement& row) { return row.columnBlob(0); });
}

Status TeacherConversationStore::recordPreparation(const TeacherConversationRecord& r)
{
    const Status s = m_db.run(
        "INSERT INTO conversation (id, school_id, leader_id, leader_sign_key, leader_box_key, "
        "planned_on, prep_revision, prep_body, prep_signature, prep_digest, prepared_ms) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO UPDATE SET "
        "planned_on = ?6, prep_revision = ?7, prep_body = ?8, prep_signature = ?9, "
        "prep_digest = ?10, prepared_ms = ?11 WHERE verslag_body IS NULL AND school_id = ?2 "
        "AND leader_id = ?3 AND leader_sign_key = ?4 AND leader_box_key = ?5",
        { blob(r.id), r.schoolId, r.leaderId, blob(r.leaderSignKey), blob(r.leaderBoxKey),
            r.plannedOn.toString(Qt::ISODate), qint64(r.preparationRevision),
            blob(r.preparationBody), blob(r.preparationSignature), blob(r.preparationDigest),
            m_clock.now().toMSecsSinceEpoch() });
    if (!s)
        return s;
    if (m_db.changes() == 1)
        return {};
    auto kept = conversation(r.id);
    if (!kept)
        return kept.error();
    if (kept->has_value() && (*kept)->verslagRevision == 0)
        return Error { Error::Code::Untrusted,
            Text::tr("This conversation began with other keys of your leader (or with another "
                     "leader or school): a new version of its preparation is never sealed to "
                     "other keys than the first.") };
    return Error { Error::Code::InvalidInput,
        Text::tr("A verslag of this conversation has arrived: its preparation cannot change any "
                 "more.") };
}

Status TeacherConversationStore::recordVerslag(const QByteArray& id, quint32 revision,
    const QByteArray& body, const QByteArray& signature, const QByteArray& digest)
{
    if (Status s = m_db.run("UPDATE conversation SET verslag_revision = ?, verslag_body = ?, "
                            "verslag_signature = ?, verslag_digest = ?, verslag_ms = ? "
                            "WHERE id = ? AND response_body IS NULL",
            { qint64(revision), blob(body), blob(signature), blob(digest),
                m_clock.now().toMSecsSinceEpoch(), blob(id) });
        !s)
        return s;
    return m_db.changes() == 1
        ? Status()
        : Status(Error { Error::Code::NotFound, Text::tr("This conversation is closed.") });
}

Status TeacherConversationStore::recordResponse(
    const QByteArray& id, const QByteArray& body, const QByteArray& signature)
{
    if (Status s = m_db.run("UPDATE conversation SET response_body = ?, response_signature = ?, "
                            "responded_ms = ? WHERE id = ? AND verslag_body IS NOT NULL AND "
                            "response_body IS NULL",
            { blob(body), blob(signature), m_clock.now().toMSecsSinceEpoch(), blob(id) });
        !s)
        return s;
    return m_db.changes() == 1 ? Status()
                               : Status(Error { Error::Code::NotFound,
                                   Text::tr("This conversation has no verslag to respond to, or "
                                            "was closed already.") });
}

Status TeacherConversationStore::addAgreementLink(
    const QByteArray& conversationId, const QByteArray& agreementId, bool agreed, qint64 actionId)
{
    auto stmt = m_db.prepare("INSERT INTO conversation_agreement (conversation_id, agreement_id, "
                             "status, action_id) VALUES (?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bindBlob(1, conversationId)
        .bindBlob(2, agreementId)
        .bind(3, agreed ? QStringLiteral("agreed") : QStringLiteral("seen"));
    actionId > 0 ? stmt->bind(4, actionId) : stmt->bindNull(4);
    return stmt->run();
}

Result<QList<AgreementLink>> TeacherConversationStore::agreementLinks(
    const QByteArray& conversationId)
{
    auto stmt = m_db.prepare(
        "SELECT l.conversation_id, l.agreement_id, l.status = 'agreed', coalesce(a.id, 0), "
        "coalesce(a.goal_id, 0), a.done_ms IS NOT NULL FROM conversation_agreement l "
        "LEFT JOIN goal_action a ON a.id = l.action_id WHERE l.conversation_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bindBlob(1, conversationId);
    return stmt->collect([](const sql::Statement& row) {
        return AgreementLink { row.columnBlob(0), row.columnBlob(1), row.columnInt(2) != 0,
            row.columnInt64(3), row.columnInt64(4), row.columnInt(5) != 0 };
    });
}

} // namespace kw::conversation
