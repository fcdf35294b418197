#include "exchange/profile_signing.h"

#include "exchange/exchange_text.h"
#include "exchange/profile_file.h"

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
