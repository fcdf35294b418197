#pragma once

#include <QCoreApplication>

namespace kw::lock {

/** The translation context of every message the app lock shows ("kw::AppLock"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::AppLock)
};

} // namespace kw::lock
