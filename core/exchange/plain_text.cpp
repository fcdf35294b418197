#include "exchange/plain_text.h"

#include <QList>
#include <QString>

namespace kw::exchange {

namespace {

using google::protobuf::FieldDescriptor;

bool isUnsafe(uint c)
{
    if (c == '<' || c == '>')
        return true;
    switch (QChar::category(char32_t(c))) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Other_Format: // bidi controls, zero-width characters, soft hyphen, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

bool hasUnsafeCharacters(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), isUnsafe);
}

bool hasUnsafeCharacters(const google::protobuf::Message& message)
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
                if (hasUnsafeCharacters(QString::fromStdString(value)))
                    return true;
            } else if (hasUnsafeCharacters(field->is_repeated()
                               ? reflection->GetRepeatedMessage(message, field, i)
                               : reflection->GetMessage(message, field))) {
                return true;
            }
        }
    }
    return false;
}

} // namespace kw::exchange
