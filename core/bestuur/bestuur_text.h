#pragma once

#include <QCoreApplication>

namespace kw::bestuur {

/** The translation context of every message the bestuur's side shows ("kw::Bestuur"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Bestuur)
};

} // namespace kw::bestuur
