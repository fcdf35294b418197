#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "exchange/release_file.h"
#include "profile/school_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The check before a release: the custodian cannot open HR's part of a contribution, so before
// it sums anything it asks HR which parts open and check out (.kwcontrole), and HR answers with
// a verdict per part (.kwuitslag). The custodian then releases only over parts HR found valid,
// so one damaged or forged part never blocks a period, and HR never sees two sums that differ
// by one contribution (docs/exchange-formats.md §7b, docs/privacy.md).

namespace kw::exchange {

/** HR's verdict on one part; the numbers are release.proto's Verdict. */
enum class Verdict {
    Valid = 1, ///< opens, signed by its device, commitment and binding match the listing
    DoesNotOpen = 2, ///< not sealed to HR's key, or damaged on the way
    NotValid = 3, ///< opens, but its signature, commitment, school, period or group is wrong
    OtherContribution = 4, ///< a valid part, but of another id, revision or binding
};

/** One part the custodian asks about: the contribution it keeps and HR's part beside it. */
struct CheckedPart
{
    ReleasedContribution contribution; ///< as the custodian holds it
    QByteArray hrSeal; ///< HR's part exactly as kept: a serialised Seal
};

struct CheckRequest
{
    QString schoolId;
    int profileVersion = 0;
    QString period;
    QList<CheckedPart> parts; ///< ids strictly ascending
};

struct PartVerdict
{
    ReleasedContribution contribution; ///< as the request listed it
    QByteArray hrSealDigest; ///< sealDigest() of the part HR was given
    Verdict verdict = Verdict::DoesNotOpen;
    bool operator==(const PartVerdict&) const = default;
};

struct CheckAnswer
{
    QString schoolId;
    int profileVersion = 0;
    QString period;
    QList<PartVerdict> verdicts; ///< one per part of the request, in its order
};

/** BLAKE2b-256 of a kept HR part (a serialised Seal): how a verdict names the copy it judged. */
QByteArray sealDigest(QByteArrayView hrSeal);

/** The verdict in plain words, for the custodian. */
QString verdictText(Verdict verdict);

/** The custodian's signed .kwcontrole of @p request. */
[[nodiscard]] Result<QByteArray> writeCheckRequest(
    const CheckRequest& request, const KeySet& custodian);
/**
 * Reads a check request strictly: signed by the custodian @p profile names (checked before
 * anything else is read), for its school, version and a period of it, ids strictly ascending,
 * every part a Seal to HR's key of the profile.
 */
[[nodiscard]] Result<CheckRequest> readCheckRequest(
    QByteArrayView file, const SchoolProfile& profile);

/** HR's signed .kwuitslag of @p answer. */
[[nodiscard]] Result<QByteArray> writeCheckAnswer(const CheckAnswer& answer, const KeySet& hr);
/** Reads a check answer strictly: signed by HR of @p profile, for its school and version, one
 * known verdict per contribution, ids strictly ascending (the request's order). */
[[nodiscard]] Result<CheckAnswer> readCheckAnswer(
    QByteArrayView file, const SchoolProfile& profile);

} // namespace kw::exchange
