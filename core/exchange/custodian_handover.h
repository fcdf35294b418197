#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QDate>

namespace kw::exchange {

/**
 * The outgoing custodian's consent to a successor (.kwoverdracht). A device accepts a profile
 * that names another custodian than the one it has only when the profile carries the chain of
 * these from its custodian to the new one: HR alone, or anyone else, cannot make one.
 */
struct CustodianHandover
{
    QString schoolId;
    QByteArray schoolSignKey; ///< HR's signing key in the profile handed over from
    int fromVersion = 0; ///< that profile's version
    KeyHolder outgoing; ///< name and keys; no proof (the profile holds the incoming one's)
    KeyHolder incoming;
    QDate signedOn;
};

/**
 * A handover file signed with @p outgoing's key, which must be the custodian @p current names.
 * @p incoming is the successor's public key file as read (its box proof checked).
 */
[[nodiscard]] Result<QByteArray> createHandoverFile(
    const SchoolProfile& current, const KeySet& outgoing, const KeySet& incoming, QDate today);

/** Reads a handover file: refused unless its one signature is the outgoing custodian's. */
[[nodiscard]] Result<CustodianHandover> readHandoverFile(QByteArrayView file);

/**
 * Whether the handovers carried by @p incoming lead from the custodian of @p installed (the
 * profile this device has) to the custodian @p incoming names: each signed by the custodian
 * before, for a profile of this school under the same HR key, from a version at or after the
 * one the device had then, in ascending order. The error says who must sign what.
 */
[[nodiscard]] Status checkCustodianChain(
    const SchoolProfile& incoming, const SchoolProfile& installed);

/** The most handovers a profile carries. */
inline constexpr int kMaxHandovers = 16;
/** The most leaders a profile lists. */
inline constexpr int kMaxLeaders = 200;

} // namespace kw::exchange
