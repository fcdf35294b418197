#pragma once

#include "common/result.h"
#include "conversation/conversation_file.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kw::conversation {

/** A point the teacher wrote for one part of the agenda. */
struct DraftPoint
{
    v1::AgendaPart part = v1::AGENDA_PART_LOOKING_BACK;
    QString text;
    bool operator==(const DraftPoint&) const = default;
};

/** A reflection or POP goal the teacher ticked, and the part it goes with. */
struct DraftChoice
{
    qint64 id = 0;
    v1::AgendaPart part = v1::AGENDA_PART_LOOKING_BACK;
    bool operator==(const DraftChoice&) const = default;
};

/**
 * The teacher's preparation of one waarderingsgesprek while they work on it, kept in the journal
 * like the reflection draft. It names what the teacher chose by id only: a reflection's text is
 * read when the preparation is built (buildPreparation()), so an unticked one never leaves the
 * journal, and wellbeing is only read when shareWellbeing is on. The open agreements of the last
 * closed conversation are added to the terugblik by the builder, not chosen here.
 */
struct PreparationDraft
{
    /** 16 random bytes, made with the draft: the conversation this prepares. */
    QByteArray conversationId;
    QDate plannedOn;
    QString leaderId; ///< empty: the leader of the teacher's team
    QList<DraftPoint> points;
    QList<DraftChoice> reflections;
    QList<DraftChoice> goals;
    /** Where the balance of professionaliseringsuren goes; nothing: not brought. */
    std::optional<v1::AgendaPart> hoursPart;
    /** Off unless the teacher switches it on for this conversation: health data. */
    bool shareWellbeing = false;

    /** A new, empty draft for a new conversation (a fresh random id). */
    static PreparationDraft fresh();
    bool operator==(const PreparationDraft&) const = default;
};

/** "terugblik", "energie", "talent", "toekomst": a part as the CLI and the draft name it. */
QString agendaPartId(v1::AgendaPart part);
std::optional<v1::AgendaPart> agendaPartFromId(const QString& id);
/** "own", "reflection", "goal", "hours", "agreement": where an agenda item comes from, as the
 * CLI's JSON and the views name it; "unknown" for anything else. */
QString agendaSourceId(v1::AgendaItem::Source source);
/** The part's name (translated; Dutch: "Terugblik en waardering", …). */
QString agendaPartName(v1::AgendaPart part);
/** The four parts in the agenda's order. */
QList<v1::AgendaPart> agendaParts();

/** The draft as the journal keeps it (compact JSON). */
QByteArray draftToJson(const PreparationDraft& draft);
/** Reads a kept draft; an error naming what is wrong for anything else. */
[[nodiscard]] Result<PreparationDraft> draftFromJson(const QByteArray& json);

} // namespace kw::conversation
