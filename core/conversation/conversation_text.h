#pragma once

#include <QCoreApplication>

namespace kw::conversation {

/** The translation context of the waarderingsgesprek's messages ("kw::Conversation"). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Conversation)
};

} // namespace kw::conversation
