#pragma once

#include "conversation/leader_store.h"

#include <QJsonObject>
#include <QStringList>

/** The leader's conversations and teachers as `gesprek ... --json` prints them, and as text. */
namespace kw::cli {

QJsonObject summaryJson(const conversation::ConversationSummary& summary);
QJsonObject teacherJson(const conversation::TeacherSummary& teacher);
/** Everything of one conversation: preparation, notes, agreements, verslag, response. */
QJsonObject recordJson(const conversation::ConversationRecord& record);
/** The same as lines of text. */
QStringList recordLines(const conversation::ConversationRecord& record);

} // namespace kw::cli
