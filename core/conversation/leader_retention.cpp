// LeaderStore: what is held about a teacher, how long, and everything of it for an access
// request.
#include "conversation/conversation_text.h"
#include "conversation/leader_store.h"

namespace kw::conversation {

namespace v1 = ::kernwijzer::v1;

Status LeaderStore::markLeft(const QString& name, QDate leftOn)
{
    auto id = teacherId(name);
    if (!id)
        return id.error();
    if (!*id)
        return Error { Error::Code::NotFound, Text::tr("%1 is not on your list.").arg(name) };
    if (leftOn.isValid() && leftOn > m_clock.today().addYears(1))
        return Error { Error::Code::InvalidInput,
            Text::tr("The day a teacher leaves is at most a year ahead.") };
    if (!leftOn.isValid())
        return m_db->run("UPDATE teacher SET left_on = NULL WHERE id = ?", { **id });
    return m_db->run(
        "UPDATE teacher SET left_on = ?2 WHERE id = ?1", { **id, leftOn.toString(Qt::ISODate) });
}

Result<int> LeaderStore::purgeExpired(QDate today)
{
    auto installed = profile();
    if (!installed)
        return installed.error();
    if (!*installed)
        return 0;
    const int years = (*installed)->retentionYears;
    auto stmt = m_db->prepare("SELECT id, left_on FROM teacher WHERE left_on IS NOT NULL");
    if (!stmt)
        return stmt.error();
    auto left = stmt->collect([](const sql::Statement& row) {
        return std::pair { row.columnInt64(0), QDate::fromString(row.columnText(1), Qt::ISODate) };
    });
    if (!left)
        return left.error();
    QList<qint64> expired;
    for (const auto& [id, leftOn] : std::as_const(*left))
        if (leftOn.isValid() && leftOn.addYears(years) <= today)
            expired << id;
    if (expired.isEmpty())
        return 0;
    sql::Transaction tx(*m_db);
    if (!tx.began())
        return tx.status().error();
    for (const qint64 id : std::as_const(expired)) {
        if (Status s = m_db->run("DELETE FROM conversation WHERE teacher_id = ?", { id }); !s)
            return s.error();
        if (Status s = m_db->run("DELETE FROM teacher WHERE id = ?", { id }); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    // secure_delete (set when the store opens) zeroes the deleted rows; the old pages must not
    // stay behind in the write-ahead log either.
    if (Status s = m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s)
        return s.error();
    return int(expired.size());
}

Result<ConversationRecord> LeaderStore::conversation(const QByteArray& id)
{
    auto stmt = m_db->prepare(R"sql(
        SELECT t.name, c.planned_on, c.state, c.preparation_body, c.preparation_signature,
            c.preparation_revision, c.draft, c.verslag_body, c.verslag_signature,
            c.verslag_revision, c.response_body, c.response_signature
        FROM conversation c JOIN teacher t ON t.id = c.teacher_id WHERE c.id = ?
    )sql");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bindBlob(1, id).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error { Error::Code::NotFound,
            Text::tr("No conversation %1.").arg(conversationIdText(id)) };
    ConversationRecord out;
    out.id = id;
    out.teacherName = stmt->columnText(0);
    out.plannedOn = QDate::fromString(stmt->columnText(1), Qt::ISODate);
    out.state = ConversationState(stmt->columnInt(2));
    auto preparation = readSignedPreparation(stmt->columnBlob(3), stmt->columnBlob(4));
    if (!preparation)
        return preparation.error();
    out.preparation
        = { std::move(*preparation), stmt->columnBlob(3), stmt->columnBlob(4), stmt->columnInt(5) };
    const QByteArray draft = stmt->columnBlob(6);
    if (!out.draft.ParseFromArray(draft.constData(), int(draft.size())))
        return Error { Error::Code::Corrupt,
            Text::tr("The leader's notes of this conversation are damaged.") };
    if (!stmt->columnIsNull(7)) {
        auto verslag = readSignedVerslag(stmt->columnBlob(7), stmt->columnBlob(8));
        if (!verslag)
            return verslag.error();
        out.verslag = SignedFile<v1::Verslag> { std::move(*verslag), stmt->columnBlob(7),
            stmt->columnBlob(8), stmt->columnInt(9) };
    }
    if (!stmt->columnIsNull(10)) {
        auto response = readSignedResponse(stmt->columnBlob(10), stmt->columnBlob(11));
        if (!response)
            return response.error();
        out.response = SignedFile<v1::Response> { std::move(*response), stmt->columnBlob(10),
            stmt->columnBlob(11), int(response->ref().revision()) };
    }
    return out;
}

Result<LeaderTeacherRecord> LeaderStore::teacherRecord(const QString& name)
{
    auto stmt
        = m_db->prepare("SELECT team_id, sign_key, box_key, left_on FROM teacher WHERE name = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, name).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error { Error::Code::NotFound, Text::tr("%1 is not on your list.").arg(name) };
    LeaderTeacherRecord out;
    out.name = name;
    out.teamId = stmt->columnText(0);
    out.signKey = stmt->columnBlob(1);
    out.boxKey = stmt->columnBlob(2);
    out.leftOn = QDate::fromString(stmt->columnText(3), Qt::ISODate);
    stmt->reset();
    auto installed = profile();
    if (!installed)
        return installed.error();
    auto leader = self();
    if (!leader)
        return leader.error();
    if (*installed) {
        out.schoolName = (*installed)->schoolName;
        if (const ProfileItem* team = (*installed)->team(out.teamId))
            out.teamName = team->name;
        if (out.leftOn.isValid())
            out.deleteOn = out.leftOn.addYears((*installed)->retentionYears);
    }
    if (*leader)
        out.leaderName = (*leader)->keys.name;
    auto summaries = conversations(name);
    if (!summaries)
        return summaries.error();
    for (auto it = summaries->crbegin(); it != summaries->crend(); ++it) {
        auto record = conversation(it->id);
        if (!record)
            return record.error();
        out.conversations << std::move(*record);
    }
    return out;
}

} // namespace kw::conversation
