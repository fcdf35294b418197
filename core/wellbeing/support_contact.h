#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace kw {

/** Someone a worried teacher can turn to, from the school profile; shown to the teacher only. */
struct SupportContact
{
    QString role; ///< as the school names it: "Vertrouwenspersoon", "Bedrijfsarts", "Huisarts"
    QString name;
    QString reach; ///< how to reach them: phone, e-mail, when
};

/** Every contact has a role, a name and a way to reach them. */
[[nodiscard]] Status validateSupportContacts(const QList<SupportContact>& contacts);

} // namespace kw
