#pragma once

#include <QString>
#include <google/protobuf/message.h>

namespace kw::exchange {

/**
 * Whether any text field of @p message (at any depth) holds a character that could change what a
 * reader sees rather than be seen: a control character (C0, DEL, C1), a format character
 * (bidirectional overrides and marks, zero-width spaces and joiners, soft hyphen, tags), a line
 * or paragraph separator, or '<' and '>'. Names and ids from a file are printed to terminals and
 * shown in Qt labels: such characters could hide a line, reverse a code, fake a line break, or
 * (as markup in a label that renders rich text) change the screen or load a remote image.
 */
bool hasUnsafeCharacters(const google::protobuf::Message& message);
/** The same for one text. */
bool hasUnsafeCharacters(const QString& text);

} // namespace kw::exchange
