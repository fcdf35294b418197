#pragma once

#include "common/result.h"
#include "conversation/conversation_file.h"
#include "conversation/teacher_preparation_draft.h"

#include <QDate>

namespace kw {
class TeacherSession;
}

namespace kw::conversation {

/** What a preparation says besides the teacher's choices: which conversation, who talks. */
struct PreparationHeader
{
    QByteArray conversationId;
    quint32 revision = 1;
    QString schoolId;
    QString teamId; ///< the team the teacher chose for the exchange; may be empty
    v1::ConversationParty teacher;
    v1::ConversationParty leader;
    QDate writtenOn;
};

/** An accepted agreement of the last closed conversation whose POP action is not done yet. */
struct OpenAgreement
{
    QByteArray conversationId;
    v1::Agreement agreement; ///< as the leader's verslag has it
    qint64 actionId = 0;
    qint64 goalId = 0;
};

/** How far back the wellbeing trend of a preparation reaches. */
inline constexpr int kWellbeingTrendMonths = 6;
/** The most points of one wellbeing series (the format's limit): the latest are kept. */
inline constexpr int kMaxWellbeingPoints = 120;

/**
 * The preparation exactly as the leader will see it (the preview is this very message): the
 * open agreements first in the terugblik, then per part the teacher's own points, the ticked
 * reflections (their text, day and kernwaarden), the ticked goals with their progress, the hours
 * balance where the teacher put it and, only when the draft switches it on, the WHO-5 and pulse
 * trends of the last kWellbeingTrendMonths months. Nothing else of the journal is read into it.
 *
 * Refused, naming the item: a ticked reflection or goal that no longer exists, or a body the
 * format would refuse (checkBody()).
 */
[[nodiscard]] Result<v1::Preparation> buildPreparation(const PreparationDraft& draft,
    const PreparationHeader& header, const QList<OpenAgreement>& openAgreements,
    TeacherSession& journal);

/** The goal_ref a preparation names a POP goal by (its number in the journal). */
QString goalRef(qint64 goalId);
/** The goal a goal_ref names; 0 when it names none. */
qint64 goalIdFromRef(const std::string& ref);

/** The warning shown where the teacher switches wellbeing on (translated). */
QString wellbeingWarning();

} // namespace kw::conversation
