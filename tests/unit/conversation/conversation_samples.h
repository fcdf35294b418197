#pragma once

#include "conversation/conversation_file.h"

#include <QByteArray>

/**
 * A waarderingsgesprek to test with: fixed keys for two teachers and two leaders, and a
 * preparation, verslag and response that keep every rule, each answering the one before.
 */
namespace kw::test {

namespace v1 = ::kernwijzer::v1;

/** Keys made from a fixed seed: the same for every run. */
conversation::OwnKeys seededOwnKeys(const char* label);

struct ConversationCast
{
    conversation::OwnKeys teacher = seededOwnKeys("sample teacher");
    conversation::OwnKeys otherTeacher = seededOwnKeys("sample other teacher");
    conversation::OwnKeys leader = seededOwnKeys("sample leader");
    conversation::OwnKeys otherLeader = seededOwnKeys("sample other leader");
};

inline const QString kSampleTeacherName = QStringLiteral("Anna de Vries");
inline const QString kSampleLeaderName = QStringLiteral("Bram Jansen");

/** A preparation by @p teacher for @p leader; with two wellbeing series when @p wellbeing. */
v1::Preparation samplePreparation(const conversation::OwnKeys& teacher,
    const conversation::OwnKeys& leader, bool wellbeing = false);
/** The leader's verslag of @p preparation, whose body digest is @p preparationDigest. */
v1::Verslag sampleVerslag(const v1::Preparation& preparation, const QByteArray& preparationDigest);
/** The teacher's response: the first agreement akkoord, the second gezien, both with a reaction. */
v1::Response sampleResponse(const v1::Verslag& verslag, const QByteArray& verslagDigest);

/** A 16-byte id whose bytes are all @p fill. */
std::string sampleId(char fill);

/**
 * A conversation file made by hand, past every check a writer makes: @p body and @p signature
 * sealed to @p recipientBox in an envelope of @p kind. For files a writer would refuse to make.
 */
QByteArray sealByHand(v1::FileKind kind, v1::Party recipient, const QByteArray& recipientBox,
    const std::string& body, const QByteArray& signature);

} // namespace kw::test
