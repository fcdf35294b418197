#pragma once

#include "common/result.h"

namespace kw {

/** An Error of code InvalidInput: what the user (or a school profile) gave breaks a rule. */
inline Error invalid(const QString& message)
{
    return Error { Error::Code::InvalidInput, message };
}

} // namespace kw
