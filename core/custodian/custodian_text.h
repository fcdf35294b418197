#pragma once

#include <QCoreApplication>

namespace kw::custodian {

/** The translation context of every message the custodian's side shows ("kw::Custodian"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Custodian)
};

} // namespace kw::custodian
