#include "exchange/plain_text.h"

#include <QList>
#include <QString>

namespace kw::exchange {

namespace {

using google::protobuf::FieldDescriptor;

bool isControl(uint c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

bool hasControlCharacters(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), isControl);
}

bool hasControlCharacters(const google::protobuf::Message& message)
{
    const auto* reflection = message.GetReflection();
    std::vector<const FieldDescriptor*> fields;
    reflection->ListFields(message, &fields);
    for (const FieldDescriptor* field : fields) {
        const bool text = field->type() == FieldDescriptor::TYPE_STRING;
        const bool nested = field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
        if (!text && !nested)
            continue;
        const int count = field->is_repeated() ? reflection->FieldSize(message, field) : 1;
        for (int i = 0; i < count; ++i) {
            if (text) {
                std::string scratch;
                const std::string& value = field->is_repeated()
                    ? reflection->GetRepeatedStringReference(message, field, i, &scratch)
                    : reflection->GetStringReference(message, field, &scratch);
                if (hasControlCharacters(QString::fromStdString(value)))
                    return true;
            } else if (hasControlCharacters(field->is_repeated()
                               ? reflection->GetRepeatedMessage(message, field, i)
                               : reflection->GetMessage(message, field))) {
                return true;
            }
        }
    }
    return false;
}

} // namespace kw::exchange
