#pragma once

#include <QCoreApplication>

namespace kw::exchange {

/** The translation context of every message the exchange shows ("kw::Exchange"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Exchange)
};

} // namespace kw::exchange
