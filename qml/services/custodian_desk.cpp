#include "services/custodian_desk.h"

namespace kw {

CustodianDesk::~CustodianDesk() = default;

QString CustodianDesk::schoolName()
{
    if (!store())
        return {};
    auto profile = m_store->currentProfile();
    return profile && profile->has_value() ? (*profile)->schoolName : QString();
}

Status CustodianDesk::openStore()
{
    auto opened = custodian::CustodianStore::open(databasePath(), clock());
    if (!opened)
        return opened.error();
    m_store = std::move(*opened);
    return {};
}

} // namespace kw
