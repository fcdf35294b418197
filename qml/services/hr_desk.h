#pragma once

#include "hr/hr_store.h"
#include "services/school_desk.h"

#include <memory>

namespace kw {

/** HR's desk (singleton "Hr"): HR's database of imported releases, and HR's key. */
class HrDesk : public SchoolDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the app makes the desks")

public:
    using SchoolDesk::SchoolDesk;
    ~HrDesk() override;

    /** The store, opened on the first call; null when it cannot open (openError() says why). */
    hr::HrStore* store() { return ready() ? m_store.get() : nullptr; }

    QString schoolName() override;

protected:
    Status openStore() override;

private:
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<hr::HrStore> m_store;
};

} // namespace kw
