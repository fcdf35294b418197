#pragma once

#include <QCoreApplication>

namespace kw::hr {

/** The translation context of every message HR's side shows ("kw::Hr"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Hr)
};

} // namespace kw::hr
