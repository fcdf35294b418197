#include "services/school_desk.h"

namespace kw {

SchoolDesk::SchoolDesk(
    QString databasePath, DeskKey* key, const Clock& clock, Prepare prepare, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_key(key)
    , m_clock(clock)
    , m_prepare(std::move(prepare))
{
    m_key->setParent(this);
}

bool SchoolDesk::ready()
{
    if (m_tried)
        return m_open;
    m_tried = true;
    Status opened = m_prepare ? m_prepare() : Status();
    if (opened)
        opened = openStore();
    m_open = opened.ok();
    if (!m_open)
        m_openError = opened.error().message;
    m_key->unlockQuietly();
    return m_open;
}

} // namespace kw
