#pragma once

#include "custodian/custodian_store.h"
#include "services/school_desk.h"

#include <memory>

namespace kw {

/** The custodian's desk (singleton "Custodian"): the inbox of teachers' contributions, the
 * releases, and the custodian's key. */
class CustodianDesk : public SchoolDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the app makes the desks")

public:
    using SchoolDesk::SchoolDesk;
    ~CustodianDesk() override;

    /** The store, opened on the first call; null when it cannot open (openError() says why). */
    custodian::CustodianStore* store() { return ready() ? m_store.get() : nullptr; }

    QString schoolName() override;

protected:
    Status openStore() override;

private:
    std::unique_ptr<custodian::CustodianStore> m_store;
};

} // namespace kw
