#pragma once

#include "common/result.h"
#include "conversation/leader_teacher_record.h"
#include "kernwijzer/v1/conversation.pb.h"
#include "profile/school_profile.h"
#include "reports/report_document.h"

#include <QDate>
#include <QLocale>
#include <optional>

namespace kw {

/**
 * The signed verslag of one waarderingsgesprek as a printable document for the
 * bekwaamheidsdossier: school, both names, the day it was held, the fingerprints of both
 * signing keys, what the teacher shared per agenda part, the leader's points and notes, each
 * agreement with its status (akkoord, gezien, or not answered yet) and reaction, the teacher's
 * reaction, and who signed on which day.
 *
 * Wellbeing appears only when @p preparation carries it (the teacher switched it on for this
 * conversation). The bodies must already be checked (conversation::readSigned*): this only
 * lays them out. Kernwaarden are named as @p profile names them; @p today goes into the footer.
 */
ReportDocument verslagReport(const ::kernwijzer::v1::Preparation& preparation,
    const ::kernwijzer::v1::Verslag& verslag,
    const std::optional<::kernwijzer::v1::Response>& response, const SchoolProfile& profile,
    QDate today, const QLocale& locale);

/** One conversation's signed bodies as a store keeps them: bytes exactly as signed. */
struct StoredConversation
{
    QByteArray preparationBody;
    QByteArray preparationSignature;
    QByteArray verslagBody;
    QByteArray verslagSignature;
    QByteArray responseBody; ///< empty: the teacher has not responded yet
    QByteArray responseSignature;
};

/** The bodies of a StoredConversation once checkStoredConversation() passed them. */
struct CheckedConversation
{
    ::kernwijzer::v1::Preparation preparation;
    ::kernwijzer::v1::Verslag verslag;
    std::optional<::kernwijzer::v1::Response> response; ///< nothing: not responded yet
};

/**
 * Checks bodies read from a store as checkedVerslagReport() does and returns them read: each
 * signature under the key it names, one conversation (the same id, school and parties), the
 * verslag answering this preparation's digest and the response this verslag's.
 */
[[nodiscard]] Result<CheckedConversation> checkStoredConversation(const StoredConversation& stored);

/**
 * verslagReport() of bodies read from a store: each is checked again (its signature under the
 * key it names, conversation::readSigned*), and they must be one conversation: the same id,
 * school and parties, the verslag answering this preparation's digest and the response this
 * verslag's. Refused, with the reason, when any of that fails: a PDF for the dossier never shows
 * a record that does not check out.
 */
[[nodiscard]] Result<ReportDocument> checkedVerslagReport(const StoredConversation& stored,
    const SchoolProfile& profile, QDate today, const QLocale& locale);

/**
 * Everything a leader's database holds about one teacher, for an access request (AVG art. 15):
 * who they are, their key, whether and when they left and when their data goes, and every
 * conversation with the preparation, the leader's notes (sent or still a draft), the agreements
 * and the teacher's answers. Nothing is left out: this is the teacher's right.
 */
ReportDocument accessExportReport(const conversation::LeaderTeacherRecord& record,
    const SchoolProfile& profile, QDate today, const QLocale& locale);

} // namespace kw
