#pragma once

#include <QString>
#include <google/protobuf/message.h>

namespace kw::exchange {

/**
 * Whether any text field of @p message (at any depth) holds a control character: C0 and C1
 * controls, DEL, or a bidirectional override or isolate. Names and ids from a file are printed
 * to terminals and shown in dialogs; such characters could rewrite what a reader sees (an
 * escape sequence that hides a line, a right-to-left override that reverses a code).
 */
bool hasControlCharacters(const google::protobuf::Message& message);
/** The same for one text. */
bool hasControlCharacters(const QString& text);

} // namespace kw::exchange
