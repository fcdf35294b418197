#include "services/hr_desk.h"

#include "hr/hr_schema.h"

namespace kw {

HrDesk::~HrDesk() = default;

QString HrDesk::schoolName()
{
    if (!store())
        return {};
    auto versions = m_store->profileVersions();
    if (!versions || versions->isEmpty())
        return {};
    auto profile = m_store->profile(versions->last());
    return profile ? profile->schoolName : QString();
}

Status HrDesk::openStore()
{
    auto opened = sql::Database::open(databasePath(), hr::hrSchema());
    if (!opened)
        return opened.error();
    m_db = std::move(*opened);
    m_store = std::make_unique<hr::HrStore>(*m_db, clock());
    return {};
}

} // namespace kw
