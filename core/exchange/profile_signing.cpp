#include "exchange/profile_signing.h"

#include "exchange/exchange_text.h"
#include "exchange/profile_file.h"
#include "profile/profile_draft.h"

namespace kw::exchange {

Result<KeyHolder> custodianHolder(const KeySet& custodianKey, const KeyHolder& named)
{
    if (custodianKey.party != ::kernwijzer::v1::PARTY_CUSTODIAN)
        return Error { Error::Code::InvalidInput,
            Text::tr("This is not a custodian's key file: the custodian names the profile with "
                     "their public key file (.kwsleutel.pub).") };
    KeyHolder holder = custodianKey.holder();
    // The name teachers see is the one the custodian gave their own key.
    if (holder.role.isEmpty())
        holder.role = named.role;
    holder.contact = named.contact;
    return holder;
}

Result<int> addLeaderKey(SchoolProfile& draft, const KeySet& leaderKey)
{
    if (leaderKey.party != ::kernwijzer::v1::PARTY_LEADER)
        return Error { Error::Code::InvalidInput,
            Text::tr("This is not a leader's key file: a leader makes one in the app (role "
                     "Team leader, Key) and gives HR the public key file (.kwsleutel.pub).") };
    const KeyHolder holder = leaderKey.holder();
    if (!hasValidKeyBinding(holder, ::kernwijzer::v1::PARTY_LEADER))
        return Error { Error::Code::InvalidInput,
            Text::tr("This leader's public key file was made by an older version of Kernwijzer "
                     "and does not pair its keys yet: ask the leader to save their public key "
                     "file (.kwsleutel.pub) again.") };
    const auto named = [&holder](const KeyHolder& other) {
        return other.signKey == holder.signKey || other.boxKey == holder.boxKey;
    };
    if (named(draft.school) || named(draft.custodian))
        return Error { Error::Code::InvalidInput,
            Text::tr("This key is HR's or the custodian's; a leader needs a key of their own.") };
    for (qsizetype row = 0; row < draft.leaders.size(); ++row) {
        Leader& leader = draft.leaders[row];
        if (named(leader.keys))
            return Error { Error::Code::InvalidInput,
                Text::tr("%1 is already listed with this key.").arg(leader.keys.name) };
    }
    for (qsizetype row = 0; row < draft.leaders.size(); ++row) {
        Leader& leader = draft.leaders[row];
        if (leader.keys.name.compare(holder.name, Qt::CaseInsensitive) == 0) {
            leader.keys = holder;
            return int(row);
        }
    }
    QStringList taken;
    for (const Leader& leader : draft.leaders)
        taken << leader.id;
    draft.leaders.append({ idForName(holder.name, taken), {}, holder });
    return int(draft.leaders.size() - 1);
}

Result<QByteArray> signDraft(SchoolProfile draft, const KeySet& hr)
{
    if (hr.party != ::kernwijzer::v1::PARTY_SCHOOL || !hr.hasSecrets())
        return Error { Error::Code::InvalidInput,
            Text::tr("A profile is created with HR's secret key file.") };
    // HR's name on the profile is the one HR gave its key; a new key replaces the old.
    draft.school = hr.holder();
    return createProfileFile(draft, hr);
}

} // namespace kw::exchange
