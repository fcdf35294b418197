#pragma once

#include <QCoreApplication>

namespace kw::demo {

/** The translation context of every message the demo data shows ("kw::Demo"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Demo)
};

} // namespace kw::demo
