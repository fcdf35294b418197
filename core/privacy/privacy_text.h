#pragma once

#include <QCoreApplication>

namespace kw::privacy {

/** The translation context of every message the release rules show ("kw::Privacy"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Privacy)
};

} // namespace kw::privacy
